// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSchema.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace StoreSchema {

QStringList migration(int version)
{
    switch (version) {
    case 1:
        // Times are milliseconds since the epoch, UTC. States are the names in StoredState.
        return {
            u"CREATE TABLE conversations ("
            " id INTEGER PRIMARY KEY,"
            " agent_id TEXT NOT NULL DEFAULT '',"
            " agent_name TEXT NOT NULL DEFAULT '',"
            " server_id TEXT NOT NULL DEFAULT '',"
            " title TEXT NOT NULL DEFAULT '',"
            " pinned INTEGER NOT NULL DEFAULT 0,"
            " created_at INTEGER NOT NULL,"
            " updated_at INTEGER NOT NULL,"
            " model TEXT NOT NULL DEFAULT '',"
            " thinking INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE TABLE messages ("
            " id INTEGER PRIMARY KEY,"
            " conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " role TEXT NOT NULL,"
            " text TEXT NOT NULL DEFAULT '',"
            " reasoning TEXT NOT NULL DEFAULT '',"
            " state TEXT NOT NULL,"
            " run_id TEXT NOT NULL DEFAULT '',"
            " model TEXT NOT NULL DEFAULT '',"
            " created_at INTEGER NOT NULL,"
            " updated_at INTEGER NOT NULL,"
            " error_kind INTEGER NOT NULL DEFAULT 0,"
            " error_status INTEGER NOT NULL DEFAULT 0,"
            " error_text TEXT NOT NULL DEFAULT '',"
            " conversation_lost INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX messages_by_conversation ON messages(conversation_id, position)"_s,
            u"CREATE INDEX conversations_by_update ON conversations(updated_at)"_s,
        };
    case 2:
        // Full-text search over the messages' text, kept in step by triggers.
        return {
            u"CREATE VIRTUAL TABLE messages_fts USING fts5(text, content='messages',"
            " content_rowid='id', tokenize='unicode61 remove_diacritics 2')"_s,
            u"CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
            " INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END"_s,
            u"CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
            " INSERT INTO messages_fts(messages_fts, rowid, text)"
            " VALUES ('delete', old.id, old.text); END"_s,
            u"CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages BEGIN"
            " INSERT INTO messages_fts(messages_fts, rowid, text)"
            " VALUES ('delete', old.id, old.text);"
            " INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END"_s,
            u"INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"_s,
        };
    case 3:
        // Drafts, deletion that can be undone, and small values such as the last conversation.
        return {
            u"ALTER TABLE conversations ADD COLUMN draft TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE conversations ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0"_s,
            u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        };
    case 4:
        // Finding answers that were streaming when the app ended must not read every message.
        return {
            u"CREATE INDEX messages_streaming ON messages(state) WHERE state = 'streaming'"_s,
        };
    case 5:
        // Each conversation belongs to one workspace; the list and the search show the active
        // one's. Rows from before have none until ConversationStore::claimUnassigned() runs.
        return {
            u"ALTER TABLE conversations ADD COLUMN workspace_id TEXT NOT NULL DEFAULT ''"_s,
            u"CREATE INDEX conversations_by_workspace ON conversations(workspace_id, updated_at)"_s,
        };
    default:
        return {};
    }
}

bool migrate(QSqlDatabase &db, int from, QString *error)
{
    for (int version = from + 1; version <= CurrentVersion; ++version) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery query(db);
        bool ok = true;
        for (const QString &statement : migration(version)) {
            if (!query.exec(statement)) {
                *error = u"migration %1: %2"_s.arg(version).arg(query.lastError().text());
                ok = false;
                break;
            }
        }
        if (ok && !query.exec(u"PRAGMA user_version = %1"_s.arg(version))) {
            *error = query.lastError().text();
            ok = false;
        }
        query.finish();
        if (!ok || !db.commit()) {
            if (ok)
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}

namespace {

qint64 pageSizeOf(const uchar *header)
{
    const qint64 size = qFromBigEndian<quint16>(header + 16);
    return size == 1 ? 65536 : size;
}

} // namespace

QString inspectFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    const qint64 size = file.size();
    // An empty file is what a truncation to nothing leaves; Pharen Chat never leaves one.
    if (size < 100)
        return u"the file is only %1 bytes long"_s.arg(size);
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return u"the file is not an SQLite database"_s;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const qint64 pageSize = pageSizeOf(bytes);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return u"the header names an impossible page size"_s;
    if (size % pageSize != 0)
        return u"the file ends in the middle of a page"_s;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pages = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (changeCounter == validFor && qint64(pages) * pageSize > size)
        return u"the file is shorter than its header says"_s;
    return {};
}

void makeReadable(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() < 100)
        return;
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return;
    const qint64 pageSize = pageSizeOf(reinterpret_cast<const uchar *>(header.constData()));
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return;
    file.resize(file.size() / pageSize * pageSize);
    // "Version valid for" no longer matching the change counter makes the header size invalid.
    const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    uchar invalid[4];
    qToBigEndian<quint32>(changeCounter + 1, invalid);
    file.seek(92);
    file.write(reinterpret_cast<const char *>(invalid), 4);
}

} // namespace StoreSchema
