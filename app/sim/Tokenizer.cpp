// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tokenizer.h"

namespace {

// The length in UTF-16 units of the code point starting at `position`.
qsizetype codePointWidth(const QString &text, qsizetype position)
{
    return text.at(position).isHighSurrogate() && position + 1 < text.size() &&
                   text.at(position + 1).isLowSurrogate()
               ? 2
               : 1;
}

} // namespace

QStringList Tokenizer::split(const QString &text)
{
    QStringList tokens;
    qsizetype position = 0;
    while (position < text.size()) {
        const qsizetype start = position;
        qsizetype length = 0;
        if (text.at(position) == u'\n') {
            while (position < text.size() && length < maxTokenLength &&
                   text.at(position) == u'\n') {
                ++position;
                ++length;
            }
        } else {
            auto isBlank = [](QChar c) {
                return c.isSpace() && c != u'\n';
            };
            while (position < text.size() && length < maxTokenLength &&
                   isBlank(text.at(position))) {
                ++position;
                ++length;
            }
            while (position < text.size() && length < maxTokenLength &&
                   !text.at(position).isSpace()) {
                position += codePointWidth(text, position);
                ++length;
            }
        }
        tokens.append(text.mid(start, position - start));
    }
    return tokens;
}

QStringList Tokenizer::splitEvery(const QString &text, qsizetype codePoints)
{
    QStringList tokens;
    for (qsizetype position = 0; position < text.size();) {
        const qsizetype start = position;
        for (qsizetype taken = 0; taken < codePoints && position < text.size(); ++taken)
            position += codePointWidth(text, position);
        tokens.append(text.mid(start, position - start));
    }
    return tokens;
}

qsizetype Tokenizer::codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

QString Tokenizer::leftCodePoints(const QString &text, qsizetype count)
{
    qsizetype position = 0;
    for (qsizetype taken = 0; taken < count && position < text.size(); ++taken)
        position += codePointWidth(text, position);
    return text.left(position);
}
