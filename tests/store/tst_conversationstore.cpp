// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationExport.h"
#include "ConversationStore.h"
#include "StoreSchema.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The database on its own: schema, migrations, recovery, refused writes, search and the small
// edits, each against a file in a temporary directory.
class TestConversationStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void savesAndReadsBack();
    void settingsOfTheFile();
    void streamingAnswerIsInterruptedAfterACrash();
    void migratesAnOlderSchemaWithoutLoss();
    void newerSchemaIsLeftAlone();
    void damagedFileIsKeptAsideAndRecovered_data();
    void damagedFileIsKeptAsideAndRecovered();
    void refusedWritesAreReportedAndLoseNothing();
    void readOnlyDirectory();
    void searchFindsWordsWithSnippets();
    void eachWorkspaceHasItsOwnConversations();
    void renamePinDeleteAndUndo();
    void draftsPerConversationAndForANewOne();
    void exportAndImportRoundTrip();

private:
    QString dbPath() const { return m_dir->filePath(u"conversations.sqlite"_s); }
    // A conversation with `count` messages alternating user and agent; returns its id.
    qint64 fill(ConversationStore &store, const QString &title, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConversationStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

qint64 TestConversationStore::fill(ConversationStore &store, const QString &title, int count)
{
    StoredConversation c;
    c.agentId = u"agent-1"_s;
    c.agentName = u"Code Reviewer"_s;
    c.serverId = u"conv-"_s + title;
    c.title = title;
    c.model = u"big-model"_s;
    c.thinking = true;
    const qint64 id = store.createConversation(c);
    for (int i = 0; i < count; ++i) {
        StoredMessage m;
        m.conversationId = id;
        m.position = i;
        m.fromUser = i % 2 == 0;
        m.text = u"%1 message %2 about zebras and ünïcode"_s.arg(title).arg(i);
        m.reasoning = m.fromUser ? QString() : u"thinking %1"_s.arg(i);
        m.runId = m.fromUser ? QString() : u"run-%1"_s.arg(i);
        if (store.addMessage(m) == 0)
            return 0;
    }
    return id;
}

void TestConversationStore::savesAndReadsBack()
{
    ConversationStore store;
    QCOMPARE(store.open(dbPath()).status, ConversationStore::OpenStatus::Opened);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(dbPath()) & others, QFileDevice::Permissions());
    const qint64 id = fill(store, u"First"_s, 4);
    QVERIFY(id > 0);
    StoredMessage failed;
    failed.conversationId = id;
    failed.position = 4;
    failed.fromUser = false;
    failed.state = AnswerState::Failed;
    failed.errorKind = 8;
    failed.errorStatus = 404;
    failed.errorText = u"conversation not found"_s;
    failed.conversationLost = true;
    failed.id = store.addMessage(failed);
    QVERIFY(failed.id > 0);

    store.close();
    ConversationStore again;
    QCOMPARE(again.open(dbPath()).status, ConversationStore::OpenStatus::Opened);
    const auto c = again.conversation(id);
    QVERIFY(c);
    QCOMPARE(c->title, u"First"_s);
    QCOMPARE(c->agentName, u"Code Reviewer"_s);
    QCOMPARE(c->serverId, u"conv-First"_s);
    QCOMPARE(c->model, u"big-model"_s);
    QVERIFY(c->thinking);
    QCOMPARE(c->messageCount, 5);
    const QList<StoredMessage> messages = again.messages(id);
    QCOMPARE(messages.size(), 5);
    QCOMPARE(messages.at(1).text, u"First message 1 about zebras and ünïcode"_s);
    QCOMPARE(messages.at(1).reasoning, u"thinking 1"_s);
    QCOMPARE(messages.at(1).runId, u"run-1"_s);
    QVERIFY(messages.at(0).fromUser);
    QVERIFY(!messages.at(1).fromUser);
    QCOMPARE(messages.at(4).state, AnswerState::Failed);
    QCOMPARE(messages.at(4).errorStatus, 404);
    QCOMPARE(messages.at(4).errorText, u"conversation not found"_s);
    QVERIFY(messages.at(4).conversationLost);
}

void TestConversationStore::settingsOfTheFile()
{
    ConversationStore store;
    QVERIFY(store.open(dbPath()).status == ConversationStore::OpenStatus::Opened);
    store.close();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    db.setDatabaseName(dbPath());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), StoreSchema::CurrentVersion);
        QVERIFY(query.exec(u"PRAGMA compile_options"_s));
        bool fts5 = false;
        while (query.next())
            fts5 = fts5 || query.value(0).toString() == u"ENABLE_FTS5";
        QVERIFY2(fts5, "Debian's SQLite has FTS5; this one does not");
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);

    // Foreign keys are on in the store's own connection: a message needs its conversation.
    QVERIFY(store.open(dbPath()).status == ConversationStore::OpenStatus::Opened);
    QSignalSpy failed(&store, &ConversationStore::writeFailed);
    StoredMessage orphan;
    orphan.conversationId = 4711;
    QCOMPARE(store.addMessage(orphan), 0);
    QCOMPARE(failed.size(), 1);
}

void TestConversationStore::streamingAnswerIsInterruptedAfterACrash()
{
    qint64 id = 0;
    {
        ConversationStore store;
        store.open(dbPath());
        id = fill(store, u"Crash"_s, 1);
        StoredMessage answer;
        answer.conversationId = id;
        answer.position = 1;
        answer.fromUser = false;
        answer.state = AnswerState::Streaming;
        answer.text = u"half an answ"_s;
        QVERIFY(store.addMessage(answer) > 0);
    }
    ConversationStore store;
    const auto report = store.open(dbPath());
    QCOMPARE(report.interruptedAnswers, 1);
    const auto messages = store.messages(id);
    QCOMPARE(messages.last().state, AnswerState::Interrupted);
    QCOMPARE(messages.last().text, u"half an answ"_s);
}

void TestConversationStore::migratesAnOlderSchemaWithoutLoss()
{
    // A version-1 file as the first release wrote it, built here statement by statement.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA journal_mode = WAL"_s));
        for (const QString &statement : StoreSchema::migration(1))
            QVERIFY2(query.exec(statement), qPrintable(statement));
        QVERIFY(query.exec(u"PRAGMA user_version = 1"_s));
        QVERIFY(query.exec(u"INSERT INTO conversations (id, agent_id, agent_name, title, "
                           "created_at, updated_at) VALUES (7, 'a', 'Übersetzer', 'Alt', 1000, "
                           "2000)"_s));
        for (int i = 0; i < 50; ++i) {
            QVERIFY(query.exec(u"INSERT INTO messages (conversation_id, position, role, text, "
                               "state, created_at, updated_at) VALUES (7, %1, '%2', "
                               "'old words number %1 okapi', 'complete', 1000, 1000)"_s.arg(i)
                                   .arg(i % 2 ? u"agent"_s : u"user"_s)));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    ConversationStore store;
    const auto report = store.open(dbPath());
    QCOMPARE(report.status, ConversationStore::OpenStatus::Migrated);
    QCOMPARE(report.fromVersion, 1);
    QVERIFY2(QFile::exists(report.backupPath), qPrintable(report.backupPath));
    const auto c = store.conversation(7);
    QVERIFY(c);
    QCOMPARE(c->agentName, u"Übersetzer"_s);
    QCOMPARE(c->messageCount, 50);
    QCOMPARE(store.messages(7).at(49).text, u"old words number 49 okapi"_s);
    // The old messages are in the new full-text index, and the new columns work.
    QCOMPARE(store.search(u"okapi"_s).size(), 50);
    QVERIFY(store.setDraft(7, u"unsent"_s));
    QCOMPARE(store.draft(7), u"unsent"_s);

    // The copy taken before is a version-1 database with everything in it.
    ConversationStore backup;
    const auto backupReport = backup.open(report.backupPath);
    QCOMPARE(backupReport.fromVersion, 1);
    QCOMPARE(backup.messages(7).size(), 50);
}

void TestConversationStore::newerSchemaIsLeftAlone()
{
    {
        ConversationStore store;
        store.open(dbPath());
        fill(store, u"Future"_s, 2);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"future"_s);
    ConversationStore store;
    QCOMPARE(store.open(dbPath()).status, ConversationStore::OpenStatus::NewerSchema);
    QVERIFY(!store.isOpen());
    QVERIFY(QFile::exists(dbPath()));
}

void TestConversationStore::damagedFileIsKeptAsideAndRecovered_data()
{
    QTest::addColumn<bool>("truncate");
    QTest::newRow("truncated to half") << true;
    QTest::newRow("garbage") << false;
}

void TestConversationStore::damagedFileIsKeptAsideAndRecovered()
{
    QFETCH(bool, truncate);
    {
        ConversationStore store;
        store.open(dbPath());
        for (int i = 0; i < 40; ++i) {
            store.setWorkspace(i % 2 == 0 ? u"even"_s : u"odd"_s);
            QVERIFY(fill(store, u"Conversation %1"_s.arg(i), 20) > 0);
        }
    }
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    if (truncate) {
        QVERIFY(file.resize(file.size() / 2 + 100)); // also not a whole number of pages
    } else {
        file.resize(0);
        QByteArray garbage(64 * 1024, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919 + 13) % 251);
        file.write(garbage);
    }
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray damagedBytes = file.readAll();
    file.close();

    ConversationStore store;
    const auto report = store.open(dbPath());
    QCOMPARE(report.status, ConversationStore::OpenStatus::Recovered);
    QVERIFY(!report.error.isEmpty());
    // The damaged file is kept as it was found.
    QFile aside(report.damagedPath);
    QVERIFY2(aside.open(QIODevice::ReadOnly), qPrintable(report.damagedPath));
    QCOMPARE(aside.readAll(), damagedBytes);
    QVERIFY(store.isOpen());
    if (truncate) {
        QVERIFY(report.recoveredConversations > 0);
        QVERIFY(report.recoveredMessages > 0);
        // Each comes back in its own workspace; a message whose conversation row was lost comes
        // back in one of its own, in none.
        qsizetype listed = 0;
        for (const QString &workspace : {u"even"_s, u"odd"_s, QString()}) {
            store.setWorkspace(workspace);
            const QList<StoredConversation> conversations = store.conversations();
            listed += conversations.size();
            for (const StoredConversation &c : conversations) {
                if (workspace.isEmpty()) {
                    QCOMPARE(c.title, u"Recovered conversation"_s);
                    continue;
                }
                const int number = c.title.section(u' ', 1).toInt();
                QCOMPARE(number % 2 == 0 ? u"even"_s : u"odd"_s, workspace);
            }
        }
        QCOMPARE(listed, report.recoveredConversations);
        store.setWorkspace(u"even"_s);
    } else {
        QCOMPARE(report.recoveredConversations, 0);
        QVERIFY(store.conversations().isEmpty());
    }
    // The new file works.
    QVERIFY(fill(store, u"After"_s, 2) > 0);
    QCOMPARE(store.search(u"After"_s).size(), 2);
}

void TestConversationStore::refusedWritesAreReportedAndLoseNothing()
{
    qint64 id = 0;
    {
        ConversationStore store;
        store.open(dbPath());
        id = fill(store, u"Saved"_s, 6);
    }
    {
        ConversationStore store;
        ConversationStore::Options options;
        options.refuseWrites = true;
        const auto report = store.open(dbPath(), options);
        QCOMPARE(report.status, ConversationStore::OpenStatus::Opened);
        QCOMPARE(store.messages(id).size(), 6);
        QSignalSpy failed(&store, &ConversationStore::writeFailed);
        QCOMPARE(fill(store, u"Refused"_s, 2), 0);
        QVERIFY(!store.rename(id, u"New"_s));
        QVERIFY(failed.size() >= 2);
        QVERIFY(!failed.first().first().toString().isEmpty());
    }
    ConversationStore store;
    store.open(dbPath());
    QCOMPARE(store.conversations().size(), 1);
    QCOMPARE(store.conversation(id)->title, u"Saved"_s);
    QCOMPARE(store.messages(id).size(), 6);
}

void TestConversationStore::readOnlyDirectory()
{
    const QString folder = m_dir->filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    QFile probe(folder + u"/probe"_s);
    const bool refused = !probe.open(QIODevice::WriteOnly);
    probe.remove();
    if (!refused) {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QSKIP("This user may write into a read-only directory (root); "
              "refusedWritesAreReportedAndLoseNothing covers refused writes");
    }
    ConversationStore store;
    const auto report = store.open(folder + u"/conversations.sqlite"_s);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(report.status, ConversationStore::OpenStatus::Failed);
    QVERIFY(!report.error.isEmpty());
}

void TestConversationStore::searchFindsWordsWithSnippets()
{
    ConversationStore store;
    store.open(dbPath());
    const qint64 a = fill(store, u"Alpha"_s, 3);
    const qint64 b = fill(store, u"Beta"_s, 3);
    QCOMPARE(store.search(u"zebras"_s).size(), 6);
    // Newest first, the last word as a prefix, diacritics folded, quotes harmless.
    const auto hits = store.search(u"beta zeb"_s);
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits.first().conversationId, b);
    QCOMPARE(hits.first().position, 2);
    QCOMPARE(hits.first().title, u"Beta"_s);
    QVERIFY(hits.first().snippet.contains(SearchHit::SnippetStart + u"zebras"_s +
                                          SearchHit::SnippetEnd));
    QCOMPARE(store.search(u"unicode"_s).size(), 6);
    QCOMPARE(store.search(u"\"OR\" NEAR( * -"_s).size(), 0);
    QCOMPARE(store.search(u"   "_s).size(), 0);
    QVERIFY(store.setDeleted(a, true));
    QCOMPARE(store.search(u"zebras"_s).size(), 3);
    // An edited message is found by its new text only.
    StoredMessage m = store.messages(b).at(1);
    m.text = u"giraffes now"_s;
    QVERIFY(store.updateMessage(m));
    QCOMPARE(store.search(u"giraffes"_s).size(), 1);
    QCOMPARE(store.search(u"zebras"_s).size(), 2);
}

void TestConversationStore::eachWorkspaceHasItsOwnConversations()
{
    // Conversations from before workspaces (none set) are claimed by the first workspace shown;
    // after that each workspace lists and searches only its own, and a removed one's move.
    ConversationStore store;
    store.open(dbPath());
    const qint64 old = fill(store, u"From before"_s, 2);
    QSignalSpy changed(&store, &ConversationStore::conversationsChanged);
    store.setWorkspace(u"a"_s);
    QCOMPARE(changed.size(), 1);
    QVERIFY(store.conversations().isEmpty());
    QCOMPARE(store.claimUnassigned(), 1);
    QCOMPARE(store.claimUnassigned(), 0);
    const qint64 a = fill(store, u"In A"_s, 2);
    store.setWorkspace(u"b"_s);
    const qint64 b = fill(store, u"In B"_s, 4);
    QCOMPARE(store.conversations().size(), 1);
    QCOMPARE(store.conversations().first().id, b);
    QCOMPARE(store.search(u"zebras"_s).size(), 4);
    store.setWorkspace(u"a"_s);
    QList<qint64> ids;
    for (const StoredConversation &c : store.conversations())
        ids.append(c.id);
    QCOMPARE(ids, QList<qint64>({a, old}));
    QCOMPARE(store.search(u"zebras"_s).size(), 4);
    // The newest hits of this workspace, even when other workspaces have newer ones.
    store.setWorkspace(u"b"_s);
    fill(store, u"More in B"_s, 150);
    store.setWorkspace(u"a"_s);
    QCOMPARE(store.search(u"zebras"_s, 3).size(), 3);
    QCOMPARE(store.search(u"zebras"_s, 3).first().conversationId, a);

    QCOMPARE(store.moveWorkspace(u"b"_s, u"a"_s), 2);
    QCOMPARE(store.conversations().size(), 4);
    store.setWorkspace(u"b"_s);
    QVERIFY(store.conversations().isEmpty());
    // Opened again with no workspace set: nothing is listed, as every row now belongs to one.
    store.close();
    ConversationStore again;
    QCOMPARE(again.open(dbPath()).status, ConversationStore::OpenStatus::Opened);
    QCOMPARE(again.conversations().size(), 0);
}

void TestConversationStore::renamePinDeleteAndUndo()
{
    ConversationStore store;
    store.open(dbPath());
    QSignalSpy changed(&store, &ConversationStore::conversationsChanged);
    const qint64 a = fill(store, u"A"_s, 1);
    const qint64 b = fill(store, u"B"_s, 1);
    QCOMPARE(store.conversations().first().id, b);
    QVERIFY(store.rename(a, u"  Renamed \n title "_s));
    QVERIFY(store.setPinned(a, true));
    changed.clear();
    QVERIFY(store.setDeleted(b, true));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.conversations().size(), 1);
    QVERIFY(!store.conversation(b));
    QVERIFY(store.setDeleted(b, false));
    QCOMPARE(store.conversations().size(), 2);
    QVERIFY(store.setDeleted(b, true));
    store.close();
    // A deletion that was not undone is final at the next start.
    store.open(dbPath());
    const auto list = store.conversations();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().title, u"Renamed title"_s);
    QVERIFY(list.first().pinned);
    QCOMPARE(store.search(u"zebras"_s).size(), 1);
}

void TestConversationStore::draftsPerConversationAndForANewOne()
{
    ConversationStore store;
    store.open(dbPath());
    const qint64 a = fill(store, u"A"_s, 1);
    QVERIFY(store.setDraft(a, u"half a thought"_s));
    QVERIFY(store.setDraft(0, u"for a new one"_s));
    QVERIFY(store.setValue(u"last_conversation"_s, QString::number(a)));
    store.close();
    store.open(dbPath());
    QCOMPARE(store.draft(a), u"half a thought"_s);
    QCOMPARE(store.draft(0), u"for a new one"_s);
    QCOMPARE(store.value(u"last_conversation"_s), QString::number(a));
    // A new conversation's draft belongs to its workspace, and never shows in another.
    store.setWorkspace(u"elsewhere"_s);
    QCOMPARE(store.draft(0), QString());
    QVERIFY(store.setDraft(0, u"for elsewhere"_s));
    store.setWorkspace(QString());
    QCOMPARE(store.draft(0), u"for a new one"_s);
}

void TestConversationStore::exportAndImportRoundTrip()
{
    ConversationStore store;
    store.open(dbPath());
    const qint64 id = fill(store, u"Export me"_s, 4);
    StoredMessage stopped = store.messages(id).at(3);
    stopped.state = AnswerState::Stopped;
    QVERIFY(store.updateMessage(stopped));
    const StoredConversation original = *store.conversation(id);
    const QList<StoredMessage> messages = store.messages(id);

    const QString markdown = ConversationExport::toMarkdown(original, messages);
    QVERIFY(markdown.startsWith(u"# Export me\n"_s));
    QVERIFY(markdown.contains(u"## You"_s));
    QVERIFY(markdown.contains(u"## Code Reviewer"_s));
    QVERIFY(markdown.contains(u"> thinking 1"_s));
    QVERIFY(markdown.contains(u"Stopped by you."_s));

    const QByteArray file = QJsonDocument(ConversationExport::toJson(original, messages)).toJson();
    StoredConversation imported;
    QList<StoredMessage> importedMessages;
    QString problem;
    QVERIFY(ConversationExport::fromJson(
        QJsonDocument::fromJson(file).object(), &imported, &importedMessages, &problem));
    const qint64 copy = store.insertConversation(imported, importedMessages);
    QVERIFY(copy > 0 && copy != id);
    const auto again = store.conversation(copy);
    QCOMPARE(again->title, original.title);
    QCOMPARE(again->agentId, original.agentId);
    QCOMPARE(again->serverId, original.serverId);
    QCOMPARE(again->model, original.model);
    QCOMPARE(again->thinking, original.thinking);
    const QList<StoredMessage> back = store.messages(copy);
    QCOMPARE(back.size(), messages.size());
    for (int i = 0; i < back.size(); ++i) {
        QCOMPARE(back.at(i).text, messages.at(i).text);
        QCOMPARE(back.at(i).reasoning, messages.at(i).reasoning);
        QCOMPARE(back.at(i).fromUser, messages.at(i).fromUser);
        QCOMPARE(back.at(i).state, messages.at(i).state);
        QCOMPARE(back.at(i).runId, messages.at(i).runId);
        QCOMPARE(back.at(i).createdAt, messages.at(i).createdAt);
    }
    QVERIFY(!ConversationExport::fromJson(
        QJsonObject{{u"format"_s, u"other"_s}}, &imported, &importedMessages, &problem));
    QVERIFY(!problem.isEmpty());
}

QTEST_GUILESS_MAIN(TestConversationStore)
#include "tst_conversationstore.moc"
