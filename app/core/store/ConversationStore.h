// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoredConversation.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

// Pharen Chat's own copy of every conversation, because the service offers no way to fetch old
// ones: one SQLite file in WAL mode with foreign keys on, migrated by number (StoreSchema) after a
// copy of the file is taken, and a full-text index over the messages.
//
// Every write is one short transaction. A write that fails is reported through writeFailed() and
// nothing already saved is touched. A damaged file is moved aside, never replaced silently: what
// can be read from it is copied into a new database and the report says so. Nothing here ever
// sees the API key.
class ConversationStore : public QObject
{
    Q_OBJECT

public:
    enum class OpenStatus
    {
        Opened,      // as it was, or newly created
        Migrated,    // from an older schema, after a copy was taken (backupPath)
        Recovered,   // damaged: moved to damagedPath, what could be read copied into a new file
        NewerSchema, // written by a newer Pharen Chat: left untouched and not opened
        Failed,      // cannot be opened or created; see error
    };

    struct OpenReport
    {
        OpenStatus status = OpenStatus::Failed;
        QString error;       // what SQLite or the file system said, for Failed and Recovered
        QString backupPath;  // Migrated: the copy taken before
        QString damagedPath; // Recovered: where the damaged file now is
        int fromVersion = 0;
        int recoveredConversations = 0;
        int recoveredMessages = 0;
        int interruptedAnswers = 0; // answers that were streaming when the app last stopped
    };

    struct Options
    {
        // Makes SQLite refuse every write, as a disk that refuses writes would; for tests that
        // cannot take write permission away (root ignores file modes).
        bool refuseWrites = false;
    };

    explicit ConversationStore(QObject *parent = nullptr);
    ~ConversationStore() override;

    // The standard application data location.
    static QString defaultPath();

    OpenReport open(const QString &path, const Options &options);
    OpenReport open(const QString &path) { return open(path, Options()); }
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }

    // The workspace whose conversations are listed and searched, and to which new and imported
    // ones belong. Changing it tells the listeners (conversationsChanged).
    void setWorkspace(const QString &workspaceId);
    QString workspace() const { return m_workspace; }
    // Conversations that belong to no workspace (saved before workspaces existed, or read back
    // from a damaged file) become the current workspace's; how many did.
    int claimUnassigned();
    // Every conversation of workspace `from` moves to `to` (a workspace is being removed, and its
    // history must not become unreachable); how many did.
    int moveWorkspace(const QString &from, const QString &to);

    // The current workspace's, not deleted, most recently updated first; the draft is left out.
    QList<StoredConversation> conversations() const;
    std::optional<StoredConversation> conversation(qint64 id) const;
    QList<StoredMessage> messages(qint64 conversationId) const;
    // Newest hits first, in the current workspace. `text` is words as a person types them; the
    // last one matches as a prefix.
    QList<SearchHit> search(const QString &text, int limit = 100) const;

    // A new conversation; its id, or 0 when it could not be saved.
    qint64 createConversation(const StoredConversation &conversation);
    // Agent, server id, model and thinking of `conversation.id`, updated now.
    bool updateConversation(const StoredConversation &conversation);
    bool rename(qint64 id, const QString &title);
    bool setPinned(qint64 id, bool pinned);
    // Hidden at once and purged at the next open; setDeleted(id, false) brings it back.
    bool setDeleted(qint64 id, bool deleted);
    // 0 is the draft of a new conversation that has not been saved yet, one per workspace.
    bool setDraft(qint64 id, const QString &draft);
    QString draft(qint64 id) const;

    // Appends a message; its id, or 0. The conversation's update time moves with it.
    qint64 addMessage(const StoredMessage &message);
    // Text, reasoning, state, run id, error and update time of `message.id`.
    bool updateMessage(const StoredMessage &message);
    // A whole conversation in one transaction (import, tests, the benchmark); its id, or 0.
    qint64 insertConversation(const StoredConversation &conversation,
                              const QList<StoredMessage> &messages);

    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value);

    QString lastError() const { return m_lastError; }

signals:
    // A write did not reach the disk. Emitted for every failed write; the text is SQLite's.
    void writeFailed(const QString &reason);
    // The list of conversations changed (created, renamed, pinned, deleted, a message added).
    void conversationsChanged();

private:
    bool connectTo(const QString &path, const Options &options);
    OpenReport recover(const QString &path, const QString &reason, const Options &options);
    void copyFromDamaged(const QString &copyPath, OpenReport *report);
    bool write(const std::function<bool(QSqlQuery &)> &work);
    // One column of one conversation row, in one transaction; listeners are told on success.
    bool updateColumn(qint64 id, QStringView column, const QVariant &value);
    QString newDraftKey() const;
    // Moves every conversation of workspace `from` to `to`; how many moved, -1 on failure.
    int reassign(const QString &from, const QString &to);
    bool fail(const QString &reason);

    QString m_connection;
    QSqlDatabase m_db;
    QString m_path;
    QString m_workspace;
    QString m_lastError;
};
