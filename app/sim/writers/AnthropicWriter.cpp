// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnthropicWriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QByteArray AnthropicWriter::typed(const QByteArray &type, QJsonObject payload) const
{
    payload.insert(u"type"_s, QString::fromLatin1(type));
    return event(type, json(payload));
}

QList<QByteArray> AnthropicWriter::switchTo(Block block)
{
    QList<QByteArray> events;
    if (m_open == block)
        return events;
    if (m_open != Block::None)
        events.append(typed("content_block_stop"_ba, {{u"index"_s, m_index}}));
    m_open = block;
    if (block == Block::None)
        return events;
    ++m_index;
    const QJsonObject content =
        block == Block::Thinking ? QJsonObject{{u"type"_s, u"thinking"_s}, {u"thinking"_s, u""_s}}
                                 : QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u""_s}};
    events.append(
        typed("content_block_start"_ba, {{u"index"_s, m_index}, {u"content_block"_s, content}}));
    return events;
}

QList<QByteArray> AnthropicWriter::encode(const StreamPiece &piece)
{
    switch (piece.kind) {
    case StreamPiece::Kind::Meta: {
        const QJsonObject message{
            {u"id"_s, QString(u"msg_"_s + QString(m_context.runId).remove(u'-'))},
            {u"type"_s, u"message"_s},
            {u"role"_s, u"assistant"_s},
            {u"model"_s, m_context.model.isEmpty() ? u"pharen-sim-default"_s : m_context.model},
            {u"content"_s, QJsonArray()},
            {u"stop_reason"_s, QJsonValue()},
        };
        return {typed("message_start"_ba, {{u"message"_s, message}, {u"metadata"_s, ids()}}),
                typed("ping"_ba, {})};
    }
    case StreamPiece::Kind::Reasoning: {
        QList<QByteArray> events = switchTo(Block::Thinking);
        const QJsonObject delta{{u"type"_s, u"thinking_delta"_s}, {u"thinking"_s, piece.text}};
        events.append(
            typed("content_block_delta"_ba, {{u"index"_s, m_index}, {u"delta"_s, delta}}));
        return events;
    }
    case StreamPiece::Kind::Text: {
        QList<QByteArray> events = switchTo(Block::Text);
        const QJsonObject delta{{u"type"_s, u"text_delta"_s}, {u"text"_s, piece.text}};
        events.append(
            typed("content_block_delta"_ba, {{u"index"_s, m_index}, {u"delta"_s, delta}}));
        ++m_outputTokens;
        return events;
    }
    case StreamPiece::Kind::Error: {
        const QJsonObject error{{u"type"_s, u"overloaded_error"_s},
                                {u"message"_s, simulatedErrorMessage()}};
        return {typed("error"_ba, {{u"error"_s, error}})};
    }
    case StreamPiece::Kind::Done: {
        QList<QByteArray> events = switchTo(Block::None);
        const QJsonObject delta{{u"stop_reason"_s, u"end_turn"_s},
                                {u"stop_sequence"_s, QJsonValue()}};
        const QJsonObject usage{{u"output_tokens"_s, m_outputTokens}};
        events.append(typed("message_delta"_ba, {{u"delta"_s, delta}, {u"usage"_s, usage}}));
        events.append(typed("message_stop"_ba, {}));
        return events;
    }
    }
    return {};
}
