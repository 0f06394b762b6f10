// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

// Shown on the first run, while there is no workspace: what an API key is, where to create one in
// Pharen Hub, and the local demo server to try meanwhile.
class WelcomeView : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeView(QWidget *parent = nullptr);

signals:
    void addWorkspaceRequested();
    void demoRequested();
};
