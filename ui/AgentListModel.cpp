// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentListModel.h"

void AgentListModel::setAgents(const QList<Agent> &agents)
{
    beginResetModel();
    m_agents = agents;
    endResetModel();
}

int AgentListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_agents.size(); ++row) {
        if (m_agents.at(row).id == id)
            return row;
    }
    return -1;
}

Agent AgentListModel::agentAt(int row) const
{
    return row >= 0 && row < m_agents.size() ? m_agents.at(row) : Agent();
}

int AgentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

QVariant AgentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Agent &agent = m_agents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return agent.isActive ? agent.name : tr("%1 (inactive)").arg(agent.name);
    case Qt::ToolTipRole:
        return agent.description;
    case IdRole:
        return agent.id;
    case DescriptionRole:
        return agent.description;
    case ActiveRole:
        return agent.isActive;
    default:
        return {};
    }
}

Qt::ItemFlags AgentListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return m_agents.at(index.row()).isActive
               ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
               : Qt::ItemNeverHasChildren;
}
