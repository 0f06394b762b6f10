// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "writers/DialectWriter.h"

// Messages-API events as Anthropic-style servers send them: message_start, a ping, content
// blocks (thinking, then text) with their deltas, message_delta and message_stop. The ids are in
// message_start's "metadata".
class AnthropicWriter : public DialectWriter
{
public:
    using DialectWriter::DialectWriter;

    QByteArray contentType() const override { return QByteArrayLiteral("text/event-stream"); }
    QList<QByteArray> encode(const StreamPiece &piece) override;

private:
    enum class Block
    {
        None,
        Thinking,
        Text
    };

    // Closes the open block and opens one of `block`'s kind, unless it is already open.
    QList<QByteArray> switchTo(Block block);
    QByteArray typed(const QByteArray &type, QJsonObject payload) const;

    Block m_open = Block::None;
    int m_index = -1;
    int m_outputTokens = 0;
};
