// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceKeys.h"

#include "KeyStore.h"
#include "Log.h"
#include "Settings.h"
#include "Workspace.h"

WorkspaceKeys::WorkspaceKeys(Settings *settings,
                             KeyStore *keychain,
                             const QString &keyFilePath,
                             QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_file(keyFilePath)
{
    connect(keychain, &KeyStore::keyRead, this, &WorkspaceKeys::handleRead);
    connect(keychain, &KeyStore::keyMissing, this, &WorkspaceKeys::handleMissing);
    connect(keychain, &KeyStore::keyWritten, this, &WorkspaceKeys::handleWritten);
    connect(keychain, &KeyStore::failed, this, &WorkspaceKeys::handleFailed);
}

void WorkspaceKeys::find(const QString &workspaceId)
{
    if (const QString known = m_session.value(workspaceId); !known.isEmpty()) {
        emit found(workspaceId, known);
        return;
    }
    const QString entry = Workspace::keychainEntryFor(workspaceId);
    if (const QString kept = m_file.read(entry); !kept.isEmpty()) {
        // The user chose a file when there was no keychain; moveFileKeys() tried the keychain.
        remember(workspaceId, kept);
        emit found(workspaceId, kept);
        return;
    }
    m_keychain->read(entry);
}

void WorkspaceKeys::moveFileKeys()
{
    for (const Workspace &workspace : m_settings->workspaces()) {
        if (const QString kept = m_file.read(workspace.keychainEntry()); !kept.isEmpty()) {
            Redact::registerSecret(kept);
            m_keychain->write(workspace.keychainEntry(), kept);
        }
    }
}

void WorkspaceKeys::save(const QString &workspaceId, const QString &key)
{
    remember(workspaceId, key);
    m_keychain->write(Workspace::keychainEntryFor(workspaceId), key);
}

void WorkspaceKeys::forget(const QString &workspaceId)
{
    // Still scrubbed from text for the rest of the session: another workspace may use it too.
    m_session.remove(workspaceId);
    const QString entry = Workspace::keychainEntryFor(workspaceId);
    m_keychain->remove(entry);
    m_file.remove(entry);
    if (const QString old = m_settings->legacyKeychainEntry(workspaceId); !old.isEmpty()) {
        m_keychain->remove(old);
        m_settings->forgetLegacyKeychainEntry(workspaceId);
    }
}

bool WorkspaceKeys::keepInFile(const QString &workspaceId, QString *problem)
{
    const QString key = m_session.value(workspaceId);
    if (key.isEmpty())
        return false;
    return m_file.write(Workspace::keychainEntryFor(workspaceId), key, problem);
}

bool WorkspaceKeys::isInFile(const QString &workspaceId) const
{
    return !workspaceId.isEmpty() && m_file.contains(Workspace::keychainEntryFor(workspaceId));
}

void WorkspaceKeys::remember(const QString &workspaceId, const QString &key)
{
    // Known to the redaction from the moment it is known here: a log line, a crash or a server
    // quoting it back can then never show it.
    Redact::registerSecret(key);
    m_session.insert(workspaceId, key);
}

QString WorkspaceKeys::workspaceOf(const QString &entry, bool *legacy) const
{
    *legacy = false;
    // A workspace removed while the keychain was still answering for it is no one's any more.
    const QString prefix = Workspace::keychainEntryFor(QString());
    if (entry.startsWith(prefix)) {
        const QString id = entry.mid(prefix.size());
        return m_settings->workspace(id) ? id : QString();
    }
    for (const Workspace &workspace : m_settings->workspaces()) {
        if (m_settings->legacyKeychainEntry(workspace.id) == entry) {
            *legacy = true;
            return workspace.id;
        }
    }
    return {};
}

void WorkspaceKeys::handleRead(const QString &entry, const QString &key)
{
    bool legacy = false;
    const QString id = workspaceOf(entry, &legacy);
    if (id.isEmpty())
        return;
    remember(id, key);
    if (legacy) // the old entry goes once this one is written
        m_keychain->write(Workspace::keychainEntryFor(id), key);
    emit found(id, key);
}

void WorkspaceKeys::handleMissing(const QString &entry)
{
    bool legacy = false;
    const QString id = workspaceOf(entry, &legacy);
    if (id.isEmpty())
        return;
    const QString old = m_settings->legacyKeychainEntry(id);
    if (!legacy && !old.isEmpty()) {
        // Saved before workspaces existed: look under the old name once.
        m_keychain->read(old);
        return;
    }
    if (legacy)
        m_settings->forgetLegacyKeychainEntry(id);
    emit missing(id);
}

void WorkspaceKeys::handleWritten(const QString &entry)
{
    bool legacy = false;
    const QString id = workspaceOf(entry, &legacy);
    if (id.isEmpty() || legacy)
        return;
    if (m_file.contains(entry)) {
        // A keychain answers now: the copy in the file is no longer needed.
        QString problem;
        m_file.remove(entry, &problem);
        emit movedFromFile(id, problem);
        return;
    }
    // A key found under its name from before workspaces now lives under the workspace.
    if (const QString old = m_settings->legacyKeychainEntry(id); !old.isEmpty()) {
        m_keychain->remove(old);
        m_settings->forgetLegacyKeychainEntry(id);
    }
    emit saved(id);
}

void WorkspaceKeys::handleFailed(const QString &entry, const QString &reason)
{
    bool legacy = false;
    const QString id = workspaceOf(entry, &legacy);
    if (id.isEmpty())
        return;
    const QString key = m_session.value(id);
    if (m_file.contains(entry)) {
        // Still no keychain: the key stays in the file the user chose, and a key typed since
        // replaces the one there, as the keychain's would have.
        qCInfo(lcKeychain) << "no keychain yet; the API key stays in its file";
        QString problem;
        if (!key.isEmpty() && m_file.read(entry) != key && !m_file.write(entry, key, &problem))
            emit notSaved(id, problem);
        return;
    }
    if (key.isEmpty())
        emit unreadable(id, reason);
    else
        emit notSaved(id, reason);
}
