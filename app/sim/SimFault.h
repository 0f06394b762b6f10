// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QUrl>

#include <optional>

// The faults one chat response is asked to show, parsed from a comma-separated list such as
// "pause-after:200:1500,reset-after:900". Byte counts are of the response body as sent.
struct SimFault
{
    qint64 resetAfter = -1;
    qint64 stallAfter = -1;
    qint64 pauseAfter = -1;
    int pauseMs = 0;
    bool errorEvent = false;
    bool html200 = false;
    bool emptyBody = false;
    bool commentsOnly = false;
    bool gzip = false;
    bool invalidUtf8 = false;
    int status = 0;        // answer with this status instead of the chat
    QString statusVariant; // "" (JSON error), "html" or "streaming"
    QUrl redirect;         // answer 307 with this Location; loopback only
    qint64 bigEvent = -1;  // the whole answer, this many code points, as one event
    QStringList items;     // the parsed list, for the request log

    static std::optional<SimFault> parse(const QString &spec, QString *error);

    // True when the fault answers in place of the endpoint, without looking at the request.
    bool replacesResponse() const { return status != 0 || html200 || !redirect.isEmpty(); }
};
