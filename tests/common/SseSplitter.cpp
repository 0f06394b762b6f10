// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SseSplitter.h"

QList<SseEvent> SseSplitter::split(const QByteArray &body, int *comments)
{
    QByteArray text = body;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    text.replace("\r\n", "\n");
    text.replace('\r', '\n');

    QList<SseEvent> events;
    SseEvent pending;
    QList<QByteArray> dataLines;
    int commentCount = 0;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty()) {
            if (!dataLines.isEmpty()) {
                pending.data = dataLines.join('\n');
                events.append(pending);
            }
            pending = SseEvent();
            dataLines.clear();
            continue;
        }
        if (line.startsWith(':')) {
            ++commentCount;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArray field = colon < 0 ? line : line.left(colon);
        QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        if (field == "event")
            pending.name = value;
        else if (field == "data")
            dataLines.append(value);
    }
    if (comments)
        *comments = commentCount;
    return events;
}
