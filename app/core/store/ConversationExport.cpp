// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationExport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QString FormatName = u"pharen-chat-conversation"_s;

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toLocalTime() : QDateTime::currentDateTime();
}

// Markdown quote of `text`, line by line.
QString quoted(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = line.isEmpty() ? u">"_s : u"> "_s + line;
    return lines.join(u'\n');
}

} // namespace

QString ConversationExport::toMarkdown(const StoredConversation &conversation,
                                       const QList<StoredMessage> &messages)
{
    QString out = u"# "_s + conversation.title + u"\n\n"_s;
    out += u"*"_s +
           tr("%1 · %2").arg(conversation.agentName,
                             QLocale().toString(conversation.createdAt, QLocale::LongFormat)) +
           u"*\n"_s;
    for (const StoredMessage &m : messages) {
        out += u"\n## "_s + (m.fromUser ? tr("You") : conversation.agentName) + u"\n\n"_s;
        if (!m.reasoning.isEmpty())
            out += quoted(m.reasoning) + u"\n\n"_s;
        if (!m.text.isEmpty())
            out += m.text + u"\n"_s;
        QString note;
        switch (m.state) {
        case AnswerState::Stopped:
            note = tr("Stopped by you.");
            break;
        case AnswerState::Interrupted:
            note = tr("Interrupted; the answer may be cut off.");
            break;
        case AnswerState::MayBeIncomplete:
            note = tr("This answer may be incomplete.");
            break;
        case AnswerState::Failed:
            note = tr("No answer: %1").arg(m.errorText);
            break;
        case AnswerState::Streaming:
        case AnswerState::Complete:
            break;
        }
        if (!note.isEmpty())
            out += u"\n*"_s + note + u"*\n"_s;
    }
    return out;
}

QJsonObject ConversationExport::toJson(const StoredConversation &conversation,
                                       const QList<StoredMessage> &messages)
{
    QJsonArray list;
    for (const StoredMessage &m : messages) {
        QJsonObject message{
            {u"role"_s, m.fromUser ? u"user"_s : u"agent"_s},
            {u"text"_s, m.text},
            {u"state"_s, StoredState::name(m.state)},
            {u"created"_s, isoTime(m.createdAt)},
            {u"updated"_s, isoTime(m.updatedAt)},
        };
        if (!m.reasoning.isEmpty())
            message.insert(u"reasoning"_s, m.reasoning);
        if (!m.runId.isEmpty())
            message.insert(u"run_id"_s, m.runId);
        if (!m.model.isEmpty())
            message.insert(u"model"_s, m.model);
        if (m.errorKind != 0 || !m.errorText.isEmpty()) {
            message.insert(u"error"_s,
                           QJsonObject{{u"kind"_s, m.errorKind},
                                       {u"status"_s, m.errorStatus},
                                       {u"message"_s, m.errorText}});
        }
        list.append(message);
    }
    return QJsonObject{
        {u"format"_s, FormatName},
        {u"version"_s, FormatVersion},
        {u"title"_s, conversation.title},
        {u"agent"_s,
         QJsonObject{{u"id"_s, conversation.agentId}, {u"name"_s, conversation.agentName}}},
        {u"conversation_id"_s, conversation.serverId},
        {u"model"_s, conversation.model},
        {u"thinking"_s, conversation.thinking},
        {u"pinned"_s, conversation.pinned},
        {u"created"_s, isoTime(conversation.createdAt)},
        {u"updated"_s, isoTime(conversation.updatedAt)},
        {u"messages"_s, list},
    };
}

bool ConversationExport::fromJson(const QJsonObject &json,
                                  StoredConversation *conversation,
                                  QList<StoredMessage> *messages,
                                  QString *problem)
{
    if (json.value(u"format"_s).toString() != FormatName || !json.value(u"messages"_s).isArray()) {
        *problem = tr("This file is not a conversation exported by Pharen Chat.");
        return false;
    }
    if (json.value(u"version"_s).toInt() > FormatVersion) {
        *problem = tr("This file was exported by a newer Pharen Chat.");
        return false;
    }
    StoredConversation c;
    const QJsonObject agent = json.value(u"agent"_s).toObject();
    c.agentId = agent.value(u"id"_s).toString();
    c.agentName = agent.value(u"name"_s).toString();
    c.serverId = json.value(u"conversation_id"_s).toString();
    c.title = json.value(u"title"_s).toString();
    c.model = json.value(u"model"_s).toString();
    c.thinking = json.value(u"thinking"_s).toBool();
    c.pinned = json.value(u"pinned"_s).toBool();
    c.createdAt = fromIso(json.value(u"created"_s));
    c.updatedAt = fromIso(json.value(u"updated"_s));
    QList<StoredMessage> list;
    const QJsonArray array = json.value(u"messages"_s).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        StoredMessage m;
        m.position = int(list.size());
        m.fromUser = object.value(u"role"_s).toString() != u"agent";
        m.text = object.value(u"text"_s).toString();
        m.reasoning = object.value(u"reasoning"_s).toString();
        m.state = StoredState::fromName(object.value(u"state"_s).toString(u"complete"_s));
        if (m.state == AnswerState::Streaming)
            m.state = AnswerState::Interrupted;
        m.runId = object.value(u"run_id"_s).toString();
        m.model = object.value(u"model"_s).toString();
        m.createdAt = fromIso(object.value(u"created"_s));
        m.updatedAt = fromIso(object.value(u"updated"_s));
        const QJsonObject error = object.value(u"error"_s).toObject();
        m.errorKind = error.value(u"kind"_s).toInt();
        m.errorStatus = error.value(u"status"_s).toInt();
        m.errorText = error.value(u"message"_s).toString();
        list.append(m);
    }
    if (c.title.isEmpty())
        c.title = tr("Imported conversation");
    *conversation = c;
    *messages = list;
    return true;
}
