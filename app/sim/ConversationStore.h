// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

// The conversations started since the simulator started; they live in memory only.
class ConversationStore
{
public:
    // Starts a conversation with an agent; returns its id.
    QString start(const QString &agentId);
    bool contains(const QString &conversationId, const QString &agentId) const;
    // Counts one more user message; returns its number in the conversation, from 1.
    int addTurn(const QString &conversationId);

private:
    struct Conversation
    {
        QString agentId;
        int turns = 0;
    };
    QHash<QString, Conversation> m_conversations;
};
