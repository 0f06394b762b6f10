// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AgentCatalog.h"
#include "AnswerComposer.h"
#include "ConversationStore.h"
#include "KeyRing.h"
#include "ResponsePlan.h"
#include "SimSettings.h"

#include <QJsonObject>

// POST /api/agents/{uuid}/chat/: checks the key, the agent and the body as the service
// documents them, continues or starts the conversation, and plans the answer.
class ChatEndpoint
{
public:
    static constexpr qsizetype maxMessageCodePoints = 32000;

    ChatEndpoint(const AgentCatalog &agents, double defaultPace);

    // Adds the chat fields (conversation, run, answer, reasoning, effective switches) to the
    // request's log entry.
    ResponsePlan respond(const HttpRequest &request,
                         const QString &agentId,
                         const ApiKey &key,
                         const SimSettings &settings,
                         QJsonObject *logEntry);

private:
    const AgentCatalog &m_agents;
    double m_defaultPace;
    ConversationStore m_conversations;
    AnswerComposer m_composer;
};
