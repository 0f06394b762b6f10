// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// Splits text the way a model streams it, and counts it the way the service does: in Unicode code
// points, never splitting a surrogate pair.
class Tokenizer
{
public:
    static constexpr qsizetype maxTokenLength = 8;

    // Word pieces of 1 to 8 code points: spaces lead the word they precede, runs of line breaks
    // are tokens of their own, long words are cut. Joining the tokens gives the text back.
    static QStringList split(const QString &text);
    // Pieces of exactly `codePoints` code points (the last may be shorter), whatever the words:
    // a steady count of deltas for a given length.
    static QStringList splitEvery(const QString &text, qsizetype codePoints);
    static qsizetype codePointCount(QStringView text);
    // The first `count` code points of `text`.
    static QString leftCodePoints(const QString &text, qsizetype count);
};
