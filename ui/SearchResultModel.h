// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoredConversation.h"

#include <QAbstractListModel>

// Full-text hits for the sidebar: the conversation's title, and the snippet with the matched
// words marked (SnippetRole keeps SearchHit's markers; DisplayRole has them removed).
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        // Apart from ConversationListModel's roles: the sidebar's delegate tells a hit by this one.
        SnippetRole = Qt::UserRole + 100,
        ConversationIdRole,
        PositionRole,
        AgentNameRole,
    };

    using QAbstractListModel::QAbstractListModel;

    void setHits(const QList<SearchHit> &hits);
    const SearchHit *hitAt(int row) const;
    // The snippet as HTML, the matched words in bold.
    static QString snippetHtml(const QString &snippet);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};
