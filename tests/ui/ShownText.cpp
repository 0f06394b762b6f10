// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShownText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>

namespace {

void addDocument(const QTextDocument *document, QStringList &texts)
{
    texts << document->toPlainText();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            texts << format.toolTip() << format.anchorHref();
        }
    }
}

void addModel(const QAbstractItemModel *model, const QModelIndex &parent, QStringList &texts)
{
    if (!model)
        return;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (const int role : {int(Qt::DisplayRole),
                                   int(Qt::ToolTipRole),
                                   int(Qt::StatusTipRole),
                                   int(Qt::WhatsThisRole),
                                   int(Qt::AccessibleTextRole)})
                texts << index.data(role).toString();
            if (column == 0)
                addModel(model, index, texts);
        }
    }
}

void addMessageBox(const QMessageBox *box, QStringList &texts)
{
    texts << box->text() << box->informativeText() << box->detailedText();
}

} // namespace

QStringList ShownText::collect()
{
    QStringList texts;
    for (QWidget *widget : QApplication::allWidgets()) {
        texts << widget->windowTitle() << widget->toolTip() << widget->statusTip()
              << widget->whatsThis() << widget->accessibleName() << widget->accessibleDescription();
        for (const QAction *action : widget->actions())
            texts << action->text() << action->toolTip() << action->statusTip();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            texts << line->text() << line->placeholderText();
        if (auto *edit = qobject_cast<QTextEdit *>(widget))
            addDocument(edit->document(), texts);
        if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            addDocument(plain->document(), texts);
        if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            addModel(view->model(), view->rootIndex(), texts);
        if (auto *box = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < box->count(); ++i)
                texts << box->itemText(i);
        }
        if (auto *window = qobject_cast<QMainWindow *>(widget))
            texts << window->statusBar()->currentMessage();
        if (auto *box = qobject_cast<QMessageBox *>(widget))
            addMessageBox(box, texts);
    }
    texts.removeAll(QString());
    return texts;
}

ShownText::BoxWatcher::BoxWatcher()
{
    m_timer.setInterval(20);
    connect(&m_timer, &QTimer::timeout, this, &BoxWatcher::look);
    m_timer.start();
}

void ShownText::BoxWatcher::look()
{
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    if (!box)
        return;
    addMessageBox(box, m_texts);
    box->reject();
}
