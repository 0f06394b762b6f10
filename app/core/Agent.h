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
    bool isActive = true; // a missing `is_active` means active

    static Agent fromJson(const QJsonObject &object);
};

// One page of `GET /api/agents/` in any of the envelopes seen: `{data, total, page, per_page}`,
// Django REST's `{count, next, previous, results}`, or a bare array.
struct AgentPage
{
    QList<Agent> agents;
    bool valid = false;
    bool hasMore = false; // only meaningful with `valid`; the caller still stops at its page limit
    qsizetype total = -1;

    static AgentPage parse(const QByteArray &body, qsizetype receivedBefore);
};
