// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentPicker.h"

#include "AgentListModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Name on the first line, the description muted below it: enough to tell agents apart.
class AgentDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QString description = index.data(AgentListModel::DescriptionRole).toString();
        item.text.clear();
        QStyle *style = item.widget ? item.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

        const QRect area = item.rect.adjusted(6, 3, -6, -3);
        const bool selected = item.state & QStyle::State_Selected;
        const bool enabled = item.state & QStyle::State_Enabled;
        const QPalette::ColorGroup group = enabled ? QPalette::Active : QPalette::Disabled;
        painter->save();
        QFont nameFont = item.font;
        nameFont.setBold(true);
        painter->setFont(nameFont);
        painter->setPen(
            item.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const QFontMetrics nameMetrics(nameFont);
        painter->drawText(area.topLeft() + QPoint(0, nameMetrics.ascent()),
                          nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(),
                                                 Qt::ElideRight,
                                                 area.width()));
        painter->setFont(item.font);
        // Muted, but still apart from an inactive agent, which is greyed out as a whole.
        painter->setPen(selected  ? item.palette.color(group, QPalette::HighlightedText)
                        : enabled ? item.palette.color(QPalette::Active, QPalette::PlaceholderText)
                                  : item.palette.color(QPalette::Disabled, QPalette::Text));
        const QFontMetrics metrics(item.font);
        painter->drawText(area.topLeft() + QPoint(0, nameMetrics.height() + metrics.ascent()),
                          metrics.elidedText(description, Qt::ElideRight, area.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics metrics(option.font);
        return {200, metrics.height() * 2 + 10};
    }
};

// Searches the name and the description, ignoring case.
class AgentFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QRegularExpression &needle = filterRegularExpression();
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return needle.match(index.data(Qt::DisplayRole).toString()).hasMatch() ||
               needle.match(index.data(AgentListModel::DescriptionRole).toString()).hasMatch();
    }
};

} // namespace

AgentPicker::AgentPicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new AgentListModel(this))
    , m_filter(new AgentFilter(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_reload(new QToolButton(this))
    , m_status(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Search agents"));
    m_search->setClearButtonEnabled(true);
    m_reload->setText(tr("Reload"));
    m_reload->setToolTip(tr("Load the list of agents again"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new AgentDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);

    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
    });
    connect(m_reload, &QToolButton::clicked, this, &AgentPicker::reloadRequested);
    connect(m_list->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &AgentPicker::handleCurrentChanged);
}

void AgentPicker::setAgents(const QList<Agent> &agents)
{
    const QString current = currentAgent().id;
    m_model->setAgents(agents);
    m_status->setVisible(agents.isEmpty());
    m_status->setText(tr("No agents are available to this API key."));
    if (!current.isEmpty())
        choose(current);
}

void AgentPicker::setLoading()
{
    m_status->setText(tr("Loading agents…"));
    m_status->show();
}

void AgentPicker::setProblem(const QString &text)
{
    m_status->setText(text);
    m_status->show();
}

bool AgentPicker::choose(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0 || !m_model->agentAt(row).isActive)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row));
    if (!index.isValid())
        return false;
    m_list->setCurrentIndex(index);
    return true;
}

Agent AgentPicker::currentAgent() const
{
    const QModelIndex index = m_filter->mapToSource(m_list->currentIndex());
    return index.isValid() ? m_model->agentAt(index.row()) : Agent();
}

void AgentPicker::handleCurrentChanged()
{
    const Agent agent = currentAgent();
    if (!agent.id.isEmpty() && agent.isActive)
        emit agentChosen(agent);
}
