// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcome"));
    auto *text = new QLabel(
        tr("Welcome to Pharen Chat. To talk to your own agents, add a workspace: the address of "
           "your Pharen Hub and an API key. An API key is a secret that lets this app use your "
           "workspace's agents on your behalf; create one in Pharen Hub under Settings → API "
           "Keys, with the scopes agents:read and agents:run. Until then, the local demo server "
           "on this computer answers with simulated agents."),
        this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    auto *addWorkspace = new QPushButton(tr("Add a workspace…"), this);
    addWorkspace->setObjectName(QStringLiteral("welcomeAddWorkspace"));
    auto *tryDemo = new QPushButton(tr("Try the local demo server"), this);
    tryDemo->setObjectName(QStringLiteral("welcomeDemo"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addWorkspace);
    buttons->addWidget(tryDemo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(buttons);
    connect(addWorkspace, &QPushButton::clicked, this, &WelcomeView::addWorkspaceRequested);
    connect(tryDemo, &QPushButton::clicked, this, &WelcomeView::demoRequested);
}
