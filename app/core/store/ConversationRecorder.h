// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conversation.h"
#include "StoredConversation.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class ConversationStore;

// Saves a live Conversation as it happens: the user's message before its request leaves (the
// conversation's messageAdded() comes before the request starts), an answer when it begins, at
// most a second after any text arrives, and at once when its state changes. A kill therefore loses
// at most the last second of an answer (F18). The per-token path only keeps a reference to the
// message; the write, one transaction, happens on the timer.
class ConversationRecorder : public QObject
{
    Q_OBJECT

public:
    static constexpr int SaveIntervalMs = 1000;

    ConversationRecorder(ConversationStore *store,
                         Conversation *conversation,
                         QObject *parent = nullptr);
    ~ConversationRecorder() override;

    // The stored conversation being recorded; 0 before the first message of a new one.
    qint64 storedId() const { return m_storedId; }
    // Continues recording into a saved conversation that Conversation::restore() just showed;
    // `rowIds` are its messages' ids in transcript order.
    void attach(qint64 storedId, const QList<qint64> &rowIds);
    // Model and thinking as the next message is sent with; saved with the conversation.
    void setChoices(const QString &model, bool thinking);
    // Removed from every text before it is saved, should a server ever echo it.
    void setSecret(const QString &secret) { m_secret = secret; }
    // Writes what is pending now.
    void flush();

    static StoredMessage toStored(const ChatMessage &message);
    static ChatMessage toChat(const StoredMessage &message);
    // The first line of the first message, shortened.
    static QString titleFor(const QString &firstMessage);

signals:
    // A new conversation got its row in the store.
    void conversationCreated(qint64 id);
    // A message's row was written; `length` is the text saved, in UTF-16 units.
    void messageSaved(int index, qint64 length);

private:
    void handleAdded(int index);
    void handleChanged(int index);
    void handleFinished(int index);
    void handleCleared();
    void save(int index, const ChatMessage &message);
    void saveConversation();

    ConversationStore *m_store;
    QPointer<Conversation> m_conversation;
    qint64 m_storedId = 0;
    QList<qint64> m_rowIds;
    QList<AnswerState> m_savedStates;
    // The newest unsaved version of one message: a shared copy, so keeping it costs nothing.
    std::optional<std::pair<int, ChatMessage>> m_pending;
    QTimer m_timer;
    QString m_model;
    bool m_thinking = false;
    QString m_secret;
};
