// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentPicker.h"
#include "Composer.h"
#include "Conversation.h"
#include "ConversationHistory.h"
#include "ConversationListModel.h"
#include "ConversationRecorder.h"
#include "ConversationSidebar.h"
#include "ConversationStore.h"
#include "ConversationView.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "MessageEdit.h"
#include "SearchResultModel.h"
#include "Settings.h"
#include "SimProcess.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Saved conversations in the window: the grouped list, reopening and continuing after a restart,
// drafts, search, rename, pin, delete with undo, export and import. The database and the settings
// live in a temporary directory.
class TestConversationSidebar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listIsGroupedNewestFirst();
    void savedReopenedAndContinuedAfterARestart();
    void draftsSurviveSwitchingAndRestarts();
    void searchOpensTheConversationAtTheHit();
    void renamePinDeleteAndUndo();
    void exportAndImport();

private:
    void openWindow();
    void closeWindow();
    void chooseFirstAgent();
    void send(const QString &text);
    QString dbPath() const { return m_dir.filePath(u"conversations.sqlite"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<MainWindow> m_window;
};

void TestConversationSidebar::init()
{
    QFile::remove(dbPath());
    m_sim = std::make_unique<SimProcess>();
    QVERIFY(m_sim->start());
    m_sim->setNext(QJsonObject{{u"tokens_per_second"_s, 400}});
    m_settings = std::make_unique<Settings>(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_s));
    m_settings->setOrigin(m_sim->origin());
    m_keys = std::make_unique<KeyStore>(u"Pharen Chat Tests"_s);
}

void TestConversationSidebar::cleanup()
{
    m_window.reset();
    m_keys.reset();
    m_settings.reset();
    m_sim.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(dbPath() + suffix);
}

void TestConversationSidebar::openWindow()
{
    MainWindow::Startup startup;
    startup.environmentKey = m_sim->demoKey();
    startup.databasePath = dbPath();
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_keys.get(), startup);
    QSignalSpy agents(m_window.get(), &MainWindow::agentsLoaded);
    QSignalSpy listed(m_window.get(), &MainWindow::conversationsLoaded);
    QSignalSpy restored(m_window.get(), &MainWindow::historyRestored);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(agents.size(), 1, 10000);
}

void TestConversationSidebar::closeWindow()
{
    m_window->close();
    m_window.reset();
}

void TestConversationSidebar::chooseFirstAgent()
{
    QAbstractItemModel *agents = m_window->agentPicker()->listView()->model();
    QVERIFY(
        m_window->agentPicker()->choose(agents->index(0, 0).data(Qt::UserRole + 1).toString()) ||
        !m_window->conversation()->agent().id.isEmpty());
    QTRY_VERIFY(!m_window->conversation()->agent().id.isEmpty());
}

void TestConversationSidebar::send(const QString &text)
{
    MessageEdit *editor = m_window->composer()->editor();
    editor->setFocus();
    editor->setPlainText(text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(m_window->conversation()->isAnswering());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->conversation()->isAnswering(), 30000);
}

void TestConversationSidebar::listIsGroupedNewestFirst()
{
    ConversationStore store;
    QCOMPARE(store.open(dbPath()).status, ConversationStore::OpenStatus::Opened);
    const QDate today(2026, 3, 18);
    auto add = [&](const QString &title, const QDate &day, bool pinned = false) {
        StoredConversation c;
        c.title = title;
        c.agentName = u"Agent"_s;
        c.pinned = pinned;
        c.createdAt = c.updatedAt = QDateTime(day, QTime(12, 0));
        QVERIFY(store.insertConversation(c, {}) > 0);
    };
    add(u"old"_s, QDate(2025, 11, 2));
    add(u"pinned"_s, QDate(2025, 1, 2), true);
    add(u"today"_s, today);
    add(u"yesterday"_s, today.addDays(-1));
    add(u"week"_s, today.addDays(-5));
    add(u"february"_s, QDate(2026, 2, 10));
    add(u"today later"_s, today);

    ConversationListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(today);
    model.reload();
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.index(row).data().toString();
    const QStringList expected = {u"Pinned"_s,
                                  u"pinned"_s,
                                  u"Today"_s,
                                  u"today later"_s,
                                  u"today"_s,
                                  u"Yesterday"_s,
                                  u"yesterday"_s,
                                  u"Previous 7 days"_s,
                                  u"week"_s,
                                  QLocale().standaloneMonthName(2),
                                  u"february"_s,
                                  QLocale().standaloneMonthName(11) + u" 2025"_s,
                                  u"old"_s};
    QCOMPARE(rows, expected);
    // The sidebar draws a row with a snippet as a search hit: a conversation row has none.
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.index(row).data(SearchResultModel::SnippetRole).isValid());
    QVERIFY(!(model.flags(model.index(0)) & Qt::ItemIsSelectable));
    QVERIFY(model.flags(model.index(1)) & Qt::ItemIsEditable);
    QVERIFY(model.index(0).data(ConversationListModel::IsHeaderRole).toBool());
    QCOMPARE(model.index(1).data(ConversationListModel::AgentNameRole).toString(), u"Agent"_s);
    // Renaming in place writes to the store.
    QVERIFY(model.setData(model.index(1), u"Renamed"_s));
    model.reload();
    QCOMPARE(model.index(1).data().toString(), u"Renamed"_s);
    QVERIFY(!model.setData(model.index(0), u"header"_s));
}

void TestConversationSidebar::savedReopenedAndContinuedAfterARestart()
{
    openWindow();
    chooseFirstAgent();
    m_window->composer()->thinkingToggle()->setChecked(true);
    m_window->composer()->modelField()->setText(u"sim-large"_s);
    send(u"First question about otters\nand more"_s);
    const QString serverId = m_window->conversation()->conversationId();
    QVERIFY(!serverId.isEmpty());
    const QString answer = m_window->conversation()->messages().at(1).text;
    ConversationListModel *list = m_window->sidebar()->listModel();
    QTRY_COMPARE(list->rowCount(), 2); // "Today" and the conversation
    QCOMPARE(list->index(1).data().toString(), u"First question about otters"_s);
    const QString agentName = m_window->conversation()->agent().name;
    QCOMPARE(list->index(1).data(ConversationListModel::AgentNameRole).toString(), agentName);
    closeWindow();

    // A restart reopens it with its transcript, agent, model and thinking setting.
    m_settings->setModel(QString());
    m_settings->setThinking(false);
    openWindow();
    Conversation *conversation = m_window->conversation();
    QCOMPARE(conversation->messages().size(), 2);
    QCOMPARE(conversation->messages().at(1).text, answer);
    QCOMPARE(conversation->messages().at(1).state, AnswerState::Complete);
    QCOMPARE(conversation->agent().name, agentName);
    QCOMPARE(conversation->conversationId(), serverId);
    QCOMPARE(m_window->composer()->model(), u"sim-large"_s);
    QVERIFY(m_window->composer()->thinking());
    QVERIFY(m_window->conversationView()->toPlainText().contains(u"First question about otters"_s));

    // The next message continues the same conversation on the server.
    send(u"A follow-up"_s);
    const QJsonArray chats = m_sim->chatRequests();
    const QJsonObject body =
        QJsonDocument::fromJson(chats.last().toObject().value(u"body"_s).toString().toUtf8())
            .object();
    QCOMPARE(body.value(u"conversation_id"_s).toString(), serverId);
    QCOMPARE(m_window->store()->messages(m_window->recorder()->storedId()).size(), 4);
}

void TestConversationSidebar::draftsSurviveSwitchingAndRestarts()
{
    openWindow();
    chooseFirstAgent();
    send(u"Conversation one"_s);
    const qint64 first = m_window->recorder()->storedId();
    m_window->composer()->setMessage(u"draft for one"_s);
    // Ctrl+N: a new conversation, with a draft of its own.
    QTest::keySequence(m_window.get(), QKeySequence::New);
    QVERIFY(m_window->conversation()->messages().isEmpty());
    QCOMPARE(m_window->composer()->message(), QString());
    m_window->composer()->setMessage(u"draft for a new one"_s);
    QVERIFY(m_window->history()->openConversation(first));
    QCOMPARE(m_window->composer()->message(), u"draft for one"_s);
    m_window->history()->newConversation();
    QCOMPARE(m_window->composer()->message(), u"draft for a new one"_s);
    QVERIFY(m_window->history()->openConversation(first));
    closeWindow();
    openWindow();
    QCOMPARE(m_window->recorder()->storedId(), first);
    QCOMPARE(m_window->composer()->message(), u"draft for one"_s);
    m_window->history()->newConversation();
    QCOMPARE(m_window->composer()->message(), u"draft for a new one"_s);
}

void TestConversationSidebar::searchOpensTheConversationAtTheHit()
{
    // A long saved conversation with one word far down.
    {
        ConversationStore store;
        store.open(dbPath());
        StoredConversation c;
        c.title = u"Long one"_s;
        c.agentName = u"Agent"_s;
        QList<StoredMessage> messages;
        for (int i = 0; i < 60; ++i) {
            StoredMessage m;
            m.position = i;
            m.fromUser = i % 2 == 0;
            m.text = i == 47 ? u"Here the capybara appears."_s
                             : u"Filler paragraph number %1 with ordinary words."_s.arg(i);
            messages.append(m);
        }
        QVERIFY(store.insertConversation(c, messages) > 0);
    }
    openWindow();
    ConversationSidebar *sidebar = m_window->sidebar();
    QTest::keyClicks(sidebar->searchField(), u"capyb"_s);
    QTRY_COMPARE(sidebar->listView()->model(), sidebar->searchModel());
    QAbstractItemModelTester tester(sidebar->searchModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(sidebar->searchModel()->rowCount(), 1);
    const QModelIndex hit = sidebar->searchModel()->index(0, 0);
    QCOMPARE(hit.data().toString(), u"Here the capybara appears."_s);
    QVERIFY(hit.data(SearchResultModel::SnippetRole)
                .toString()
                .contains(SearchHit::SnippetStart + u"capybara"_s + SearchHit::SnippetEnd));
    QListView *view = sidebar->listView();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(hit).center());
    QTRY_COMPARE(m_window->conversation()->messages().size(), 60);
    QCOMPARE(m_window->conversationView()->textCursor().selectedText().toLower(), u"capybara"_s);
    // Clearing the search shows the list again.
    sidebar->searchField()->clear();
    QTRY_COMPARE(sidebar->listView()->model(), sidebar->listModel());
}

void TestConversationSidebar::renamePinDeleteAndUndo()
{
    openWindow();
    chooseFirstAgent();
    send(u"To be renamed"_s);
    const qint64 first = m_window->recorder()->storedId();
    m_window->history()->newConversation();
    send(u"Second one"_s);
    const qint64 second = m_window->recorder()->storedId();
    ConversationListModel *list = m_window->sidebar()->listModel();
    QTRY_COMPARE(list->rowCount(), 3);
    QCOMPARE(list->index(1).data(ConversationListModel::IdRole).toLongLong(), second);
    QVERIFY(list->setData(list->index(list->rowOf(first)), u"Renamed"_s));
    QVERIFY(m_window->store()->setPinned(first, true));
    QTRY_COMPARE(list->index(0).data().toString(), u"Pinned"_s);
    QCOMPARE(list->index(1).data().toString(), u"Renamed"_s);

    m_window->history()->deleteConversation(second);
    QVERIFY(m_window->conversation()->messages().isEmpty()); // it was the one shown
    QTRY_COMPARE(list->rowOf(second), -1);
    QVERIFY(m_window->findChild<QPushButton *>(u"undoDelete"_s)->isVisible());
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"undoDelete"_s), Qt::LeftButton);
    QTRY_VERIFY(list->rowOf(second) >= 0);
    m_window->history()->deleteConversation(second);
    closeWindow();
    openWindow();
    QCOMPARE(m_window->store()->conversations().size(), 1);
    QCOMPARE(m_window->store()->conversations().first().title, u"Renamed"_s);
}

void TestConversationSidebar::exportAndImport()
{
    openWindow();
    chooseFirstAgent();
    send(u"Export this, please"_s);
    const qint64 id = m_window->recorder()->storedId();
    const QString markdown = m_dir.filePath(u"out.md"_s);
    const QString json = m_dir.filePath(u"out.json"_s);
    QVERIFY(m_window->history()->exportConversation(id, markdown));
    QVERIFY(m_window->history()->exportConversation(id, json));
    QFile md(markdown);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QByteArray mdBytes = md.readAll();
    QVERIFY(mdBytes.startsWith("# Export this, please"));
    QVERIFY(mdBytes.contains(m_window->conversation()->messages().at(1).text.left(40).toUtf8()));
    QFile js(json);
    QVERIFY(js.open(QIODevice::ReadOnly));
    const QByteArray jsBytes = js.readAll();
    for (const QByteArray &bytes : {mdBytes, jsBytes})
        QVERIFY(!bytes.contains(m_sim->demoKey().toUtf8()));

    QString problem;
    const qint64 copy = m_window->history()->importConversation(json, &problem);
    QVERIFY2(copy > 0, qPrintable(problem));
    QCOMPARE(m_window->store()->messages(copy).size(), 2);
    QCOMPARE(m_window->store()->messages(copy).at(1).text,
             m_window->store()->messages(id).at(1).text);
    QVERIFY(m_window->history()->openConversation(copy));
    QCOMPARE(m_window->conversation()->messages().size(), 2);
    QCOMPARE(m_window->history()->importConversation(markdown, &problem), 0);
    QVERIFY(!problem.isEmpty());
}

QTEST_MAIN(TestConversationSidebar)
#include "tst_conversationsidebar.moc"
