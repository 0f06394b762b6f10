// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NdjsonDecoder.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// An application/json body: normally one document, read when the body has ended. When its first
// line is a whole JSON object and another line follows, the body is a stream of JSON lines after
// all, and from then on its lines are handed out as they arrive. A pretty-printed document never
// qualifies, because its first line is not a whole object.
class JsonBodyDecoder
{
public:
    explicit JsonBodyDecoder(qsizetype maxBytes);

    // Lines decoded so far, once the body turned out to be JSON lines; otherwise nothing yet.
    QList<QByteArray> feed(QByteArrayView bytes);
    // The body ended: the last lines, when it is a line stream.
    QList<QByteArray> finish();

    bool isLineStream() const { return m_phase == Phase::Lines; }
    // The whole body, when it is one document (after finish()).
    const QByteArray &document() const { return m_buffer; }
    bool isOverLimit() const;

private:
    enum class Phase
    {
        FirstLine,
        AfterFirstObject,
        Document,
        Lines
    };

    void advance();

    NdjsonDecoder m_lines;
    QByteArray m_buffer;
    qsizetype m_lineStart = 0;
    qsizetype m_scanPos = 0;
    qsizetype m_maxBytes;
    Phase m_phase = Phase::FirstLine;
    bool m_overLimit = false;
};
