// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

struct Agent
{
    QString id;
    QString name;
    QString description;
    QString teamId;
    bool active = true;
    bool german = false; // the language the agent answers in
    // Its own topic among the answers of its language for the first message; -1: any.
    int firstAnswer = -1;
};

// The demo agents, with fixed ids so that tests and screenshots can name them, plus any number
// of generated ones for paging.
class AgentCatalog
{
public:
    static constexpr auto teamResearch = "272002d2-e698-4ed5-8d65-d8963ce40617";
    static constexpr auto teamEngineering = "ce1593c6-df54-4418-ae84-6504bdb85134";

    explicit AgentCatalog(int extraAgents = 0);

    const QList<Agent> &agents() const { return m_agents; }
    const Agent *find(const QString &id) const;
    // The agents of one team, or all of them for an empty team id.
    QList<Agent> ofTeam(const QString &teamId) const;

    static QJsonObject toJson(const Agent &agent);

private:
    QList<Agent> m_agents;
};
