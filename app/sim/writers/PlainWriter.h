// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "writers/DialectWriter.h"

// The answer text as the body, nothing else: no ids (those are in the header), no reasoning,
// no end marker beyond the end of the chunked body. An error just ends the body early.
class PlainWriter : public DialectWriter
{
public:
    using DialectWriter::DialectWriter;

    QByteArray contentType() const override
    {
        return QByteArrayLiteral("text/plain; charset=utf-8");
    }
    bool isEventStream() const override { return false; }
    bool carriesReasoning() const override { return false; }
    QList<QByteArray> encode(const StreamPiece &piece) override
    {
        if (piece.kind == StreamPiece::Kind::Text)
            return {piece.text.toUtf8()};
        return {};
    }
};
