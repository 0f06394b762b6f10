// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One decoded unit of an answer: what a Server-Sent Event, an NDJSON line or a whole JSON answer
// means for the conversation. See docs in ../shared/streaming.md as restated in README.md.
struct StreamEvent
{
    enum class Kind
    {
        AnswerText,    // text: a delta, or with `snapshot` the whole answer so far
        ReasoningText, // text: a delta of the reasoning
        Identifiers,   // conversationId and/or runId
        Activity,      // keep-alive, heartbeat: nothing to show
        Terminal,      // the server says the answer is finished; a full message it carried was
                       // already applied, as an AnswerText before this event
        Error,         // text: the server's message; errorCode: its code, if any
    };

    Kind kind = Kind::Activity;
    QString text;
    bool snapshot = false;
    QString conversationId;
    QString runId;
    QString errorCode;

    friend bool operator==(const StreamEvent &, const StreamEvent &) = default;
};
