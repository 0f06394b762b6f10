// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenAiWriter.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

OpenAiWriter::OpenAiWriter(const StreamContext &context)
    : DialectWriter(context)
    , m_created(QDateTime::currentSecsSinceEpoch())
{}

QByteArray OpenAiWriter::chunk(const QJsonObject &delta, bool last, bool withIds) const
{
    const QJsonObject choice{{u"index"_s, 0},
                             {u"delta"_s, delta},
                             {u"finish_reason"_s, last ? QJsonValue(u"stop"_s) : QJsonValue()}};
    QJsonObject object{
        {u"id"_s, QString(u"chatcmpl-"_s + QString(m_context.runId).remove(u'-'))},
        {u"object"_s, u"chat.completion.chunk"_s},
        {u"created"_s, m_created},
        {u"model"_s, m_context.model.isEmpty() ? u"pharen-sim-default"_s : m_context.model},
        {u"choices"_s, QJsonArray{choice}},
    };
    if (withIds) {
        object.insert(u"conversation_id"_s, m_context.conversationId);
        object.insert(u"run_id"_s, m_context.runId);
    }
    return json(object);
}

QList<QByteArray> OpenAiWriter::encode(const StreamPiece &piece)
{
    switch (piece.kind) {
    case StreamPiece::Kind::Meta:
        return {
            event({}, chunk({{u"role"_s, u"assistant"_s}, {u"content"_s, u""_s}}, false, true))};
    case StreamPiece::Kind::Reasoning:
        return {event({}, chunk({{u"reasoning_content"_s, piece.text}}, false))};
    case StreamPiece::Kind::Text:
        return {event({}, chunk({{u"content"_s, piece.text}}, false))};
    case StreamPiece::Kind::Error: {
        const QJsonObject error{{u"message"_s, simulatedErrorMessage()},
                                {u"type"_s, u"server_error"_s},
                                {u"code"_s, u"model_error"_s}};
        return {event({}, json({{u"error"_s, error}}))};
    }
    case StreamPiece::Kind::Done:
        return {event({}, chunk({}, true, true)), event({}, "[DONE]"_ba)};
    }
    return {};
}
