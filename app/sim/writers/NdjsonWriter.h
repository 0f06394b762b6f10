// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "writers/DialectWriter.h"

// One JSON object a line: the ids, reasoning as "reasoning-delta" objects, text as "delta"
// objects, and a last object with "done": true.
class NdjsonWriter : public DialectWriter
{
public:
    using DialectWriter::DialectWriter;

    QByteArray contentType() const override { return QByteArrayLiteral("application/x-ndjson"); }
    bool isEventStream() const override { return false; }
    QList<QByteArray> encode(const StreamPiece &piece) override;
};
