// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "writers/DialectWriter.h"

// The default dialect: SSE whose data are JSON objects with a "delta", named events for the
// identifiers, the reasoning, errors and the end, and a final "[DONE]".
class SseJsonWriter : public DialectWriter
{
public:
    using DialectWriter::DialectWriter;

    QByteArray contentType() const override { return QByteArrayLiteral("text/event-stream"); }
    QList<QByteArray> encode(const StreamPiece &piece) override;
};
