// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One step of an answer as the simulator produces it, before a dialect turns it into bytes.
struct StreamPiece
{
    enum class Kind
    {
        Meta,      // the conversation and run ids
        Reasoning, // a token of reasoning text
        Text,      // a token of answer text
        Error,     // the model failed mid-answer; nothing follows
        Done,      // the answer is complete
    };

    Kind kind;
    QString text;
};
