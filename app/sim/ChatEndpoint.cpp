// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatEndpoint.h"

#include "StreamPlanner.h"
#include "Tokenizer.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

ResponsePlan invalid(const QString &field,
                     const QString &reason,
                     const QString &message,
                     QJsonObject details = {})
{
    details.insert(u"field"_s, field);
    details.insert(u"reason"_s, reason);
    return ResponsePlan::now(
        HttpResponse::error(400, u"validation_error"_s, field + u": "_s + message, details));
}

// Every switch as it applied to this answer, defaults included, for the request log.
QJsonObject effectiveSwitches(const SimSettings &settings, bool stream, double defaultPace)
{
    QJsonObject sim = settings.toJson();
    auto fill = [&sim](const QString &key, const QJsonValue &value) {
        if (!sim.contains(key))
            sim.insert(key, value);
    };
    fill(u"dialect"_s,
         SimSettings::dialectName(stream ? settings.dialect.value_or(Dialect::SseJson)
                                         : Dialect::Json));
    fill(u"chunking"_s, u"token"_s);
    fill(u"line_ending"_s, u"lf"_s);
    fill(u"tokens_per_second"_s, defaultPace);
    fill(u"token_length"_s, 0);
    fill(u"bom"_s, false);
    fill(u"comments"_s, false);
    fill(u"fault"_s, QString());
    return sim;
}

} // namespace

ChatEndpoint::ChatEndpoint(const AgentCatalog &agents, double defaultPace)
    : m_agents(agents)
    , m_defaultPace(defaultPace)
{}

ResponsePlan ChatEndpoint::respond(const HttpRequest &request,
                                   const QString &agentId,
                                   const ApiKey &key,
                                   const SimSettings &settings,
                                   QJsonObject *logEntry)
{
    if (!key.hasScope(u"agents:run"_s))
        return ResponsePlan::now(KeyRing::missingScope(u"agents:run"_s));
    const Agent *agent = m_agents.find(agentId);
    if (!agent)
        return ResponsePlan::now(HttpResponse::error(404, u"not_found"_s, u"Agent not found."_s));
    // An inactive agent exists and is listed, so 400 (not 404) tells the user the true reason.
    if (!agent->active) {
        return ResponsePlan::now(HttpResponse::error(
            400,
            u"agent_inactive"_s,
            u"The agent \"%1\" is inactive and cannot answer."_s.arg(agent->name),
            {{u"agent_id"_s, agent->id}}));
    }
    const QString streamValue = request.queryValue(u"stream"_s).toLower();
    const bool stream = streamValue == u"true"_s || streamValue == u"1"_s;
    if (stream && !key.mayStream) {
        return ResponsePlan::now(HttpResponse::error(
            403,
            u"streaming_not_permitted"_s,
            u"Streaming is not permitted for this API key. Send the request without "
            u"stream=true to receive the whole answer at once."_s));
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(u"body"_s, u"invalid"_s, u"The request body must be a JSON object."_s);
    const QJsonObject body = document.object();

    const QJsonValue messageValue = body.value(u"message"_s);
    if (messageValue.isUndefined() || messageValue.isNull())
        return invalid(u"message"_s, u"required"_s, u"This field is required."_s);
    if (!messageValue.isString())
        return invalid(u"message"_s, u"type"_s, u"This field must be a string."_s);
    const QString message = messageValue.toString();
    const qsizetype length = Tokenizer::codePointCount(message);
    if (length > maxMessageCodePoints) {
        return invalid(u"message"_s,
                       u"max_length"_s,
                       u"Ensure this field has no more than %1 characters (it has %2)."_s
                           .arg(maxMessageCodePoints)
                           .arg(length),
                       {{u"max_length"_s, maxMessageCodePoints}, {u"length"_s, length}});
    }
    if (message.trimmed().isEmpty())
        return invalid(u"message"_s, u"blank"_s, u"This field may not be blank."_s);

    const QJsonValue modelValue = body.value(u"model"_s);
    if (!modelValue.isUndefined() && !modelValue.isNull() && !modelValue.isString())
        return invalid(u"model"_s, u"type"_s, u"This field must be a string."_s);
    const QString model = modelValue.toString().trimmed();
    // A workspace may block models; this one stands for any model the workspace refuses.
    if (model == u"sim-blocked"_s) {
        return invalid(
            u"model"_s, u"not_allowed"_s, u"This model is not allowed in this workspace."_s);
    }
    const QJsonValue thinkingValue = body.value(u"enable_thinking"_s);
    if (!thinkingValue.isUndefined() && !thinkingValue.isNull() && !thinkingValue.isBool())
        return invalid(u"enable_thinking"_s, u"type"_s, u"This field must be a boolean."_s);
    const bool thinking = thinkingValue.toBool(false);

    // The prose names the field conversation_uuid, the OpenAPI file conversation_id; either
    // continues the conversation, and the two must agree when both are sent.
    QString conversationId;
    for (const QString &field : {u"conversation_uuid"_s, u"conversation_id"_s}) {
        const QJsonValue value = body.value(field);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString())
            return invalid(field, u"type"_s, u"This field must be a string."_s);
        const QString id = value.toString().trimmed();
        if (!id.isEmpty() && !conversationId.isEmpty() && id != conversationId) {
            return invalid(field,
                           u"mismatch"_s,
                           u"conversation_uuid and conversation_id name different "
                           u"conversations."_s);
        }
        if (!id.isEmpty())
            conversationId = id;
    }
    if (conversationId.isEmpty()) {
        conversationId = m_conversations.start(agent->id);
    } else if (!m_conversations.contains(conversationId, agent->id)) {
        return ResponsePlan::now(
            HttpResponse::error(404, u"not_found"_s, u"Conversation not found"_s));
    }
    const int turn = m_conversations.addTurn(conversationId);

    const SimFault fault = settings.fault.value_or(SimFault());
    const std::optional<qint64> answerLength =
        fault.bigEvent > 0 ? std::optional(fault.bigEvent) : settings.answerLength;
    const ChatAnswer answer{m_composer.answer(*agent, turn, model, answerLength),
                            thinking ? m_composer.reasoning(*agent, turn) : QString(),
                            conversationId,
                            QUuid::createUuid().toString(QUuid::WithoutBraces),
                            model};
    ChatAnswer shown;
    ResponsePlan plan = StreamPlanner::plan(answer, settings, stream, m_defaultPace, &shown);

    logEntry->insert(u"agent_id"_s, agent->id);
    logEntry->insert(u"conversation_id"_s, conversationId);
    logEntry->insert(u"run_id"_s, answer.runId);
    logEntry->insert(u"turn"_s, turn);
    logEntry->insert(u"stream"_s, stream);
    logEntry->insert(u"answer"_s, shown.answer);
    logEntry->insert(u"reasoning"_s, shown.reasoning);
    logEntry->insert(u"sim"_s, effectiveSwitches(settings, stream, m_defaultPace));
    return plan;
}
