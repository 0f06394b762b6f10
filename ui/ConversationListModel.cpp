// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationListModel.h"

#include "ConversationStore.h"

#include <QFont>
#include <QLocale>

ConversationListModel::ConversationListModel(ConversationStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{}

QString ConversationListModel::groupOf(const QDateTime &updated, const QDate &today)
{
    const QDate day = updated.date();
    if (day >= today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    if (day > today.addDays(-8))
        return tr("Previous 7 days");
    if (day.year() == today.year())
        return QLocale().standaloneMonthName(day.month());
    return tr("%1 %2", "month and year")
        .arg(QLocale().standaloneMonthName(day.month()))
        .arg(day.year());
}

void ConversationListModel::reload()
{
    beginResetModel();
    m_conversations = m_store->conversations();
    m_rows.clear();
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    // Pinned ones first, each part newest first as the store gives them.
    std::stable_partition(m_conversations.begin(),
                          m_conversations.end(),
                          [](const StoredConversation &c) { return c.pinned; });
    QString current;
    for (int i = 0; i < m_conversations.size(); ++i) {
        const StoredConversation &c = m_conversations.at(i);
        const QString group = c.pinned ? tr("Pinned") : groupOf(c.updatedAt, today);
        if (group != current) {
            m_rows.append(Row{group, -1});
            current = group;
        }
        m_rows.append(Row{QString(), i});
    }
    endResetModel();
}

int ConversationListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const int source = m_rows.at(row).source;
        if (source >= 0 && m_conversations.at(source).id == id)
            return row;
    }
    return -1;
}

const StoredConversation *ConversationListModel::conversationAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).source < 0)
        return nullptr;
    return &m_conversations.at(m_rows.at(row).source);
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (row.source < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return row.header;
        case IsHeaderRole:
            return true;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }
    const StoredConversation &c = m_conversations.at(row.source);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return c.title.isEmpty() ? tr("Untitled conversation") : c.title;
    case Qt::ToolTipRole:
        return tr("%1 — %2").arg(c.title, c.agentName);
    case IdRole:
        return c.id;
    case AgentNameRole:
        return c.agentName;
    case IsHeaderRole:
        return false;
    case PinnedRole:
        return c.pinned;
    case UpdatedRole:
        return c.updatedAt;
    default:
        return {};
    }
}

bool ConversationListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const StoredConversation *c = conversationAt(index.row());
    if (role != Qt::EditRole || !c || !index.isValid())
        return false;
    const QString title = value.toString().simplified();
    if (title.isEmpty() || title == c->title)
        return false;
    const qint64 id = c->id;
    if (!m_store->rename(id, title))
        return false;
    // The store's change signal reloads the list; until then this row shows the new title.
    const int row = rowOf(id);
    if (row >= 0) {
        m_conversations[m_rows.at(row).source].title = title;
        emit dataChanged(this->index(row), this->index(row));
    }
    return true;
}

Qt::ItemFlags ConversationListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (m_rows.at(index.row()).source < 0)
        return Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}
