// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Agent.h"

#include <QAbstractListModel>

// The agents the key can see. Inactive ones stay in the list, shown but not selectable, so that a
// person understands why an agent they know is there yet cannot be used.
class AgentListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        DescriptionRole,
        ActiveRole
    };

    using QAbstractListModel::QAbstractListModel;

    void setAgents(const QList<Agent> &agents);
    const QList<Agent> &agents() const { return m_agents; }
    int rowOf(const QString &id) const;
    Agent agentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<Agent> m_agents;
};
