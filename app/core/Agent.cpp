// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Agent.h"

#include <QJsonArray>
#include <QJsonDocument>

Agent Agent::fromJson(const QJsonObject &object)
{
    Agent agent;
    // Ids are opaque strings: the documentation's own example uses one that is not a UUID.
    const QJsonValue id = object.value(u"id");
    agent.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    agent.name = object.value(u"name").toString();
    agent.description = object.value(u"description").toString();
    agent.teamId = object.value(u"team_id").toString();
    agent.isActive = object.value(u"is_active").toBool(true);
    if (agent.name.isEmpty())
        agent.name = agent.id;
    return agent;
}

AgentPage AgentPage::parse(const QByteArray &body, qsizetype receivedBefore)
{
    AgentPage page;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return page;

    QJsonArray items;
    bool djangoShape = false;
    bool nextAnnounced = false;
    if (document.isArray()) {
        items = document.array();
        page.valid = true;
    } else if (document.isObject()) {
        const QJsonObject object = document.object();
        if (object.value(u"data").isArray()) {
            items = object.value(u"data").toArray();
            page.valid = true;
            if (object.contains(u"total"))
                page.total = object.value(u"total").toInteger(-1);
        } else if (object.value(u"results").isArray()) {
            items = object.value(u"results").toArray();
            page.valid = true;
            if (object.contains(u"count"))
                page.total = object.value(u"count").toInteger(-1);
            // Django REST says when it is done: `next` null (or absent).
            djangoShape = true;
            nextAnnounced = object.value(u"next").isString();
        }
    }
    if (!page.valid)
        return page;

    for (const QJsonValue &item : std::as_const(items)) {
        if (item.isObject()) {
            const Agent agent = Agent::fromJson(item.toObject());
            if (!agent.id.isEmpty())
                page.agents.append(agent);
        }
    }
    const qsizetype received = receivedBefore + page.agents.size();
    const bool totalAllowsMore = page.total < 0 || received < page.total;
    if (document.isArray() || items.isEmpty())
        page.hasMore = false;
    else if (djangoShape)
        page.hasMore = nextAnnounced && totalAllowsMore;
    else
        page.hasMore = totalAllowsMore;
    return page;
}
