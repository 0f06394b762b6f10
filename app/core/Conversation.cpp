// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Conversation.h"

#include "Log.h"

#include <QCryptographicHash>

Conversation::Conversation(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

Conversation::~Conversation()
{
    if (m_stream)
        disconnect(m_stream, nullptr, this, nullptr);
}

void Conversation::setAccount(const Account &account)
{
    m_account = account;
}

QString Conversation::streamingMemoryKey() const
{
    // A digest, so that the key itself is not kept twice in memory for this.
    const QByteArray digest =
        QCryptographicHash::hash(m_account.apiKey.toUtf8(), QCryptographicHash::Sha256);
    return m_account.origin.toString() + u' ' + QString::fromLatin1(digest.toHex());
}

void Conversation::setAgent(const Agent &agent)
{
    if (agent.id != m_agent.id)
        clear();
    m_agent = agent;
}

void Conversation::clear()
{
    if (m_stream) {
        disconnect(m_stream, nullptr, this, nullptr);
        m_stream->stop();
        m_stream->deleteLater();
    }
    m_messages.clear();
    m_conversationId.clear();
    m_answerIndex = -1;
    m_lastRequest = ChatRequest();
    emit cleared();
}

void Conversation::restore(const Agent &agent,
                           const QString &conversationId,
                           const QList<ChatMessage> &messages,
                           bool thinking)
{
    clear();
    m_agent = agent;
    m_conversationId = conversationId;
    m_messages = messages;
    // The request the last answer came from, so that Retry can ask again.
    for (qsizetype i = m_messages.size() - 1; i >= 0; --i) {
        const ChatMessage &message = m_messages.at(i);
        if (m_answerIndex < 0 && message.role == ChatMessage::Role::Agent)
            m_answerIndex = int(i);
        if (m_answerIndex >= 0 && message.role == ChatMessage::Role::User) {
            m_lastRequest.agentId = agent.id;
            m_lastRequest.message = message.text;
            m_lastRequest.model = message.model;
            m_lastRequest.thinking = thinking;
            m_lastRequest.conversationId = conversationId;
            break;
        }
    }
}

bool Conversation::send(const QString &text, const QString &model, bool thinking, QString *problem)
{
    auto refuse = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    const QString message = text.trimmed();
    if (message.isEmpty())
        return refuse(tr("Write a message first."));
    if (m_agent.id.isEmpty())
        return refuse(tr("Choose an agent first."));
    if (!m_agent.isActive)
        return refuse(tr("This agent is inactive and cannot answer."));
    if (isAnswering())
        return refuse(tr("Wait for the answer, or stop it, before sending the next message."));
    const qsizetype length = ChatRequest::codePointCount(message);
    if (length > ChatRequest::MaxMessageCodePoints) {
        return refuse(tr("The message has %1 characters; the limit is %2.")
                          .arg(QLocale().toString(length),
                               QLocale().toString(ChatRequest::MaxMessageCodePoints)));
    }

    ChatRequest request;
    request.agentId = m_agent.id;
    request.message = message;
    request.conversationId = m_conversationId;
    request.model = model.trimmed();
    request.thinking = thinking;
    request.stream = m_streaming;

    ChatMessage user;
    user.role = ChatMessage::Role::User;
    user.text = message;
    user.model = request.model;
    user.createdAt = QDateTime::currentDateTime();
    m_messages.append(user);
    emit messageAdded(int(m_messages.size() - 1));
    startAnswer(request);
    return true;
}

bool Conversation::retry()
{
    if (isAnswering() || m_lastRequest.agentId.isEmpty() || m_answerIndex < 0)
        return false;
    const AnswerState last = m_messages.at(m_answerIndex).state;
    if (last != AnswerState::Interrupted && last != AnswerState::Failed)
        return false;
    // The failed attempt stays visible above; the new answer comes below it.
    m_lastRequest.conversationId = m_conversationId;
    startAnswer(m_lastRequest);
    return true;
}

bool Conversation::continueInNewConversation()
{
    if (isAnswering() || m_answerIndex < 0 || !m_messages.at(m_answerIndex).conversationLost)
        return false;
    m_conversationId.clear();
    m_lastRequest.conversationId.clear();
    startAnswer(m_lastRequest);
    return true;
}

void Conversation::stop()
{
    if (m_stream)
        m_stream->stop();
}

void Conversation::startAnswer(ChatRequest request)
{
    if (m_noStreaming.contains(streamingMemoryKey()))
        request.stream = false;
    m_lastRequest = request;
    ChatMessage answer;
    answer.role = ChatMessage::Role::Agent;
    answer.state = AnswerState::Streaming;
    answer.model = request.model;
    answer.createdAt = QDateTime::currentDateTime();
    m_messages.append(answer);
    m_answerIndex = int(m_messages.size() - 1);
    emit messageAdded(m_answerIndex);

    auto *stream = new AnswerStream(m_network, m_account, request, m_limits, this);
    m_stream = stream;
    connect(stream, &AnswerStream::textChanged, this, &Conversation::updateAnswer);
    connect(stream, &AnswerStream::eventsDecoded, this, &Conversation::eventsDecoded);
    connect(stream, &AnswerStream::finished, this, &Conversation::finishAnswer);
    connect(stream, &AnswerStream::streamingRefused, this, [this] {
        emit notice(
            tr("This API key is not allowed to stream answers; the answer will appear when it is "
               "complete."));
    });
    emit answerStarted();
    stream->start();
}

void Conversation::updateAnswer()
{
    if (!m_stream || m_answerIndex < 0)
        return;
    ChatMessage &answer = m_messages[m_answerIndex];
    answer.text = m_stream->answer();
    answer.reasoning = m_stream->reasoning();
    emit messageChanged(m_answerIndex);
}

void Conversation::finishAnswer()
{
    AnswerStream *stream = m_stream;
    if (!stream || m_answerIndex < 0)
        return;
    ChatMessage &answer = m_messages[m_answerIndex];
    answer.text = stream->answer();
    answer.reasoning = stream->reasoning();
    answer.state = stream->state();
    answer.error = stream->error();
    answer.runId = stream->runId();
    const QString id = stream->conversationId();
    if (!id.isEmpty())
        m_conversationId = id;
    if (stream->fellBackToSingleAnswer())
        m_noStreaming.insert(streamingMemoryKey());
    // A 404 for a request that named a conversation: the conversation is gone, unless the server
    // says it is the agent. Offered once; the new attempt names no conversation, so it cannot loop.
    answer.conversationLost = answer.error.kind == ApiError::Kind::NotFound &&
                              !stream->request().conversationId.isEmpty() &&
                              !answer.error.serverMessage.contains(u"agent", Qt::CaseInsensitive);
    qCDebug(lcNet) << "answer finished with" << answer.text.size() << "characters";
    m_stream = nullptr;
    stream->deleteLater();
    emit messageChanged(m_answerIndex);
    emit answerFinished(m_answerIndex);
}
