// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationStore.h"

#include <QUuid>

QString ConversationStore::start(const QString &agentId)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_conversations.insert(id, {agentId, 0});
    return id;
}

bool ConversationStore::contains(const QString &conversationId, const QString &agentId) const
{
    // A conversation is visible only through the agent it was started with.
    const auto found = m_conversations.constFind(conversationId);
    return found != m_conversations.cend() && found->agentId == agentId;
}

int ConversationStore::addTurn(const QString &conversationId)
{
    return ++m_conversations[conversationId].turns;
}
