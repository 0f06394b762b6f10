// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

// Every text the application's widgets hold for a person to read, to search for a secret: labels,
// buttons, line edits, whole documents with their links' targets and tool tips, the rows of item
// views, window titles, tool tips, status bar messages and the texts of message boxes. Hidden
// widgets count too: what a widget holds is one click from being shown.
namespace ShownText {

QStringList collect();

// Collects the texts of any message box that becomes modal, then closes it, so that a box the
// application opens on its own neither blocks the test nor escapes the search.
class BoxWatcher : public QObject
{
public:
    BoxWatcher();
    QStringList texts() const { return m_texts; }

private:
    void look();

    QTimer m_timer;
    QStringList m_texts;
};

} // namespace ShownText
