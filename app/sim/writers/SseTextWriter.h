// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "writers/DialectWriter.h"

// SSE whose data are the text itself. The ids travel only in the X-Conversation-Id header: a
// JSON identifiers event would make a client read the whole stream as JSON.
class SseTextWriter : public DialectWriter
{
public:
    using DialectWriter::DialectWriter;

    QByteArray contentType() const override
    {
        return QByteArrayLiteral("text/event-stream; charset=utf-8");
    }
    QList<QByteArray> encode(const StreamPiece &piece) override;
};
