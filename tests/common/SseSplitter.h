// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

struct SseEvent
{
    QByteArray name; // empty for an unnamed event
    QByteArray data; // data lines joined with LF
};

// A deliberately small reading of a complete event-stream body, for checking what the simulator
// sent; it is the tests' oracle, kept apart from the client's streaming decoder.
class SseSplitter
{
public:
    // Events in order; `comments` receives the number of comment lines.
    static QList<SseEvent> split(const QByteArray &body, int *comments = nullptr);
};
