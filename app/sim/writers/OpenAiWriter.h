// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "writers/DialectWriter.h"

// Chat-completion chunks as OpenAI-compatible servers send them: text in
// choices[0].delta.content, reasoning in choices[0].delta.reasoning_content, a last chunk with
// a finish_reason, then "[DONE]". The ids ride along at the top level of the first and last chunk.
class OpenAiWriter : public DialectWriter
{
public:
    explicit OpenAiWriter(const StreamContext &context);

    QByteArray contentType() const override { return QByteArrayLiteral("text/event-stream"); }
    QList<QByteArray> encode(const StreamPiece &piece) override;

private:
    QByteArray chunk(const QJsonObject &delta, bool last, bool withIds = false) const;

    qint64 m_created;
};
