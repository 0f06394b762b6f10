// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LineReader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// The event-stream rules of the WHATWG HTML standard, on bytes, keeping state across reads: lines,
// comments, fields, multi-line data, dispatch on a blank line. Two departures, both from
// streaming.md: an event still pending when the body ends is dispatched rather than dropped, and
// one event may not grow beyond a cap (data plus the line being read), after which nothing more is
// read.
class SseDecoder
{
public:
    struct Event
    {
        QByteArray type;        // the `event` field; empty means "message"
        QByteArray data;        // `data` lines joined with LF
        bool isComment = false; // a comment line: no type or data, but the server is alive
    };

    explicit SseDecoder(qsizetype maxEventBytes);

    QList<Event> feed(QByteArrayView bytes);
    // The body ended: the last line and a pending event with data are dispatched.
    QList<Event> finish();

    bool isOverLimit() const { return m_overLimit; }
    QByteArray lastEventId() const { return m_lastEventId; }
    // The `retry` field in milliseconds, or -1 when none came.
    qint64 reconnectionTime() const { return m_retry; }

private:
    bool readLine(QByteArrayView line, QList<Event> &events);
    void dispatch(QList<Event> &events);

    LineReader m_lines;
    QByteArray m_type;
    QByteArray m_data;
    bool m_hasData = false;
    QByteArray m_lastEventId;
    qint64 m_retry = -1;
    qsizetype m_maxEventBytes;
    bool m_overLimit = false;
    bool m_finished = false;
};
