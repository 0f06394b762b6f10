// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

// How the body of a successful chat response is read, from its Content-Type alone.
enum class BodyFormat
{
    EventStream,  // text/event-stream
    JsonLines,    // NDJSON and its aliases
    JsonDocument, // application/json: one document, or JSON lines after all
    PlainText,    // text/plain or no type: the body is the answer
    Unexpected,   // anything else, an HTML page from a proxy, say
};

// \a contentType is the raw header value; parameters are ignored and case does not matter.
BodyFormat bodyFormatFor(QByteArrayView contentType);
