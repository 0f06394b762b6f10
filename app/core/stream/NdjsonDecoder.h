// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LineReader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// One JSON value per line (NDJSON, JSON Lines): the non-blank lines of a body, trimmed, across
// reads. A line longer than the cap ends the reading.
class NdjsonDecoder
{
public:
    explicit NdjsonDecoder(qsizetype maxLineBytes);

    QList<QByteArray> feed(QByteArrayView bytes);
    // The body ended: a last line without an end counts.
    QList<QByteArray> finish();

    bool isOverLimit() const { return m_overLimit; }

private:
    bool readLine(QByteArrayView line, QList<QByteArray> &lines);

    LineReader m_lines;
    qsizetype m_maxLineBytes;
    bool m_overLimit = false;
    bool m_finished = false;
};
