// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Workspace.h"

#include <QList>
#include <QObject>
#include <QSettings>
#include <QUrl>

#include <memory>
#include <optional>

// Every persistent preference in one place, typed, with its default and a change signal: the
// workspaces (name, origin, team id; one of them active) and the preferences that apply to all of
// them. The API key is deliberately absent: it lives in the keychain (KeyStore), never here.
class Settings : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutSeconds = 120;

    // The platform's usual settings location.
    explicit Settings(QObject *parent = nullptr);
    // A given file: tests and `--settings` use this.
    explicit Settings(const QString &filePath, QObject *parent = nullptr);

    QString fileName() const { return m_store->fileName(); }

    // Workspaces, in the order they were added.
    QList<Workspace> workspaces() const;
    std::optional<Workspace> workspace(const QString &id) const;
    // A new workspace with a fresh id; it becomes active when none is.
    Workspace addWorkspace(const QString &name, const QUrl &origin, const QString &teamId = {});
    // Name, origin and team id of the workspace with `workspace.id`; false when there is none.
    bool updateWorkspace(const Workspace &workspace);
    // Forgets the workspace; when it was active, the first remaining one becomes active.
    bool removeWorkspace(const QString &id);
    QString activeWorkspaceId() const; // empty: none (the demo server, or a first run)
    void setActiveWorkspaceId(const QString &id);
    Workspace activeWorkspace() const; // invalid when none is active
    // The keychain entry a migrated workspace's key had before workspaces existed; empty when the
    // key has been moved (or there never was one).
    QString legacyKeychainEntry(const QString &id) const;
    void forgetLegacyKeychainEntry(const QString &id);

    // The active workspace's origin and team id, for callers that know one account only (the
    // command line). setOrigin() creates a workspace when none is active; an empty origin makes
    // none active.
    QUrl origin() const;
    void setOrigin(const QUrl &origin);
    QString teamId() const;
    void setTeamId(const QString &teamId);

    // Preferences shared by all workspaces.
    QString lastAgentId() const;
    void setLastAgentId(const QString &id);
    bool thinking() const; // Thinking on for a new conversation
    void setThinking(bool on);
    QString model() const; // the default model; empty: the agent's
    void setModel(const QString &model);
    bool streaming() const; // ask for a streamed answer
    void setStreaming(bool on);
    // The reasoning section stays open after the answer starts, when the user chose so.
    bool keepReasoningOpen() const;
    void setKeepReasoningOpen(bool keep);
    int inactivityTimeoutSeconds() const;
    void setInactivityTimeoutSeconds(int seconds);
    QString language() const; // empty: the system's
    void setLanguage(const QString &language);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    void sync() { m_store->sync(); }

signals:
    // A workspace was added, renamed, changed or removed.
    void workspacesChanged();
    // Another workspace (or none) is active now.
    void activeWorkspaceChanged(const QString &id);
    // The active workspace's origin or team id changed, or another one became active.
    void accountChanged();
    void preferencesChanged();
    void languageChanged();

private:
    void migrate();
    QStringList workspaceIds() const;
    void setWorkspaceIds(const QStringList &ids);
    template<typename T>
    T value(const QString &key, const T &fallback) const;
    bool store(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_store;
};
