// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonBodyDecoder.h"

#include <QJsonDocument>

#include <utility>

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

JsonBodyDecoder::JsonBodyDecoder(qsizetype maxBytes)
    : m_lines(maxBytes)
    , m_maxBytes(maxBytes)
{}

QList<QByteArray> JsonBodyDecoder::feed(QByteArrayView bytes)
{
    if (m_phase == Phase::Lines)
        return m_lines.feed(bytes);
    if (m_overLimit)
        return {};
    m_buffer.append(bytes);
    advance();
    if (m_phase == Phase::Lines) {
        // Everything so far goes through the line decoder, which then owns the body.
        return m_lines.feed(std::exchange(m_buffer, {}));
    }
    // Checked only now, so that a line stream in one big read is judged line by line, as it is
    // when the same bytes come in small reads.
    if (m_buffer.size() > m_maxBytes)
        m_overLimit = true;
    return {};
}

QList<QByteArray> JsonBodyDecoder::finish()
{
    if (m_phase == Phase::Lines)
        return m_lines.finish();
    return {};
}

bool JsonBodyDecoder::isOverLimit() const
{
    return m_phase == Phase::Lines ? m_lines.isOverLimit() : m_overLimit;
}

void JsonBodyDecoder::advance()
{
    // m_scanPos only moves forward, so each byte is looked at once whatever the reads.
    while (m_scanPos < m_buffer.size()) {
        if (m_phase == Phase::FirstLine) {
            const qsizetype end = m_buffer.indexOf('\n', m_scanPos);
            if (end < 0) {
                m_scanPos = m_buffer.size();
                return;
            }
            m_scanPos = end + 1;
            const QByteArrayView line =
                QByteArrayView(m_buffer).sliced(m_lineStart, end - m_lineStart).trimmed();
            if (line.isEmpty() || line == "\xEF\xBB\xBF") {
                m_lineStart = m_scanPos;
                continue;
            }
            const QJsonDocument first = QJsonDocument::fromJson(line.toByteArray());
            m_phase = first.isObject() ? Phase::AfterFirstObject : Phase::Document;
        } else if (m_phase == Phase::AfterFirstObject) {
            if (!isJsonSpace(m_buffer.at(m_scanPos))) {
                m_phase = Phase::Lines;
                return;
            }
            ++m_scanPos;
        } else {
            return;
        }
    }
}
