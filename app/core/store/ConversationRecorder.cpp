// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationRecorder.h"

#include "ConversationStore.h"
#include "Log.h"

using namespace Qt::StringLiterals;

ConversationRecorder::ConversationRecorder(ConversationStore *store,
                                           Conversation *conversation,
                                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_conversation(conversation)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(SaveIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ConversationRecorder::flush);
    // Direct connections: the user's message is saved inside send(), before the request starts.
    connect(conversation, &Conversation::messageAdded, this, &ConversationRecorder::handleAdded);
    connect(
        conversation, &Conversation::messageChanged, this, &ConversationRecorder::handleChanged);
    connect(
        conversation, &Conversation::answerFinished, this, &ConversationRecorder::handleFinished);
    connect(conversation, &Conversation::cleared, this, &ConversationRecorder::handleCleared);
}

ConversationRecorder::~ConversationRecorder()
{
    flush();
}

void ConversationRecorder::attach(qint64 storedId, const QList<qint64> &rowIds)
{
    flush();
    m_storedId = storedId;
    m_rowIds = rowIds;
    m_savedStates.clear();
    if (m_conversation) {
        for (const ChatMessage &message : m_conversation->messages())
            m_savedStates.append(message.state);
    }
}

void ConversationRecorder::setChoices(const QString &model, bool thinking)
{
    m_model = model.trimmed();
    m_thinking = thinking;
}

QString ConversationRecorder::titleFor(const QString &firstMessage)
{
    constexpr qsizetype MaxLength = 80;
    QString title = firstMessage.trimmed().section(u'\n', 0, 0).simplified();
    if (title.size() > MaxLength)
        title = title.left(MaxLength - 1).trimmed() + u'…';
    return title;
}

StoredMessage ConversationRecorder::toStored(const ChatMessage &message)
{
    StoredMessage stored;
    stored.fromUser = message.role == ChatMessage::Role::User;
    stored.text = message.text;
    stored.reasoning = message.reasoning;
    stored.state = message.state;
    stored.runId = message.runId;
    stored.model = message.model;
    stored.createdAt = message.createdAt;
    stored.updatedAt = QDateTime::currentDateTime();
    stored.errorKind = int(message.error.kind);
    stored.errorStatus = message.error.status;
    stored.errorText = message.error.serverMessage;
    stored.conversationLost = message.conversationLost;
    return stored;
}

ChatMessage ConversationRecorder::toChat(const StoredMessage &stored)
{
    ChatMessage message;
    message.role = stored.fromUser ? ChatMessage::Role::User : ChatMessage::Role::Agent;
    message.text = stored.text;
    message.reasoning = stored.reasoning;
    message.state = stored.state;
    message.runId = stored.runId;
    message.model = stored.model;
    message.createdAt = stored.createdAt;
    constexpr int LastKind = int(ApiError::Kind::TooLarge);
    if (stored.errorKind > 0 && stored.errorKind <= LastKind) {
        message.error.kind = ApiError::Kind(stored.errorKind);
        message.error.status = stored.errorStatus;
        message.error.serverMessage = stored.errorText;
    }
    message.conversationLost = stored.conversationLost;
    return message;
}

void ConversationRecorder::saveConversation()
{
    if (!m_conversation)
        return;
    StoredConversation c;
    c.id = m_storedId;
    c.agentId = m_conversation->agent().id;
    c.agentName = m_conversation->agent().name;
    c.serverId = m_conversation->conversationId();
    c.model = m_model;
    c.thinking = m_thinking;
    if (m_storedId != 0) {
        m_store->updateConversation(c);
        return;
    }
    const QList<ChatMessage> &messages = m_conversation->messages();
    c.title = titleFor(messages.isEmpty() ? QString() : messages.first().text);
    c.createdAt = messages.isEmpty() ? QDateTime::currentDateTime() : messages.first().createdAt;
    c.updatedAt = c.createdAt;
    m_storedId = m_store->createConversation(c);
    if (m_storedId != 0) {
        qCDebug(lcStore) << "new conversation" << m_storedId;
        emit conversationCreated(m_storedId);
    }
}

void ConversationRecorder::handleAdded(int index)
{
    if (!m_conversation || !m_store->isOpen())
        return;
    flush();
    if (m_storedId == 0)
        saveConversation();
    else if (m_conversation->messages().at(index).role == ChatMessage::Role::User)
        saveConversation(); // the choices this message goes with
    if (m_storedId == 0)
        return;
    save(index, m_conversation->messages().at(index));
}

void ConversationRecorder::handleChanged(int index)
{
    if (!m_conversation || m_storedId == 0)
        return;
    if (m_pending && m_pending->first != index)
        flush();
    const ChatMessage &message = m_conversation->messages().at(index);
    m_pending.emplace(index, message);
    const bool stateChanged =
        index >= m_savedStates.size() || m_savedStates.at(index) != message.state;
    if (stateChanged)
        flush();
    else if (!m_timer.isActive())
        m_timer.start(); // never restarted by later text: a save is due a second after the first
}

void ConversationRecorder::handleFinished(int index)
{
    if (!m_conversation || m_storedId == 0)
        return;
    m_pending.emplace(index, m_conversation->messages().at(index));
    flush();
    saveConversation(); // the server's conversation id arrives with the first answer
}

void ConversationRecorder::handleCleared()
{
    flush();
    m_storedId = 0;
    m_rowIds.clear();
    m_savedStates.clear();
}

void ConversationRecorder::flush()
{
    m_timer.stop();
    if (!m_pending)
        return;
    auto [index, message] = std::move(*m_pending);
    m_pending.reset();
    // An answer left while it streamed (the transcript was cleared) was stopped by the user.
    if (message.state == AnswerState::Streaming && m_conversation &&
        (index >= m_conversation->messages().size() ||
         m_conversation->messages().at(index).state != AnswerState::Streaming ||
         !m_conversation->isAnswering()))
        message.state = AnswerState::Stopped;
    save(index, message);
}

void ConversationRecorder::save(int index, const ChatMessage &message)
{
    StoredMessage stored = toStored(message);
    if (!m_secret.isEmpty()) {
        // A server may quote the key back, in an error or in the answer itself; the database and
        // the exports made from it must not hold it either way.
        stored.text = Redact::scrub(stored.text, m_secret);
        stored.reasoning = Redact::scrub(stored.reasoning, m_secret);
        stored.errorText = Redact::scrub(stored.errorText, m_secret);
    }
    stored.conversationId = m_storedId;
    stored.position = index;
    while (m_rowIds.size() <= index) {
        m_rowIds.append(0);
        m_savedStates.append(AnswerState::Streaming);
    }
    bool ok = false;
    if (m_rowIds.at(index) == 0) {
        m_rowIds[index] = m_store->addMessage(stored);
        ok = m_rowIds.at(index) != 0;
    } else {
        stored.id = m_rowIds.at(index);
        ok = m_store->updateMessage(stored);
    }
    if (!ok)
        return;
    m_savedStates[index] = message.state;
    emit messageSaved(index, stored.text.size());
}
