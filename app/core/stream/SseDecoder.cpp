// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SseDecoder.h"

#include <limits>
#include <utility>

SseDecoder::SseDecoder(qsizetype maxEventBytes)
    : m_maxEventBytes(maxEventBytes)
{}

QList<SseDecoder::Event> SseDecoder::feed(QByteArrayView bytes)
{
    QList<Event> events;
    if (m_overLimit || m_finished)
        return events;
    m_lines.feed(bytes, [&](QByteArrayView line) { return readLine(line, events); });
    // The line still open counts too, so that an endless line is refused before it is whole.
    if (!m_overLimit && m_data.size() + m_lines.pendingSize() > m_maxEventBytes)
        m_overLimit = true;
    return events;
}

QList<SseDecoder::Event> SseDecoder::finish()
{
    QList<Event> events;
    if (m_overLimit || m_finished)
        return events;
    m_finished = true;
    if (m_lines.finish([&](QByteArrayView line) { return readLine(line, events); }))
        dispatch(events);
    return events;
}

bool SseDecoder::readLine(QByteArrayView line, QList<Event> &events)
{
    if (m_data.size() + line.size() > m_maxEventBytes) {
        m_overLimit = true;
        return false;
    }
    if (line.isEmpty()) {
        dispatch(events);
        return true;
    }
    if (line.front() == ':') {
        events.append(Event{{}, {}, true});
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = line;
    QByteArrayView value;
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_type = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = value.toByteArray();
    } else if (field == "retry") {
        bool digits = !value.isEmpty();
        qint64 ms = 0;
        for (const char c : value) {
            if (c < '0' || c > '9') {
                digits = false;
                break;
            }
            ms = qMin<qint64>(ms * 10 + (c - '0'), std::numeric_limits<qint32>::max());
        }
        if (digits)
            m_retry = ms;
    }
    return true;
}

void SseDecoder::dispatch(QList<Event> &events)
{
    // As the standard says, an event without any `data` line is not dispatched (its type is
    // forgotten too), while `data:` with an empty value is an event with empty data.
    if (m_hasData)
        events.append(Event{std::exchange(m_type, {}), std::exchange(m_data, {}), false});
    m_type.clear();
    m_data.clear();
    m_hasData = false;
}
