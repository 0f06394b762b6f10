// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Joins a UTF-16 surrogate pair whose halves came in two texts. JSON escapes a character outside
// the Basic Multilingual Plane as two \u escapes, and a server may send them in separate events;
// each event's parser then yields a lone surrogate. A trailing high surrogate is held back until
// the next text shows whether its partner follows. Surrogates without a partner become U+FFFD.
class SurrogateJoiner
{
public:
    // The part of \a text that can be appended now.
    QString take(QString text);
    // No more text is coming: a held high surrogate had no partner.
    QString finish();
    // Forget a held surrogate (the text it belonged to was replaced).
    void reset() { m_held = false; }

    // \a text with every unpaired surrogate replaced by U+FFFD.
    static QString sanitized(QString text);

private:
    char16_t m_high = 0;
    bool m_held = false;
};
