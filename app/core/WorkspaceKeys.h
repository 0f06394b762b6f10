// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyFile.h"

#include <QHash>
#include <QObject>

class KeyStore;
class Settings;

// Where each workspace's API key comes from and goes to. Looked up in this order: this session's
// memory, the file the user chose when there was no keychain, the keychain under the workspace's
// entry, and once the keychain under the name a key had before workspaces existed. A key found
// under the old name, or in the file, is written under the workspace's entry and removed from
// where it was once that write succeeds.
//
// The keychain answers asynchronously; the answers come as signals. Reasons are in the user's
// language and never contain the key.
class WorkspaceKeys : public QObject
{
    Q_OBJECT

public:
    WorkspaceKeys(Settings *settings,
                  KeyStore *keychain,
                  const QString &keyFilePath,
                  QObject *parent = nullptr);

    // Emits found() (at once when the key is known already), missing() or unreadable().
    void find(const QString &workspaceId);
    // Keeps `key` for this session and writes it to the keychain: saved() or notSaved().
    void save(const QString &workspaceId, const QString &key);
    // Tries to write every key kept in the file to the keychain; each one that is written leaves
    // the file (movedFromFile()).
    void moveFileKeys();
    // The workspace is removed: its key leaves memory, the keychain and the file.
    void forget(const QString &workspaceId);
    // The user's explicit choice, after a warning, when the keychain could not save the key.
    bool keepInFile(const QString &workspaceId, QString *problem);
    bool isInFile(const QString &workspaceId) const;
    QString filePath() const { return m_file.path(); }
    // The keys this session holds, by workspace id. Memory only.
    QHash<QString, QString> known() const { return m_session; }

signals:
    void found(const QString &workspaceId, const QString &key);
    void missing(const QString &workspaceId);
    void unreadable(const QString &workspaceId, const QString &reason);
    // In the keychain now (typed, or moved there from its old name).
    void saved(const QString &workspaceId);
    // The keychain refused it; it is kept in memory for this session only.
    void notSaved(const QString &workspaceId, const QString &reason);
    // A keychain answers now, and the key kept in a file moved into it; the file copy is gone,
    // or, when `problem` is not empty, could not be removed.
    void movedFromFile(const QString &workspaceId, const QString &problem);

private:
    void remember(const QString &workspaceId, const QString &key);
    void handleRead(const QString &entry, const QString &key);
    void handleMissing(const QString &entry);
    void handleWritten(const QString &entry);
    void handleFailed(const QString &entry, const QString &reason);
    // The workspace whose entry (or entry from before workspaces) this is; empty when none.
    QString workspaceOf(const QString &entry, bool *legacy) const;

    Settings *m_settings;
    KeyStore *m_keychain;
    KeyFile m_file;
    QHash<QString, QString> m_session;
};
