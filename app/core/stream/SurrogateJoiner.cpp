// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurrogateJoiner.h"

QString SurrogateJoiner::take(QString text)
{
    if (m_held) {
        m_held = false;
        const bool paired = !text.isEmpty() && text.front().isLowSurrogate();
        text.prepend(paired ? QChar(m_high) : QChar(QChar::ReplacementCharacter));
    }
    if (!text.isEmpty() && text.back().isHighSurrogate()) {
        m_high = text.back().unicode();
        m_held = true;
        text.chop(1);
    }
    return sanitized(std::move(text));
}

QString SurrogateJoiner::finish()
{
    if (!m_held)
        return {};
    m_held = false;
    return QString(QChar(QChar::ReplacementCharacter));
}

QString SurrogateJoiner::sanitized(QString text)
{
    const qsizetype size = text.size();
    const QChar *chars = text.constData();
    for (qsizetype i = 0; i < size; ++i) {
        if (!chars[i].isSurrogate())
            continue;
        if (chars[i].isHighSurrogate() && i + 1 < size && chars[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        text[i] = QChar(QChar::ReplacementCharacter);
        chars = text.constData(); // the write may have detached the string
    }
    return text;
}
