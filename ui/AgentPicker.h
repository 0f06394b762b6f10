// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Agent.h"

#include <QWidget>

class AgentListModel;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QToolButton;

// The list of agents with a search field and a reload button. Choosing an active agent emits
// agentChosen; inactive agents are listed but cannot be chosen.
class AgentPicker : public QWidget
{
    Q_OBJECT

public:
    explicit AgentPicker(QWidget *parent = nullptr);

    void setAgents(const QList<Agent> &agents);
    void setLoading();
    void setProblem(const QString &text);
    // Selects the agent with this id if it is listed and active; false otherwise.
    bool choose(const QString &id);
    Agent currentAgent() const;

    QLineEdit *searchField() const { return m_search; }
    QListView *listView() const { return m_list; }

signals:
    void agentChosen(const Agent &agent);
    void reloadRequested();

private:
    void handleCurrentChanged();

    AgentListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QListView *m_list;
    QToolButton *m_reload;
    QLabel *m_status;
};
