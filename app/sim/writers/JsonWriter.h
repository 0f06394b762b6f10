// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "writers/DialectWriter.h"

// The non-streamed answer of the OpenAPI file, {"message", "conversation_id", "run_id"}, plus
// "reasoning" when there is some; an error mid-answer becomes an error document.
class JsonWriter : public DialectWriter
{
public:
    using DialectWriter::DialectWriter;

    QByteArray contentType() const override { return QByteArrayLiteral("application/json"); }
    bool isEventStream() const override { return false; }
    bool isDocument() const override { return true; }
    QList<QByteArray> encode(const StreamPiece &piece) override;

private:
    QString m_text;
    QString m_reasoning;
};
