// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Moves a `<think>...</think>` (or `<thinking>...</thinking>`) block at the start of an answer to
// the reasoning, as the text streams in, whatever the pieces it comes in. Only text that could
// still be part of a tag is held back: the start of the answer until it is clearly not a tag, and a
// possible partial closing tag. Whitespace around the block is dropped; the rest passes unchanged.
class ThinkTagSplitter
{
public:
    struct Parts
    {
        QString answer;
        QString reasoning;
    };

    Parts feed(QStringView text);
    // The text ended: whatever was held back is released where it was heading.
    Parts finish();

private:
    enum class Phase
    {
        Opening,
        Inside,
        Answer
    };

    void readInside(QStringView text, Parts &parts);
    void readAnswer(QStringView text, Parts &parts);

    Phase m_phase = Phase::Opening;
    QString m_held;
    QStringView m_closingTag;
    bool m_skipSpace = false; // at the start of the reasoning, or of the answer after the block
};
