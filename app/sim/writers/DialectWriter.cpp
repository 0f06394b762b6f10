// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialectWriter.h"

#include "writers/AnthropicWriter.h"
#include "writers/JsonWriter.h"
#include "writers/NdjsonWriter.h"
#include "writers/OpenAiWriter.h"
#include "writers/PlainWriter.h"
#include "writers/SnapshotWriter.h"
#include "writers/SseJsonWriter.h"
#include "writers/SseTextWriter.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

DialectWriter::DialectWriter(const StreamContext &context)
    : m_context(context)
{}

DialectWriter::~DialectWriter() = default;

std::unique_ptr<DialectWriter> DialectWriter::create(Dialect dialect, const StreamContext &context)
{
    switch (dialect) {
    case Dialect::SseJson:
    case Dialect::ThinkTags: // the planner has already moved the reasoning into the text
        return std::make_unique<SseJsonWriter>(context);
    case Dialect::SseText:
        return std::make_unique<SseTextWriter>(context);
    case Dialect::OpenAi:
        return std::make_unique<OpenAiWriter>(context);
    case Dialect::Anthropic:
        return std::make_unique<AnthropicWriter>(context);
    case Dialect::Ndjson:
        return std::make_unique<NdjsonWriter>(context);
    case Dialect::Plain:
        return std::make_unique<PlainWriter>(context);
    case Dialect::Json:
        return std::make_unique<JsonWriter>(context);
    case Dialect::Snapshots:
        return std::make_unique<SnapshotWriter>(context);
    }
    return std::make_unique<SseJsonWriter>(context);
}

QString DialectWriter::simulatedErrorMessage()
{
    return u"The model stopped unexpectedly (simulated error)."_s;
}

QByteArray DialectWriter::event(const QByteArray &name, const QByteArray &data) const
{
    QByteArray bytes;
    if (!name.isEmpty())
        bytes += "event: " + name + m_context.eol;
    for (const QByteArray &line : data.split('\n'))
        bytes += "data: " + line + m_context.eol;
    return bytes + m_context.eol;
}

QByteArray DialectWriter::json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject DialectWriter::ids() const
{
    return {{u"conversation_id"_s, m_context.conversationId}, {u"run_id"_s, m_context.runId}};
}
