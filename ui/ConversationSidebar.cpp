// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationSidebar.h"

#include "ConversationListModel.h"
#include "ConversationStore.h"
#include "SearchResultModel.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Two lines a row: the title, then the agent (in the list) or the snippet (in search results).
// Headings are one bold line.
class ConversationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (index.data(ConversationListModel::IsHeaderRole).toBool()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString html = htmlFor(index, opt);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument document;
        document.setDefaultFont(opt.font);
        document.setHtml(html);
        document.setTextWidth(opt.rect.width() - 8);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        if (opt.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
        painter->save();
        painter->translate(opt.rect.topLeft() + QPoint(4, 2));
        painter->setClipRect(QRect(0, 0, opt.rect.width() - 8, opt.rect.height() - 4));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // No text layout here: a list of ten thousand rows asks for every row's size.
        const int line = option.fontMetrics.height();
        if (index.data(ConversationListModel::IsHeaderRole).toBool())
            return QSize(100, line + 10);
        return QSize(100, line * 2 + 12);
    }

private:
    static QString htmlFor(const QModelIndex &index, const QStyleOptionViewItem &option)
    {
        const QString grey = option.palette.color(QPalette::PlaceholderText).name();
        const bool isHit = index.data(SearchResultModel::SnippetRole).isValid();
        const QString title =
            isHit ? index.data(Qt::ToolTipRole).toString() : index.data(Qt::DisplayRole).toString();
        QString second;
        if (isHit) {
            second = SearchResultModel::snippetHtml(
                index.data(SearchResultModel::SnippetRole).toString());
        } else {
            second = index.data(ConversationListModel::AgentNameRole).toString().toHtmlEscaped();
            if (index.data(ConversationListModel::PinnedRole).toBool())
                second = u"📌 "_s + second;
        }
        return u"<div style='white-space:pre'>%1</div><div style='color:%2'>%3</div>"_s.arg(
            title.toHtmlEscaped(), grey, second);
    }
};

} // namespace

ConversationSidebar::ConversationSidebar(ConversationStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new ConversationListModel(store, this))
    , m_results(new SearchResultModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_new(new QPushButton(tr("New conversation"), this))
{
    m_search->setPlaceholderText(tr("Search all conversations"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(u"conversationSearch"_s);
    m_list->setObjectName(u"conversationList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setUniformItemSizes(false);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_new);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_searchTimer, &QTimer::timeout, this, &ConversationSidebar::runSearch);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ConversationSidebar::reloadNow);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_list, &QListView::clicked, this, &ConversationSidebar::handleActivated);
    connect(m_list, &QListView::activated, this, &ConversationSidebar::handleActivated);
    connect(m_list, &QWidget::customContextMenuRequested, this, &ConversationSidebar::showMenu);
    connect(m_new, &QPushButton::clicked, this, &ConversationSidebar::newConversationRequested);
    connect(store, &ConversationStore::conversationsChanged, this, &ConversationSidebar::reload);

    auto *remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(remove);
    connect(remove, &QAction::triggered, this, [this] {
        if (const qint64 id = idAt(m_list->currentIndex()))
            emit deleteRequested(id);
    });
}

void ConversationSidebar::reload()
{
    m_reloadTimer.start();
}

void ConversationSidebar::reloadNow()
{
    m_model->reload();
    setCurrent(m_current);
    if (isSearching())
        runSearch();
    emit reloaded();
}

bool ConversationSidebar::isSearching() const
{
    return !m_search->text().trimmed().isEmpty();
}

void ConversationSidebar::setCurrent(qint64 id)
{
    m_current = id;
    if (m_list->model() != m_model)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_list->clearSelection();
        return;
    }
    m_list->setCurrentIndex(m_model->index(row));
}

void ConversationSidebar::runSearch()
{
    if (!isSearching()) {
        m_list->setModel(m_model);
        setCurrent(m_current);
        return;
    }
    m_results->setHits(m_store->search(m_search->text()));
    m_list->setModel(m_results);
}

qint64 ConversationSidebar::idAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    if (index.model() == m_results)
        return index.data(SearchResultModel::ConversationIdRole).toLongLong();
    return index.data(ConversationListModel::IdRole).toLongLong();
}

void ConversationSidebar::handleActivated(const QModelIndex &index)
{
    if (index.model() == m_results) {
        const QString snippet = index.data(SearchResultModel::SnippetRole).toString();
        const qsizetype start = snippet.indexOf(SearchHit::SnippetStart);
        const qsizetype end = snippet.indexOf(SearchHit::SnippetEnd, start + 1);
        const QString word =
            start >= 0 && end > start ? snippet.mid(start + 1, end - start - 1) : QString();
        emit hitChosen(idAt(index), index.data(SearchResultModel::PositionRole).toInt(), word);
        return;
    }
    if (const qint64 id = idAt(index))
        emit conversationChosen(id);
}

void ConversationSidebar::showMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    const qint64 id = idAt(index);
    if (id == 0)
        return;
    const bool pinned =
        index.model() == m_model && index.data(ConversationListModel::PinnedRole).toBool();
    QMenu menu(this);
    QAction *rename = menu.addAction(tr("Rename"));
    rename->setEnabled(index.model() == m_model);
    QAction *pin = menu.addAction(pinned ? tr("Unpin") : tr("Pin to the top"));
    menu.addSeparator();
    QAction *markdown = menu.addAction(tr("Export as Markdown…"));
    QAction *json = menu.addAction(tr("Export as JSON…"));
    menu.addSeparator();
    QAction *remove = menu.addAction(tr("Delete"));
    QAction *chosen = menu.exec(m_list->viewport()->mapToGlobal(position));
    if (chosen == rename)
        m_list->edit(index);
    else if (chosen == pin)
        m_store->setPinned(id, !pinned);
    else if (chosen == markdown || chosen == json)
        emit exportRequested(id, chosen == markdown);
    else if (chosen == remove)
        emit deleteRequested(id);
}
