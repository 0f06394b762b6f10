// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// Decides what happens to a link in an answer when it is clicked. Only http, https and mailto
// open, through the desktop; when the text shown for the link reads like an address other than
// where it leads, the real target is shown first and the user decides.
namespace LinkGuard {

enum class Verdict
{
    Open,
    Confirm,
    Refuse,
};

Verdict judge(const QUrl &target, const QString &visibleText);
// The address that `text` names, when it reads like one; empty otherwise.
QUrl addressIn(const QString &text);

} // namespace LinkGuard
