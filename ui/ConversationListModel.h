// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoredConversation.h"

#include <QAbstractListModel>
#include <QDate>

class ConversationStore;

// The saved conversations for the sidebar, newest first, under group headings: Pinned, Today,
// Yesterday, Previous 7 days, then one per month. Headings are rows that cannot be selected.
// Renaming through setData() writes to the store.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        AgentNameRole,
        IsHeaderRole,
        PinnedRole,
        UpdatedRole,
    };

    explicit ConversationListModel(ConversationStore *store, QObject *parent = nullptr);

    // Reads the list from the store again.
    void reload();
    // The day "Today" means; the current date unless a test sets one.
    void setToday(const QDate &today) { m_today = today; }
    int rowOf(qint64 id) const;
    const StoredConversation *conversationAt(int row) const;
    // The heading a conversation last updated at `updated` goes under, seen from `today`.
    static QString groupOf(const QDateTime &updated, const QDate &today);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        QString header;  // set for a heading
        int source = -1; // index into m_conversations otherwise
    };

    ConversationStore *m_store;
    QDate m_today;
    QList<StoredConversation> m_conversations;
    QList<Row> m_rows;
};
