// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NdjsonDecoder.h"

NdjsonDecoder::NdjsonDecoder(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{}

QList<QByteArray> NdjsonDecoder::feed(QByteArrayView bytes)
{
    QList<QByteArray> lines;
    if (m_overLimit || m_finished)
        return lines;
    m_lines.feed(bytes, [&](QByteArrayView line) { return readLine(line, lines); });
    if (!m_overLimit && m_lines.pendingSize() > m_maxLineBytes)
        m_overLimit = true;
    return lines;
}

QList<QByteArray> NdjsonDecoder::finish()
{
    QList<QByteArray> lines;
    if (m_overLimit || m_finished)
        return lines;
    m_finished = true;
    m_lines.finish([&](QByteArrayView line) { return readLine(line, lines); });
    return lines;
}

bool NdjsonDecoder::readLine(QByteArrayView line, QList<QByteArray> &lines)
{
    if (line.size() > m_maxLineBytes) {
        m_overLimit = true;
        return false;
    }
    line = line.trimmed();
    if (!line.isEmpty())
        lines.append(line.toByteArray());
    return true;
}
