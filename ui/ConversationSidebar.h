// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class ConversationListModel;
class ConversationStore;
class QLineEdit;
class QListView;
class QPushButton;
class SearchResultModel;

// The saved conversations beside the transcript: a search field over every message, and either
// the grouped list or, while there is a search, the hits with their snippets. Each conversation
// has a menu to rename, pin, export or delete it.
class ConversationSidebar : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationSidebar(ConversationStore *store, QWidget *parent = nullptr);

    // Reads the list again (coalesced: several calls in one turn of the event loop read once).
    void reload();
    // Reads the list now.
    void reloadNow();
    // Marks `id` as the conversation shown (0: a new one, nothing marked).
    void setCurrent(qint64 id);
    qint64 current() const { return m_current; }
    bool isSearching() const;

    QLineEdit *searchField() const { return m_search; }
    QListView *listView() const { return m_list; }
    ConversationListModel *listModel() const { return m_model; }
    SearchResultModel *searchModel() const { return m_results; }

signals:
    void conversationChosen(qint64 id);
    // A search hit: the conversation, the message's position and the first word that matched.
    void hitChosen(qint64 conversationId, int position, const QString &word);
    void newConversationRequested();
    void deleteRequested(qint64 id);
    void exportRequested(qint64 id, bool markdown);
    // The list was read and shown.
    void reloaded();

private:
    void runSearch();
    void handleActivated(const QModelIndex &index);
    void showMenu(const QPoint &position);
    qint64 idAt(const QModelIndex &index) const;

    ConversationStore *m_store;
    ConversationListModel *m_model;
    SearchResultModel *m_results;
    QLineEdit *m_search;
    QListView *m_list;
    QPushButton *m_new;
    QTimer m_searchTimer;
    QTimer m_reloadTimer;
    qint64 m_current = 0;
};
