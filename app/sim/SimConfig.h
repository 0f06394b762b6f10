// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What the command line chose; per-request switches override the pace.
struct SimConfig
{
    static constexpr auto defaultDemoKey = "phk_demo_local_simulator";

    quint16 port = 0;
    double tokensPerSecond = 40;
    QString demoKey = QString::fromLatin1(defaultDemoKey);
    int extraAgents = 0;
};
