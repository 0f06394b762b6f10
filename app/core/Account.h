// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Workspace.h"

#include <QString>
#include <QUrl>

// Where requests go and what proves who sends them. Lives in memory only: the API key comes from
// the keychain or the environment and is never written to settings.
struct Account
{
    QUrl origin;
    QString apiKey;
    QString teamId;
    QString workspaceId =
        {}; // empty: an account not kept as a workspace (the command line's --origin)

    bool isUsable() const { return origin.isValid() && !apiKey.isEmpty(); }

    // A key as people paste it: surrounding space trimmed, and a copied "Bearer " prefix dropped.
    static QString cleanKey(const QString &typed)
    {
        QString key = typed.trimmed();
        if (key.startsWith(u"Bearer ", Qt::CaseInsensitive))
            key = key.mid(7).trimmed();
        return key;
    }

    // The keychain entry of this account's key: one per workspace, named by its stable id (see
    // Workspace); without a workspace, one per origin and team, as before workspaces existed, so
    // that two hubs never share a key by accident.
    QString keychainEntry() const
    {
        if (!workspaceId.isEmpty())
            return Workspace::keychainEntryFor(workspaceId);
        return teamId.isEmpty() ? origin.toString() : origin.toString() + u'#' + teamId;
    }
};
