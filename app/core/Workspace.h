// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// One Pharen Hub a person works with: a name they chose, the origin, an optional team id. The id
// is made once and never changes, so that renaming a workspace or moving it to another origin
// keeps its keychain entry. The API key is not here: it lives in the keychain under
// keychainEntry().
struct Workspace
{
    QString id;
    QString name;
    QUrl origin;
    QString teamId;

    bool isValid() const { return !id.isEmpty(); }
    QString keychainEntry() const { return keychainEntryFor(id); }
    static QString keychainEntryFor(const QString &id) { return u"workspace/" + id; }
};
