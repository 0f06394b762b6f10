// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchResultModel.h"

using namespace Qt::StringLiterals;

void SearchResultModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

const SearchHit *SearchResultModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

QString SearchResultModel::snippetHtml(const QString &snippet)
{
    QString html = snippet.simplified().toHtmlEscaped();
    html.replace(SearchHit::SnippetStart, u"<b>"_s);
    html.replace(SearchHit::SnippetEnd, u"</b>"_s);
    return html;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString plain = hit.snippet.simplified();
        plain.remove(SearchHit::SnippetStart);
        plain.remove(SearchHit::SnippetEnd);
        return plain;
    }
    case Qt::ToolTipRole:
        return hit.title;
    case SnippetRole:
        return hit.snippet;
    case ConversationIdRole:
        return hit.conversationId;
    case PositionRole:
        return hit.position;
    case AgentNameRole:
        return hit.agentName;
    default:
        return {};
    }
}
