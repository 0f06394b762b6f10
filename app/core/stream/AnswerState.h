// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How an answer ended, as the user sees it and as history stores it.
enum class AnswerState
{
    Streaming,       // still arriving
    Complete,        // terminal event, whole JSON answer, or a plain body whose framing ended right
    MayBeIncomplete, // clean end of an event or NDJSON stream without a terminal event
    Stopped,         // the user pressed Stop
    Interrupted,     // transport error, reset or inactivity timeout; offered for Retry
    Failed,          // an error before any answer text: nothing to keep but the reason
};
