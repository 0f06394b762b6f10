// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayloadReader.h"

#include "JsonMembers.h"
#include "StreamLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// A server's message is shown to the user; a page of it is not a message.
constexpr qsizetype MaxMessageChars = 1000;

struct TextPath
{
    QLatin1StringView path; // members separated by dots; "0" is the first element of an array
    bool isDelta;
};

// streaming.md, "A JSON payload is read in this order", items 3 and 4.
constexpr TextPath ReasoningPaths[] = {
    {"thinking"_L1, true},
    {"reasoning"_L1, true},
    {"reasoning_content"_L1, true},
    {"delta.thinking"_L1, true},
    {"delta.reasoning_content"_L1, true},
    {"choices.0.delta.reasoning_content"_L1, true},
    {"choices.0.delta.reasoning"_L1, true},
};

// A member on a path through `delta`, or named `token` or `chunk`, is always a delta; the others
// may be cumulative snapshots.
constexpr TextPath AnswerPaths[] = {
    {"delta"_L1, true},
    {"delta.text"_L1, true},
    {"delta.content"_L1, true},
    {"choices.0.delta.content"_L1, true},
    {"token"_L1, true},
    {"chunk"_L1, true},
    {"text"_L1, false},
    {"content"_L1, false},
    {"answer"_L1, false},
    {"message"_L1, false},
    {"message.content"_L1, false},
    {"response"_L1, false},
};

template<std::size_t N>
const TextPath *firstText(const JsonMembers &members, const TextPath (&paths)[N], QString &text)
{
    for (const TextPath &candidate : paths) {
        const QJsonValue value = members.value(candidate.path);
        if (value.isString()) {
            text = value.toString();
            if (!text.isEmpty())
                return &candidate;
        }
    }
    return nullptr;
}

// Identifiers and codes are opaque strings, but some servers send numbers.
QString idString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

std::optional<QJsonObject> parseObject(QByteArrayView data)
{
    if (!data.trimmed().startsWith('{'))
        return std::nullopt;
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(data.toByteArray(), &error);
    if (error.error == QJsonParseError::IllegalUTF8String) {
        // Invalid bytes inside a string: read them as U+FFFD rather than losing the payload.
        document = QJsonDocument::fromJson(QString::fromUtf8(data).toUtf8(), &error);
    }
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString verbatim(QByteArrayView data)
{
    Utf8StreamDecoder decoder;
    return decoder.decode(data) + decoder.finish();
}

} // namespace

PayloadReader::Reading PayloadReader::read(QByteArrayView eventName, QByteArrayView data)
{
    Reading reading;
    if (data.trimmed() == "[DONE]") {
        reading.terminal = Terminal::ByName;
        return reading;
    }
    const Meaning meaning = meaningOf(eventName);
    switch (meaning) {
    case Meaning::Activity:
        reading.activity = true;
        return reading;
    case Meaning::Error:
    case Meaning::Terminal:
    case Meaning::Identifiers:
        // The name says what this is; the payload, JSON or not, only adds details. These events
        // do not decide the stream's kind: a JSON "meta" event may open a plain-text stream.
        if (const auto object = parseObject(data)) {
            readObject(*object, meaning, reading);
        } else if (meaning == Meaning::Error) {
            reading.isError = true;
            reading.errorMessage = verbatim(data.trimmed()).left(MaxMessageChars);
        } else if (meaning == Meaning::Terminal) {
            reading.terminal = Terminal::ByName;
            // Only a text stream's final text can be its full message; elsewhere it is a word
            // like "end" that must not become the answer.
            if (m_kind == StreamKind::Text)
                reading.text = verbatim(data);
        }
        return reading;
    case Meaning::Read:
    case Meaning::Text:
    case Meaning::Reasoning:
        break;
    }

    if (data.isEmpty())
        return reading;
    std::optional<QJsonObject> object;
    if (m_kind == StreamKind::Undecided) {
        if (data.trimmed().isEmpty())
            return reading;
        object = parseObject(data);
        m_kind = object ? StreamKind::Json : StreamKind::Text;
        qCDebug(lcStream) << "stream kind decided by event" << eventName << "json:" << bool(object);
    } else if (m_kind == StreamKind::Json) {
        if (data.trimmed().isEmpty())
            return reading;
        object = parseObject(data);
        if (!object) {
            qCWarning(lcStream) << "dropped a payload that is not a JSON object, event"
                                << eventName;
            reading.dropped = true;
            return reading;
        }
    }

    if (m_kind == StreamKind::Text) {
        if (meaning == Meaning::Reasoning)
            reading.reasoning = m_reasoningText.decode(data);
        else
            reading.text = m_answerText.decode(data);
        return reading;
    }
    readObject(*object, meaning, reading);
    if (!reading.activity && !reading.isError && reading.text.isEmpty() &&
        reading.reasoning.isEmpty() && reading.conversationId.isEmpty() &&
        reading.runId.isEmpty() && reading.terminal == Terminal::No) {
        qCDebug(lcStream) << "ignored a payload of unknown shape, event" << eventName;
    }
    return reading;
}

PayloadReader::Reading PayloadReader::readDocument(const QJsonObject &document) const
{
    Reading reading;
    readObject(document, Meaning::Read, reading);
    // Django REST's error shape, {"detail": "..."}, has no place in a stream but does in a body.
    const QJsonValue detail = document.value("detail"_L1);
    if (!reading.isError && reading.text.isEmpty() && detail.isString()) {
        reading.isError = true;
        reading.errorMessage = detail.toString().left(MaxMessageChars);
    }
    return reading;
}

PayloadReader::Reading PayloadReader::finish()
{
    Reading reading;
    reading.text = m_answerText.finish();
    reading.textIsDelta = true;
    reading.reasoning = m_reasoningText.finish();
    return reading;
}

PayloadReader::Meaning PayloadReader::meaningOf(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    if (lower.isEmpty())
        return Meaning::Read;
    if (lower == "error" || lower == "response.failed")
        return Meaning::Error;
    if (lower == "done" || lower == "end" || lower == "complete" || lower == "completed" ||
        lower == "finish" || lower == "message_stop" || lower == "response.completed")
        return Meaning::Terminal;
    if (lower == "thinking" || lower == "reasoning" || lower == "reasoning_delta" ||
        lower == "thinking_delta" || lower == "reasoning-delta" || lower == "thinking-delta" ||
        lower == "response.reasoning_text.delta" ||
        lower == "response.reasoning_summary_text.delta")
        return Meaning::Reasoning;
    if (lower == "ping" || lower == "heartbeat" || lower == "keepalive" || lower == "keep-alive")
        return Meaning::Activity;
    if (lower == "meta" || lower == "metadata" || lower == "start" || lower == "conversation" ||
        lower == "run")
        return Meaning::Identifiers;
    if (lower == "text-delta" || lower == "text_delta" || lower == "response.output_text.delta")
        return Meaning::Text;
    return Meaning::Read;
}

PayloadReader::Meaning PayloadReader::meaningOfType(const JsonMembers &members)
{
    const QJsonValue type = members.value("type"_L1);
    if (!type.isString())
        return Meaning::Read;
    const QString name = type.toString();
    if (name.compare("content_block_delta"_L1, Qt::CaseInsensitive) == 0) {
        // Anthropic's deltas carry their own kind one level down.
        const QString inner = members.value("delta.type"_L1).toString();
        return inner == "thinking_delta"_L1 ? Meaning::Reasoning : Meaning::Text;
    }
    return meaningOf(name.toUtf8());
}

void PayloadReader::readObject(const QJsonObject &object, Meaning meaning, Reading &reading)
{
    const JsonMembers members(object);
    readIdentifiers(members, reading);
    const QJsonValue error = members.value("error"_L1);
    if (error.isObject() || (error.isString() && !error.toString().isEmpty())) {
        readError(members, reading);
        return;
    }
    if (meaning == Meaning::Read || meaning == Meaning::Text) {
        const Meaning typed = meaningOfType(members);
        if (typed != Meaning::Read)
            meaning = typed;
    }
    switch (meaning) {
    case Meaning::Error:
        readError(members, reading);
        return;
    case Meaning::Activity:
        reading.activity = true;
        return;
    case Meaning::Identifiers:
        return;
    case Meaning::Terminal:
        reading.terminal = Terminal::ByName;
        break;
    case Meaning::Read:
    case Meaning::Text:
    case Meaning::Reasoning:
        break;
    }

    // A terminal payload's reasoning would repeat what already came; its text is read below.
    if (meaning == Meaning::Read || meaning == Meaning::Reasoning)
        firstText(members, ReasoningPaths, reading.reasoning);
    if (meaning == Meaning::Reasoning) {
        if (reading.reasoning.isEmpty())
            firstText(members, AnswerPaths, reading.reasoning);
    } else if (const TextPath *path = firstText(members, AnswerPaths, reading.text)) {
        reading.textIsDelta = path->isDelta;
    }

    if (reading.terminal == Terminal::No) {
        const QJsonValue finishReason = members.value("finish_reason"_L1);
        const QJsonValue choiceFinish = members.value("choices.0.finish_reason"_L1);
        const auto finishes = [](const QJsonValue &value) {
            return !value.isNull() && !value.isUndefined() &&
                   !(value.isString() && value.toString().isEmpty());
        };
        if (members.value("done"_L1).toBool() || finishes(finishReason) || finishes(choiceFinish))
            reading.terminal = Terminal::ByFlag;
    }
}

void PayloadReader::readError(const JsonMembers &members, Reading &reading)
{
    reading.isError = true;
    const QJsonValue error = members.value("error"_L1);
    QString message;
    QString code;
    if (error.isObject()) {
        const QJsonObject inner = error.toObject();
        message = inner.value("message"_L1).toString();
        if (message.isEmpty())
            message = inner.value("detail"_L1).toString();
        code = idString(inner.value("code"_L1));
        if (code.isEmpty())
            code = idString(inner.value("type"_L1));
    } else if (error.isString()) {
        message = error.toString();
    }
    for (const auto key : {"errorText"_L1, "message"_L1, "detail"_L1}) {
        if (!message.isEmpty())
            break;
        message = members.value(key).toString();
    }
    if (code.isEmpty())
        code = idString(members.value("code"_L1));
    reading.errorMessage = message.left(MaxMessageChars);
    reading.errorCode = code;
}

void PayloadReader::readIdentifiers(const JsonMembers &members, Reading &reading)
{
    const auto read = [&reading](const auto &where) {
        if (reading.conversationId.isEmpty())
            reading.conversationId = idString(where.value("conversation_id"_L1));
        if (reading.conversationId.isEmpty())
            reading.conversationId = idString(where.value("conversation_uuid"_L1));
        if (reading.runId.isEmpty())
            reading.runId = idString(where.value("run_id"_L1));
    };
    read(members);
    for (const auto scope : {"metadata"_L1, "meta"_L1}) {
        const QJsonValue inner = members.value(scope);
        if (inner.isObject())
            read(inner.toObject());
    }
}
