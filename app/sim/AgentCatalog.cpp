// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentCatalog.h"

#include <QUuid>

using namespace Qt::StringLiterals;

AgentCatalog::AgentCatalog(int extraAgents)
{
    const QString research = QString::fromLatin1(teamResearch);
    const QString engineering = QString::fromLatin1(teamEngineering);
    m_agents = {
        {u"04b6b7b9-c659-43aa-b59b-67eae592521d"_s,
         u"Rechercheassistent"_s,
         u"Sucht Quellen zu einer Frage, fasst Studien zusammen und nennt zu jeder Aussage "
         u"einen Beleg."_s,
         research,
         true,
         true,
         0},
        {u"1859d074-d5c9-45d0-92c7-e8681305809d"_s,
         u"Code Reviewer"_s,
         u"Reviews a diff for correctness, readability and security, and suggests "
         u"smaller follow-up changes."_s,
         engineering,
         true,
         false,
         0},
        {u"4cc73d6e-0401-467d-855e-f6dd0c0e0fe8"_s,
         u"Protokollführerin"_s,
         u"Macht aus Stichpunkten ein sauberes Besprechungsprotokoll mit Beschlüssen, "
         u"Aufgaben und Fristen."_s,
         research,
         true,
         true,
         1},
        {u"07dde982-17f9-43b1-bda2-9a2dc600ccc8"_s,
         u"Onboarding Guide"_s,
         u"Answers new colleagues' questions about accounts, tools and the first week."_s,
         engineering,
         true,
         false,
         1},
        {u"dbdf699f-4da0-4b40-bc43-38c60d358628"_s,
         u"Support-Triage"_s,
         u"Ordnet eingehende Tickets nach Dringlichkeit und schlägt eine erste Antwort "
         u"an die Kundschaft vor."_s,
         research,
         true,
         true,
         2},
        {u"a1c9ce87-5565-4239-bc1f-96b0a78778b9"_s,
         u"Quarterly KPI Reporter"_s,
         u"Retired: built the quarterly KPI report from the old data warehouse. Kept for "
         u"its history; it no longer answers."_s,
         engineering,
         false,
         false,
         3},
    };

    // Version-5 ids from a fixed namespace: the same generated agents on every run.
    const QUuid generatedNamespace(u"d11ecc5f-5ee2-42a2-8325-5ae0ef833233"_s);
    for (int i = 1; i <= extraAgents; ++i) {
        const bool german = i % 2 == 0;
        const QString number = u"%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        m_agents.append({QUuid::createUuidV5(generatedNamespace, u"extra-agent-"_s + number)
                             .toString(QUuid::WithoutBraces),
                         (german ? u"Testagent "_s : u"Test agent "_s) + number,
                         german ? u"Erzeugter Agent %1 für Tests mit vielen Seiten."_s.arg(i)
                                : u"Generated agent %1 for tests with many pages."_s.arg(i),
                         i % 3 == 0 ? research : engineering,
                         true,
                         german});
    }
}

const Agent *AgentCatalog::find(const QString &id) const
{
    for (const Agent &agent : m_agents) {
        if (agent.id.compare(id, Qt::CaseInsensitive) == 0)
            return &agent;
    }
    return nullptr;
}

QList<Agent> AgentCatalog::ofTeam(const QString &teamId) const
{
    if (teamId.isEmpty())
        return m_agents;
    QList<Agent> selected;
    for (const Agent &agent : m_agents) {
        if (agent.teamId.compare(teamId, Qt::CaseInsensitive) == 0)
            selected.append(agent);
    }
    return selected;
}

QJsonObject AgentCatalog::toJson(const Agent &agent)
{
    return {{u"id"_s, agent.id},
            {u"name"_s, agent.name},
            {u"description"_s, agent.description},
            {u"is_active"_s, agent.active},
            {u"team_id"_s, agent.teamId}};
}
