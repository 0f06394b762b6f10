// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationStore.h"

#include "StoreSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// The category Log.h names lcStore; this library cannot link pharen_core, so it has its own
// object under the same name, and the same logging rules apply to both.
Q_LOGGING_CATEGORY(lcStore, "pharen.store", QtInfoMsg)

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime();
}

const QString ConversationColumns =
    u"id, agent_id, agent_name, server_id, title, pinned, created_at, updated_at, model, "
    "thinking"_s;
const QString MessageColumns =
    u"id, conversation_id, position, role, text, reasoning, state, run_id, model, created_at, "
    "updated_at, error_kind, error_status, error_text, conversation_lost"_s;

// A null QString binds as NULL, which the NOT NULL columns refuse.
QString nn(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

StoredConversation readConversation(const QSqlQuery &query)
{
    StoredConversation c;
    c.id = query.value(0).toLongLong();
    c.agentId = query.value(1).toString();
    c.agentName = query.value(2).toString();
    c.serverId = query.value(3).toString();
    c.title = query.value(4).toString();
    c.pinned = query.value(5).toBool();
    c.createdAt = fromMs(query.value(6).toLongLong());
    c.updatedAt = fromMs(query.value(7).toLongLong());
    c.model = query.value(8).toString();
    c.thinking = query.value(9).toBool();
    return c;
}

StoredMessage readMessage(const QSqlQuery &query)
{
    StoredMessage m;
    m.id = query.value(0).toLongLong();
    m.conversationId = query.value(1).toLongLong();
    m.position = query.value(2).toInt();
    m.fromUser = query.value(3).toString() == u"user";
    m.text = query.value(4).toString();
    m.reasoning = query.value(5).toString();
    m.state = StoredState::fromName(query.value(6).toString());
    m.runId = query.value(7).toString();
    m.model = query.value(8).toString();
    m.createdAt = fromMs(query.value(9).toLongLong());
    m.updatedAt = fromMs(query.value(10).toLongLong());
    m.errorKind = query.value(11).toInt();
    m.errorStatus = query.value(12).toInt();
    m.errorText = query.value(13).toString();
    m.conversationLost = query.value(14).toBool();
    return m;
}

void bindMessage(QSqlQuery &query, const StoredMessage &m)
{
    query.bindValue(u":conversation"_s, m.conversationId);
    query.bindValue(u":position"_s, m.position);
    query.bindValue(u":role"_s, m.fromUser ? u"user"_s : u"agent"_s);
    query.bindValue(u":text"_s, nn(m.text));
    query.bindValue(u":reasoning"_s, nn(m.reasoning));
    query.bindValue(u":state"_s, StoredState::name(m.state));
    query.bindValue(u":run"_s, nn(m.runId));
    query.bindValue(u":model"_s, nn(m.model));
    query.bindValue(u":created"_s, toMs(m.createdAt));
    query.bindValue(u":updated"_s, toMs(m.updatedAt));
    query.bindValue(u":errorKind"_s, m.errorKind);
    query.bindValue(u":errorStatus"_s, m.errorStatus);
    query.bindValue(u":errorText"_s, nn(m.errorText));
    query.bindValue(u":lost"_s, m.conversationLost ? 1 : 0);
}

const QString InsertMessage =
    u"INSERT INTO messages (conversation_id, position, role, text, reasoning, state, run_id, "
    "model, created_at, updated_at, error_kind, error_status, error_text, conversation_lost) "
    "VALUES (:conversation, :position, :role, :text, :reasoning, :state, :run, :model, :created, "
    ":updated, :errorKind, :errorStatus, :errorText, :lost)"_s;

// Words as typed, made safe for an FTS5 query: each one quoted, the last one a prefix.
QString matchExpression(const QString &text)
{
    QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (QString &word : words) {
        word.replace(u'"', u"\"\""_s);
        word = u'"' + word + u'"';
    }
    if (!words.isEmpty())
        words.last() += u'*';
    return words.join(u' ');
}

} // namespace

ConversationStore::ConversationStore(QObject *parent)
    : QObject(parent)
    , m_connection(u"pharen-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

ConversationStore::~ConversationStore()
{
    close();
}

QString ConversationStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/conversations.sqlite"_s;
}

void ConversationStore::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool ConversationStore::connectTo(const QString &path, const Options &options)
{
    close();
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        m_lastError = m_db.lastError().text();
        close();
        return false;
    }
    // The conversations are the user's alone; SQLite gives its journal files the same mode.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlQuery query(m_db);
    const QStringList pragmas = {
        u"PRAGMA busy_timeout = 5000"_s,
        u"PRAGMA journal_mode = WAL"_s,
        // In WAL mode a commit survives a killed process; NORMAL only risks the last commits on
        // power loss, never the file's integrity.
        u"PRAGMA synchronous = NORMAL"_s,
        u"PRAGMA foreign_keys = ON"_s,
        u"SELECT count(*) FROM sqlite_master"_s,
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            m_lastError = query.lastError().text();
            query.finish();
            close();
            return false;
        }
    }
    if (options.refuseWrites)
        query.exec(u"PRAGMA query_only = ON"_s);
    return true;
}

ConversationStore::OpenReport ConversationStore::open(const QString &path, const Options &options)
{
    OpenReport report;
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        report.error = tr("The folder %1 cannot be created.").arg(info.absolutePath());
        return report;
    }
    const QString damage = StoreSchema::inspectFile(path);
    if (!damage.isEmpty())
        return recover(path, damage, options);
    const bool existed = info.exists();
    if (!connectTo(path, options)) {
        if (existed)
            return recover(path, m_lastError, options);
        report.error = m_lastError;
        return report;
    }
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        const QString reason = query.lastError().text();
        query.finish();
        return recover(path, reason, options);
    }
    const int version = query.value(0).toInt();
    query.finish();
    report.fromVersion = version;
    if (version > StoreSchema::CurrentVersion) {
        close();
        report.status = OpenStatus::NewerSchema;
        return report;
    }
    report.status = OpenStatus::Opened;
    if (version > 0 && version < StoreSchema::CurrentVersion) {
        report.backupPath =
            u"%1.v%2-%3.bak"_s.arg(path,
                                   QString::number(version),
                                   QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
        QSqlQuery backup(m_db);
        backup.prepare(u"VACUUM INTO :path"_s);
        backup.bindValue(u":path"_s, report.backupPath);
        if (!backup.exec()) {
            report.status = OpenStatus::Failed;
            report.error = backup.lastError().text();
            close();
            return report;
        }
        report.status = OpenStatus::Migrated;
    }
    if (version < StoreSchema::CurrentVersion &&
        !StoreSchema::migrate(m_db, version, &report.error)) {
        report.status = OpenStatus::Failed;
        close();
        return report;
    }
    // Answers that were still arriving when the app last ended (a crash or a kill).
    if (query.exec(u"UPDATE messages SET state = 'interrupted' WHERE state = 'streaming'"_s))
        report.interruptedAnswers = query.numRowsAffected();
    query.exec(u"DELETE FROM conversations WHERE deleted = 1"_s);
    qCDebug(lcStore) << "opened" << path << "schema" << version << "->"
                     << StoreSchema::CurrentVersion;
    return report;
}

ConversationStore::OpenReport
ConversationStore::recover(const QString &path, const QString &reason, const Options &options)
{
    close();
    OpenReport report;
    report.status = OpenStatus::Recovered;
    report.error = reason;
    qCWarning(lcStore) << "damaged database:" << reason;
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    report.damagedPath = u"%1.damaged-%2"_s.arg(path, stamp);
    // The damaged file and its write-ahead log move aside together, so that they still fit.
    if (!QFile::rename(path, report.damagedPath)) {
        report.status = OpenStatus::Failed;
        report.error = tr("The damaged file %1 cannot be moved aside.").arg(path);
        return report;
    }
    if (QFile::exists(path + u"-wal"_s))
        QFile::rename(path + u"-wal"_s, report.damagedPath + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);

    if (!connectTo(path, Options()) || !StoreSchema::migrate(m_db, 0, &m_lastError)) {
        report.status = OpenStatus::Failed;
        report.error = m_lastError;
        close();
        return report;
    }
    // Read from a copy: the damaged file itself stays exactly as it was found.
    const QString copy = path + u".recovering"_s;
    QFile::remove(copy);
    QFile::remove(copy + u"-wal"_s);
    if (QFile::copy(report.damagedPath, copy)) {
        if (QFile::exists(report.damagedPath + u"-wal"_s))
            QFile::copy(report.damagedPath + u"-wal"_s, copy + u"-wal"_s);
        StoreSchema::makeReadable(copy);
        copyFromDamaged(copy, &report);
    }
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(copy + suffix);
    if (options.refuseWrites)
        connectTo(path, options);
    qCWarning(lcStore) << "recovered" << report.recoveredConversations << "conversations and"
                       << report.recoveredMessages << "messages";
    return report;
}

void ConversationStore::copyFromDamaged(const QString &copyPath, OpenReport *report)
{
    QSqlQuery query(m_db);
    query.prepare(u"ATTACH DATABASE :path AS damaged"_s);
    query.bindValue(u":path"_s, copyPath);
    if (!query.exec())
        return;
    // Everything readable is collected first, row by row so that what comes before a bad page is
    // kept, and written after the damaged file is detached: a transaction that has read a damaged
    // page cannot commit.
    QList<QVariantList> conversations;
    QMap<qint64, QVariantList> messages;
    auto collect = [](QSqlQuery &rows, int columns, auto &&keep) {
        qint64 last = -1;
        while (rows.next()) {
            QVariantList row;
            for (int i = 0; i < columns; ++i)
                row.append(rows.value(i));
            last = row.first().toLongLong();
            keep(std::move(row));
        }
        const bool failed = rows.lastError().isValid();
        rows.finish();
        return failed ? -1 : last;
    };
    auto keepMessage = [&messages](QVariantList row) {
        messages.insert(row.first().toLongLong(), std::move(row));
    };
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    // The draft and the workspace too, as far as the damaged file's schema has them: a
    // conversation must come back in the workspace it belonged to.
    for (const QString &extra : {u"draft, workspace_id"_s, u"draft, ''"_s, u"'', ''"_s}) {
        if (read.exec(u"SELECT %1, %2 FROM damaged.conversations ORDER BY id"_s.arg(
                ConversationColumns, extra))) {
            collect(read, 12, [&conversations](QVariantList row) { conversations.append(row); });
            break;
        }
    }
    // Messages by id in batches; where that stops at a bad page, each conversation's messages are
    // tried once more through the index.
    for (qint64 after = -1;;) {
        if (!read.exec(u"SELECT %1 FROM damaged.messages WHERE id > %2 ORDER BY id LIMIT 500"_s
                           .arg(MessageColumns)
                           .arg(after)))
            break;
        const qint64 last = collect(read, 15, keepMessage);
        if (last < 0)
            break;
        after = last;
    }
    for (const QVariantList &conversation : std::as_const(conversations)) {
        if (read.exec(
                u"SELECT %1 FROM damaged.messages WHERE conversation_id = %2"_s.arg(MessageColumns)
                    .arg(conversation.first().toLongLong())))
            collect(read, 15, keepMessage);
    }
    read.finish();
    if (!query.exec(u"DETACH DATABASE damaged"_s))
        qCWarning(lcStore) << "detach:" << query.lastError().text();
    query.finish();

    m_db.transaction();
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT OR IGNORE INTO conversations (%1, draft, workspace_id)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(ConversationColumns));
    for (const QVariantList &row : std::as_const(conversations)) {
        for (int i = 0; i < row.size(); ++i)
            insert.bindValue(i, row.at(i));
        if (insert.exec())
            ++report->recoveredConversations;
    }
    // A message whose conversation row was lost gets a conversation of its own.
    QSqlQuery orphan(m_db);
    orphan.prepare(u"INSERT OR IGNORE INTO conversations (id, title, created_at, updated_at) "
                   "VALUES (?, ?, ?, ?)"_s);
    insert.prepare(u"INSERT OR IGNORE INTO messages (%1) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(MessageColumns));
    for (const QVariantList &row : std::as_const(messages)) {
        orphan.bindValue(0, row.at(1));
        orphan.bindValue(1, tr("Recovered conversation"));
        orphan.bindValue(2, row.at(9));
        orphan.bindValue(3, row.at(10));
        if (orphan.exec() && orphan.numRowsAffected() > 0)
            ++report->recoveredConversations;
        for (int i = 0; i < row.size(); ++i)
            insert.bindValue(i, row.at(i));
        if (insert.exec() && insert.numRowsAffected() > 0)
            ++report->recoveredMessages;
    }
    insert.finish();
    orphan.finish();
    query.exec(u"UPDATE messages SET state = 'interrupted' WHERE state = 'streaming'"_s);
    if (!m_db.commit()) {
        qCWarning(lcStore) << "recovery not saved:" << m_db.lastError().text();
        m_db.rollback();
        report->recoveredConversations = 0;
        report->recoveredMessages = 0;
    }
}

bool ConversationStore::fail(const QString &reason)
{
    m_lastError = reason;
    qCWarning(lcStore) << "write failed:" << reason;
    emit writeFailed(reason);
    return false;
}

bool ConversationStore::write(const std::function<bool(QSqlQuery &)> &work)
{
    if (!m_db.isOpen())
        return fail(tr("No database is open."));
    if (!m_db.transaction())
        return fail(m_db.lastError().text());
    QSqlQuery query(m_db);
    if (!work(query)) {
        const QString reason = query.lastError().text();
        query.finish();
        m_db.rollback();
        return fail(reason);
    }
    query.finish();
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        m_db.rollback();
        return fail(reason);
    }
    return true;
}

void ConversationStore::setWorkspace(const QString &workspaceId)
{
    if (workspaceId == m_workspace)
        return;
    m_workspace = workspaceId;
    emit conversationsChanged();
}

int ConversationStore::claimUnassigned()
{
    if (m_workspace.isEmpty())
        return 0;
    // The new conversation's draft from before workspaces, too.
    const QString legacyDraft = u"new_conversation_draft"_s;
    if (const QString draft = value(legacyDraft); !draft.isEmpty() && this->draft(0).isEmpty()) {
        setValue(newDraftKey(), draft);
        setValue(legacyDraft, QString());
    }
    return reassign(QString(), m_workspace);
}

int ConversationStore::moveWorkspace(const QString &from, const QString &to)
{
    return from.isEmpty() || from == to ? 0 : reassign(from, to);
}

int ConversationStore::reassign(const QString &from, const QString &to)
{
    int moved = 0;
    const bool ok = write([&](QSqlQuery &query) {
        query.prepare(u"UPDATE conversations SET workspace_id = :to WHERE workspace_id = :from"_s);
        query.bindValue(u":to"_s, nn(to));
        query.bindValue(u":from"_s, nn(from));
        if (!query.exec())
            return false;
        moved = query.numRowsAffected();
        return true;
    });
    if (!ok)
        return -1;
    if (moved > 0)
        emit conversationsChanged();
    return moved;
}

QList<StoredConversation> ConversationStore::conversations() const
{
    QList<StoredConversation> result;
    if (!m_db.isOpen())
        return result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM conversations WHERE deleted = 0 AND workspace_id = :workspace"
                  " ORDER BY updated_at DESC"_s.arg(ConversationColumns));
    query.bindValue(u":workspace"_s, nn(m_workspace));
    if (!query.exec())
        return result;
    while (query.next())
        result.append(readConversation(query));
    return result;
}

std::optional<StoredConversation> ConversationStore::conversation(qint64 id) const
{
    if (!m_db.isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT %1, draft, (SELECT count(*) FROM messages WHERE conversation_id = c.id)"
        " FROM conversations c WHERE id = :id AND deleted = 0"_s.arg(ConversationColumns));
    query.bindValue(u":id"_s, id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    StoredConversation c = readConversation(query);
    c.draft = query.value(10).toString();
    c.messageCount = query.value(11).toLongLong();
    return c;
}

QList<StoredMessage> ConversationStore::messages(qint64 conversationId) const
{
    QList<StoredMessage> result;
    if (!m_db.isOpen())
        return result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT %1 FROM messages WHERE conversation_id = :id ORDER BY position, id"_s.arg(
            MessageColumns));
    query.bindValue(u":id"_s, conversationId);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(readMessage(query));
    return result;
}

QList<SearchHit> ConversationStore::search(const QString &text, int limit) const
{
    QList<SearchHit> result;
    const QString match = matchExpression(text);
    if (!m_db.isOpen() || match.isEmpty())
        return result;
    // The newest hits come straight from the index in rowid order; no ranking over all matches.
    // CROSS JOIN keeps the index as the outer loop, so that SQLite walks it backwards and stops
    // at `limit` hits of this workspace: no sort over every match, and a snippet only for those.
    // Known shortcoming: a word that matches very many messages of *other* workspaces is walked
    // through all of them (200,000 such matches take some 300 ms); a workspace column in the
    // full-text index would let the index skip them.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT f.rowid, m.conversation_id, m.position, c.title, c.agent_name,"
                  " snippet(messages_fts, 0, char(2), char(3), '…', 12), c.updated_at"
                  " FROM messages_fts f CROSS JOIN messages m CROSS JOIN conversations c"
                  " WHERE messages_fts MATCH :match AND m.id = f.rowid AND c.id = m.conversation_id"
                  " AND c.deleted = 0 AND c.workspace_id = :workspace"
                  " ORDER BY f.rowid DESC LIMIT :limit"_s);
    query.bindValue(u":match"_s, match);
    query.bindValue(u":workspace"_s, nn(m_workspace));
    query.bindValue(u":limit"_s, limit);
    if (!query.exec()) {
        qCDebug(lcStore) << "search failed:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        SearchHit hit;
        hit.messageId = query.value(0).toLongLong();
        hit.conversationId = query.value(1).toLongLong();
        hit.position = query.value(2).toInt();
        hit.title = query.value(3).toString();
        hit.agentName = query.value(4).toString();
        hit.snippet = query.value(5).toString();
        hit.updatedAt = fromMs(query.value(6).toLongLong());
        result.append(hit);
    }
    return result;
}

qint64 ConversationStore::createConversation(const StoredConversation &conversation)
{
    return insertConversation(conversation, {});
}

qint64 ConversationStore::insertConversation(const StoredConversation &c,
                                             const QList<StoredMessage> &messages)
{
    qint64 id = 0;
    const bool ok = write([&](QSqlQuery &query) {
        query.prepare(
            u"INSERT INTO conversations (agent_id, agent_name, server_id, title, pinned, "
            "created_at, updated_at, model, thinking, draft, workspace_id) VALUES (:agent, "
            ":agentName, :server, :title, :pinned, :created, :updated, :model, :thinking, :draft, "
            ":workspace)"_s);
        query.bindValue(u":workspace"_s, nn(m_workspace));
        query.bindValue(u":agent"_s, nn(c.agentId));
        query.bindValue(u":agentName"_s, nn(c.agentName));
        query.bindValue(u":server"_s, nn(c.serverId));
        query.bindValue(u":title"_s, nn(c.title));
        query.bindValue(u":pinned"_s, c.pinned ? 1 : 0);
        query.bindValue(u":created"_s, toMs(c.createdAt));
        query.bindValue(u":updated"_s, toMs(c.updatedAt));
        query.bindValue(u":model"_s, nn(c.model));
        query.bindValue(u":thinking"_s, c.thinking ? 1 : 0);
        query.bindValue(u":draft"_s, nn(c.draft));
        if (!query.exec())
            return false;
        id = query.lastInsertId().toLongLong();
        if (messages.isEmpty())
            return true;
        query.prepare(InsertMessage);
        for (StoredMessage m : messages) {
            m.conversationId = id;
            bindMessage(query, m);
            if (!query.exec())
                return false;
        }
        return true;
    });
    if (!ok)
        return 0;
    emit conversationsChanged();
    return id;
}

bool ConversationStore::updateConversation(const StoredConversation &c)
{
    return write([&](QSqlQuery &query) {
        query.prepare(u"UPDATE conversations SET agent_id = :agent, agent_name = :agentName, "
                      "server_id = :server, model = :model, thinking = :thinking WHERE id = :id"_s);
        query.bindValue(u":agent"_s, nn(c.agentId));
        query.bindValue(u":agentName"_s, nn(c.agentName));
        query.bindValue(u":server"_s, nn(c.serverId));
        query.bindValue(u":model"_s, nn(c.model));
        query.bindValue(u":thinking"_s, c.thinking ? 1 : 0);
        query.bindValue(u":id"_s, c.id);
        return query.exec();
    });
}

bool ConversationStore::rename(qint64 id, const QString &title)
{
    return updateColumn(id, u"title", nn(title.simplified()));
}

bool ConversationStore::setPinned(qint64 id, bool pinned)
{
    return updateColumn(id, u"pinned", pinned ? 1 : 0);
}

bool ConversationStore::setDeleted(qint64 id, bool deleted)
{
    return updateColumn(id, u"deleted", deleted ? 1 : 0);
}

bool ConversationStore::updateColumn(qint64 id, QStringView column, const QVariant &value)
{
    // `column` is one of this file's own names, never text from outside.
    const bool ok = write([&](QSqlQuery &query) {
        query.prepare(u"UPDATE conversations SET " + column + u" = :value WHERE id = :id");
        query.bindValue(u":value"_s, value);
        query.bindValue(u":id"_s, id);
        return query.exec();
    });
    if (ok)
        emit conversationsChanged();
    return ok;
}

QString ConversationStore::newDraftKey() const
{
    // The workspace's own: a draft never follows the user into another workspace.
    return u"new_conversation_draft/"_s + m_workspace;
}

bool ConversationStore::setDraft(qint64 id, const QString &draft)
{
    if (id == 0)
        return setValue(newDraftKey(), draft);
    return write([&](QSqlQuery &query) {
        query.prepare(u"UPDATE conversations SET draft = :draft WHERE id = :id"_s);
        query.bindValue(u":draft"_s, nn(draft));
        query.bindValue(u":id"_s, id);
        return query.exec();
    });
}

QString ConversationStore::draft(qint64 id) const
{
    if (id == 0)
        return value(newDraftKey());
    const auto c = conversation(id);
    return c ? c->draft : QString();
}

qint64 ConversationStore::addMessage(const StoredMessage &message)
{
    qint64 id = 0;
    const bool ok = write([&](QSqlQuery &query) {
        query.prepare(InsertMessage);
        bindMessage(query, message);
        if (!query.exec())
            return false;
        id = query.lastInsertId().toLongLong();
        query.prepare(u"UPDATE conversations SET updated_at = :updated WHERE id = :id"_s);
        query.bindValue(u":updated"_s, toMs(message.createdAt));
        query.bindValue(u":id"_s, message.conversationId);
        return query.exec();
    });
    if (!ok)
        return 0;
    emit conversationsChanged();
    return id;
}

bool ConversationStore::updateMessage(const StoredMessage &m)
{
    return write([&](QSqlQuery &query) {
        query.prepare(u"UPDATE messages SET text = :text, reasoning = :reasoning, state = :state, "
                      "run_id = :run, updated_at = :updated, error_kind = :errorKind, "
                      "error_status = :errorStatus, error_text = :errorText, "
                      "conversation_lost = :lost WHERE id = :id"_s);
        query.bindValue(u":text"_s, nn(m.text));
        query.bindValue(u":reasoning"_s, nn(m.reasoning));
        query.bindValue(u":state"_s, StoredState::name(m.state));
        query.bindValue(u":run"_s, nn(m.runId));
        query.bindValue(u":updated"_s, toMs(m.updatedAt));
        query.bindValue(u":errorKind"_s, m.errorKind);
        query.bindValue(u":errorStatus"_s, m.errorStatus);
        query.bindValue(u":errorText"_s, nn(m.errorText));
        query.bindValue(u":lost"_s, m.conversationLost ? 1 : 0);
        query.bindValue(u":id"_s, m.id);
        return query.exec();
    });
}

QString ConversationStore::value(const QString &key) const
{
    if (!m_db.isOpen())
        return {};
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM meta WHERE key = :key"_s);
    query.bindValue(u":key"_s, key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool ConversationStore::setValue(const QString &key, const QString &value)
{
    return write([&](QSqlQuery &query) {
        query.prepare(u"INSERT INTO meta (key, value) VALUES (:key, :value) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
        query.bindValue(u":key"_s, key);
        query.bindValue(u":value"_s, nn(value));
        return query.exec();
    });
}
