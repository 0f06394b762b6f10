// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "Agent.h"
#include "AnswerState.h"
#include "AnswerStream.h"
#include "ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

class QNetworkAccessManager;

struct ChatMessage
{
    enum class Role
    {
        User,
        Agent
    };

    Role role = Role::User;
    QString text;
    QString reasoning;
    AnswerState state = AnswerState::Complete;
    ApiError error;
    QString model; // the override the message was sent with, if any
    QString runId; // the server's id of the run that produced an answer, if it named one
    QDateTime createdAt;
    // The server no longer knows the conversation this answer was meant to continue.
    bool conversationLost = false;
};

// One conversation with one agent: the transcript as this client saw it, the server's
// conversation id (kept from the first answer and sent with every later message), and at most one
// answer streaming at a time. Widgets and the command line both drive it.
class Conversation : public QObject
{
    Q_OBJECT

public:
    explicit Conversation(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Conversation() override;

    void setAccount(const Account &account);
    void setLimits(const AnswerStream::Limits &limits) { m_limits = limits; }
    // Off: every message asks for one whole answer instead of a stream (the user's preference).
    void setStreaming(bool on) { m_streaming = on; }
    void setAgent(const Agent &agent);
    const Agent &agent() const { return m_agent; }
    QString conversationId() const { return m_conversationId; }
    void setConversationId(const QString &id) { m_conversationId = id; }
    const QList<ChatMessage> &messages() const { return m_messages; }
    bool isAnswering() const { return m_stream && m_stream->isRunning(); }

    // Starts an answer to `text`. False, with the reason in the user's language, when the message
    // cannot leave as it is; nothing is added then.
    bool send(const QString &text, const QString &model, bool thinking, QString *problem = nullptr);
    void stop();
    // Asks again for the last answer that was interrupted or failed.
    bool retry();
    // After the server forgot the conversation: the transcript stays here, the last message goes
    // again without a conversation id, and the server starts a new conversation.
    bool continueInNewConversation();
    // Forgets the transcript and the server's conversation id; the agent stays.
    void clear();
    // Shows a saved conversation: its agent, the server's conversation id and its transcript,
    // after clear(). The next message continues it; Retry and "continue in a new conversation"
    // work on its last answer as they would have when it ended. Emits no messageAdded().
    void restore(const Agent &agent,
                 const QString &conversationId,
                 const QList<ChatMessage> &messages,
                 bool thinking);

signals:
    void messageAdded(int index);
    void messageChanged(int index);
    void answerStarted();
    void answerFinished(int index);
    void eventsDecoded(const QList<StreamEvent> &events);
    void notice(const QString &text);
    // The transcript is gone (clear(), a new agent, or before restore()).
    void cleared();

private:
    void startAnswer(ChatRequest request);
    QString streamingMemoryKey() const;
    void updateAnswer();
    void finishAnswer();

    QNetworkAccessManager *m_network;
    Account m_account;
    AnswerStream::Limits m_limits;
    Agent m_agent;
    QString m_conversationId;
    QList<ChatMessage> m_messages;
    QPointer<AnswerStream> m_stream;
    ChatRequest m_lastRequest;
    // Origins and keys that refused streaming in this session: asked without streaming at once.
    QSet<QString> m_noStreaming;
    bool m_streaming = true;
    int m_answerIndex = -1;
};
