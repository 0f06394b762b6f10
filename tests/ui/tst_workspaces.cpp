// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentPicker.h"
#include "Composer.h"
#include "Conversation.h"
#include "ConversationSidebar.h"
#include "ConversationStore.h"
#include "KeyFile.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "MessageEdit.h"
#include "SearchResultModel.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SimProcess.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

// Workspaces in the window: the first-run welcome, the switcher in the toolbar driving the agent
// list and where requests go, the dialog's list (a removed workspace's key leaves the keychain)
// and Check connection. Two simulators on loopback stand in for two hubs.
class TestWorkspaces : public QObject
{
    Q_OBJECT

private slots:
    void firstRunWelcomesAndOffersTheDemo();
    void switchingWorkspaceDrivesAgentsAndRequests();
    void removingAWorkspaceRemovesItsKey();
    void checkConnectionCountsAgentsOrSaysWhy();
    void environmentKeyIsAnnounced();
    void keyFromBeforeWorkspacesMovesToTheWorkspace();
    void conversationsFollowTheWorkspace();
    void keyKeptInAFileMovesIntoTheKeychain();
    void dialogRefusesAnOverLongKeyAsItIsTyped();
    void leavingTheDemoServerWhileItStarts();

private:
    static void whenDialogOpens(QObject *context, std::function<void(SettingsDialog *)> act);
    static bool storeKey(const QString &entry, const QString &key);
    static QString readKey(const QString &entry, bool *missing);
    int agentCount(MainWindow &window) const
    {
        return window.agentPicker()->listView()->model()->rowCount();
    }
    static void switchTo(MainWindow &window, const QString &id);
    static void sendAndWait(MainWindow &window, const QString &text);
    static QStringList listedTitles(MainWindow &window);
    QTemporaryDir m_dir;
};

void TestWorkspaces::whenDialogOpens(QObject *context, std::function<void(SettingsDialog *)> act)
{
    QTimer::singleShot(0, context, [act] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        act(dialog);
    });
}

bool TestWorkspaces::storeKey(const QString &entry, const QString &key)
{
    KeyStore store(u"Pharen Chat Tests"_s);
    QSignalSpy written(&store, &KeyStore::keyWritten);
    store.write(entry, key);
    return written.wait(10000);
}

QString TestWorkspaces::readKey(const QString &entry, bool *missing)
{
    KeyStore store(u"Pharen Chat Tests"_s);
    QSignalSpy read(&store, &KeyStore::keyRead);
    QSignalSpy absent(&store, &KeyStore::keyMissing);
    store.read(entry);
    QElapsedTimer clock;
    clock.start();
    while (read.size() + absent.size() == 0 && clock.elapsed() < 10000)
        QTest::qWait(20);
    *missing = !absent.isEmpty();
    return read.isEmpty() ? QString() : read.first().at(1).toString();
}

void TestWorkspaces::firstRunWelcomesAndOffersTheDemo()
{
    Settings settings(m_dir.filePath(u"first.ini"_s));
    KeyStore keys(u"Pharen Chat Tests"_s);
    MainWindow::Startup startup;
    startup.simulatorProgram = qEnvironmentVariable("PHAREN_SIM");
    MainWindow window(&settings, &keys, startup);
    QSignalSpy loaded(&window, &MainWindow::agentsLoaded);
    window.show();
    window.start();
    QVERIFY(window.welcome()->isVisible());
    const QString text = window.welcome()->findChild<QLabel *>()->text();
    QVERIFY(text.contains(u"API key"_s));
    QVERIFY(text.contains(u"Settings → API Keys"_s));
    QVERIFY(text.contains(u"agents:read"_s) && text.contains(u"agents:run"_s));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000);
    QVERIFY(window.isDemo());
    QCOMPARE(window.workspaceSwitcher()->currentData().toString(), QString());
    window.findChild<QPushButton *>(u"welcomeDemo"_s)->click();
    QVERIFY(!window.welcome()->isVisible());
    QVERIFY(window.isDemo());
}

void TestWorkspaces::switchingWorkspaceDrivesAgentsAndRequests()
{
    SimProcess hubA;
    SimProcess hubB({u"--extra-agents"_s, u"3"_s});
    QVERIFY(hubA.start());
    QVERIFY(hubB.start());
    hubA.setNext(QJsonObject{{u"tokens_per_second"_s, 2000}});
    hubB.setNext(QJsonObject{{u"tokens_per_second"_s, 2000}});
    Settings settings(m_dir.filePath(u"switch.ini"_s));
    const Workspace a = settings.addWorkspace(u"Hub A"_s, hubA.origin());
    const Workspace b = settings.addWorkspace(u"Hub B"_s, hubB.origin());
    QVERIFY(storeKey(a.keychainEntry(), hubA.demoKey()));
    QVERIFY(storeKey(b.keychainEntry(), hubB.demoKey()));

    KeyStore keys(u"Pharen Chat Tests"_s);
    MainWindow window(&settings, &keys, {});
    QSignalSpy loaded(&window, &MainWindow::agentsLoaded);
    window.show();
    window.start();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    QCOMPARE(window.account().workspaceId, a.id);
    const int agentsOfA = agentCount(window);
    QCOMPARE(agentsOfA, 6);
    QComboBox *box = window.workspaceSwitcher();
    QCOMPARE(box->count(), 3); // two workspaces and the demo server
    QCOMPARE(box->currentText(), u"Hub A"_s);
    hubA.clearRequests();

    // One click: B's agents, B's key, and requests go to B only.
    box->setCurrentIndex(box->findData(b.id));
    emit box->activated(box->currentIndex());
    QCOMPARE(agentCount(window), 0); // A's agents are gone at once
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
    QCOMPARE(agentCount(window), 9);
    QCOMPARE(settings.activeWorkspaceId(), b.id);
    QCOMPARE(window.account().origin, hubB.origin());
    QListView *list = window.agentPicker()->listView();
    list->setCurrentIndex(list->model()->index(0, 0));
    window.composer()->setMessage(u"To B"_s);
    QTest::keyClick(window.composer()->editor(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window.conversation()->isAnswering() &&
                                 window.conversation()->messages().size() == 2,
                             15000);
    QCOMPARE(hubB.chatRequests().size(), 1);
    QCOMPARE(hubB.chatRequests().first().toObject().value(u"stream"_s).toBool(), true);
    QCOMPARE(hubA.requests().size(), 0);

    // Streaming switched off in the settings: the next message asks for one whole answer.
    whenDialogOpens(this, [](SettingsDialog *dialog) {
        dialog->findChild<QCheckBox *>(u"streaming"_s)->setChecked(false);
        dialog->accept();
    });
    window.openSettings();
    QCOMPARE(settings.streaming(), false);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 10000);
    loaded.removeLast();
    list->setCurrentIndex(QModelIndex());
    list->setCurrentIndex(list->model()->index(0, 0));
    const qsizetype before = window.conversation()->messages().size();
    window.composer()->setMessage(u"Whole, please"_s);
    QTest::keyClick(window.composer()->editor(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window.conversation()->isAnswering() &&
                                 window.conversation()->messages().size() == before + 2,
                             15000);
    QCOMPARE(hubB.chatRequests().last().toObject().value(u"stream"_s).toBool(), false);
    QCOMPARE(window.conversation()->messages().last().state, AnswerState::Complete);

    // And back: A's list again, a new conversation, nothing of B's kept.
    box->setCurrentIndex(box->findData(a.id));
    emit box->activated(box->currentIndex());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 10000);
    QCOMPARE(agentCount(window), agentsOfA);
    QVERIFY(window.conversation()->messages().isEmpty());

    KeyStore cleaner(u"Pharen Chat Tests"_s);
    cleaner.remove(a.keychainEntry());
    cleaner.remove(b.keychainEntry());
}

void TestWorkspaces::removingAWorkspaceRemovesItsKey()
{
    SimProcess hub;
    QVERIFY(hub.start());
    Settings settings(m_dir.filePath(u"remove.ini"_s));
    const Workspace keep = settings.addWorkspace(u"Keep"_s, hub.origin());
    const Workspace gone = settings.addWorkspace(u"Gone"_s, hub.origin());
    QVERIFY(storeKey(keep.keychainEntry(), hub.demoKey()));
    QVERIFY(storeKey(gone.keychainEntry(), u"phk_to_be_removed"_s));
    KeyStore keys(u"Pharen Chat Tests"_s);
    MainWindow window(&settings, &keys, {});
    QSignalSpy loaded(&window, &MainWindow::agentsLoaded);
    window.show();
    window.start();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);

    QSignalSpy removed(&keys, &KeyStore::keyRemoved);
    whenDialogOpens(this, [](SettingsDialog *dialog) {
        QCOMPARE(dialog->workspaceList()->count(), 2);
        dialog->workspaceList()->setCurrentRow(1);
        dialog->removeWorkspace();
        QCOMPARE(dialog->workspaceList()->count(), 1);
        QCOMPARE(dialog->workspaceList()->item(0)->text(), u"Keep"_s);
        // Renamed in the list.
        dialog->workspaceList()->item(0)->setText(u"Kept"_s);
        dialog->accept();
    });
    window.openSettings();
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
    QCOMPARE(removed.first().at(0).toString(), gone.keychainEntry());
    bool missing = false;
    QCOMPARE(readKey(gone.keychainEntry(), &missing), QString());
    QVERIFY(missing);
    QCOMPARE(readKey(keep.keychainEntry(), &missing), hub.demoKey());
    QCOMPARE(settings.workspaces().size(), 1);
    QCOMPARE(settings.workspaces().first().name, u"Kept"_s);
    QCOMPARE(window.workspaceSwitcher()->itemText(0), u"Kept"_s);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
    keys.remove(keep.keychainEntry());
}

void TestWorkspaces::checkConnectionCountsAgentsOrSaysWhy()
{
    SimProcess hub;
    QVERIFY(hub.start());
    SettingsDialog dialog;
    dialog.setWorkspaces({}, {});
    QCOMPARE(dialog.workspaceList()->count(), 1); // a new one to fill in
    dialog.originField()->setText(hub.origin().toString());
    dialog.keyField()->setText(u"Bearer "_s + hub.demoKey());
    dialog.checkButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.checkResult()->text().contains(u"see 6 agent"_s), 10000);
    dialog.keyField()->setText(u"phk_wrong"_s);
    dialog.checkButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.checkButton()->isEnabled() &&
                                 !dialog.checkResult()->text().contains(u"agents"_s),
                             10000);
    QVERIFY2(dialog.checkResult()->text().contains(u"key"_s, Qt::CaseInsensitive),
             qPrintable(dialog.checkResult()->text()));
    QVERIFY(!dialog.checkResult()->text().contains(u"phk_wrong"_s));
}

void TestWorkspaces::environmentKeyIsAnnounced()
{
    SimProcess hub;
    QVERIFY(hub.start());
    Settings settings(m_dir.filePath(u"environment.ini"_s));
    settings.addWorkspace(u"Hub"_s, hub.origin());
    KeyStore keys(u"Pharen Chat Tests"_s);
    MainWindow::Startup startup;
    startup.environmentKey = hub.demoKey();
    MainWindow window(&settings, &keys, startup);
    QSignalSpy loaded(&window, &MainWindow::agentsLoaded);
    window.show();
    window.start();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    QVERIFY(window.environmentKeyNotice()->isVisible());
    QVERIFY(window.banner()->text().contains(u"PHAREN_API_KEY"_s));
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(hub.demoKey().toUtf8()));
}

void TestWorkspaces::keyFromBeforeWorkspacesMovesToTheWorkspace()
{
    SimProcess hub;
    QVERIFY(hub.start());
    // Settings and keychain as an earlier version left them: one account, the key under its origin.
    const QString file = m_dir.filePath(u"upgrade.ini"_s);
    {
        QSettings old(file, QSettings::IniFormat);
        old.setValue(u"account/origin"_s, hub.origin().toString());
    }
    QVERIFY(storeKey(hub.origin().toString(), hub.demoKey()));
    Settings settings(file);
    const Workspace workspace = settings.activeWorkspace();
    QVERIFY(workspace.isValid());
    KeyStore keys(u"Pharen Chat Tests"_s);
    MainWindow window(&settings, &keys, {});
    QSignalSpy loaded(&window, &MainWindow::agentsLoaded);
    QSignalSpy removed(&keys, &KeyStore::keyRemoved);
    window.show();
    window.start();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000);
    QCOMPARE(window.account().apiKey, hub.demoKey());
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
    bool missing = false;
    QCOMPARE(readKey(workspace.keychainEntry(), &missing), hub.demoKey());
    QCOMPARE(readKey(hub.origin().toString(), &missing), QString());
    QVERIFY(missing);
    QCOMPARE(settings.legacyKeychainEntry(workspace.id), QString());
    keys.remove(workspace.keychainEntry());
}

void TestWorkspaces::switchTo(MainWindow &window, const QString &id)
{
    QComboBox *box = window.workspaceSwitcher();
    box->setCurrentIndex(box->findData(id));
    emit box->activated(box->currentIndex());
}

void TestWorkspaces::sendAndWait(MainWindow &window, const QString &text)
{
    QListView *list = window.agentPicker()->listView();
    if (!list->currentIndex().isValid())
        list->setCurrentIndex(list->model()->index(0, 0));
    const qsizetype before = window.conversation()->messages().size();
    window.composer()->setMessage(text);
    QTest::keyClick(window.composer()->editor(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window.conversation()->isAnswering() &&
                                 window.conversation()->messages().size() == before + 2,
                             15000);
}

QStringList TestWorkspaces::listedTitles(MainWindow &window)
{
    QStringList titles;
    for (const StoredConversation &conversation : window.store()->conversations())
        titles.append(conversation.title);
    return titles;
}

void TestWorkspaces::conversationsFollowTheWorkspace()
{
    // Each workspace lists and searches its own conversations, and comes back to the one that
    // was open in it; removing a workspace hands its conversations to the one shown next.
    SimProcess hubA;
    SimProcess hubB;
    QVERIFY(hubA.start());
    QVERIFY(hubB.start());
    hubA.setNext(QJsonObject{{u"tokens_per_second"_s, 2000}});
    hubB.setNext(QJsonObject{{u"tokens_per_second"_s, 2000}});
    Settings settings(m_dir.filePath(u"history.ini"_s));
    const Workspace a = settings.addWorkspace(u"Hub A"_s, hubA.origin());
    const Workspace b = settings.addWorkspace(u"Hub B"_s, hubB.origin());
    QVERIFY(storeKey(a.keychainEntry(), hubA.demoKey()));
    QVERIFY(storeKey(b.keychainEntry(), hubB.demoKey()));
    KeyStore keys(u"Pharen Chat Tests"_s);
    MainWindow::Startup startup;
    startup.databasePath = m_dir.filePath(u"history.sqlite"_s);
    MainWindow window(&settings, &keys, startup);
    QSignalSpy loaded(&window, &MainWindow::agentsLoaded);
    QSignalSpy restored(&window, &MainWindow::historyRestored);
    window.show();
    window.start();
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);

    sendAndWait(window, u"Aardvarks of hub A"_s);
    QCOMPARE(listedTitles(window), QStringList{u"Aardvarks of hub A"_s});
    // Half a follow-up for A stays with A: B's composer starts empty, so Enter cannot send it
    // to B.
    window.composer()->setMessage(u"Unsent follow-up for A"_s);

    switchTo(window, b.id);
    QVERIFY(window.conversation()->messages().isEmpty());
    QCOMPARE(window.composer()->message(), QString());
    QCOMPARE(listedTitles(window), QStringList());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
    sendAndWait(window, u"Bisons of hub B"_s);
    QCOMPARE(listedTitles(window), QStringList{u"Bisons of hub B"_s});
    ConversationSidebar *sidebar = window.sidebar();

    // Search finds only this workspace's messages.
    QTest::keyClicks(sidebar->searchField(), u"aardvarks"_s);
    QTRY_COMPARE(sidebar->listView()->model(), sidebar->searchModel());
    QTest::qWait(400);
    QCOMPARE(sidebar->searchModel()->rowCount(), 0);
    sidebar->searchField()->clear();

    // Back in A: its conversation is open again, its list shows only it.
    switchTo(window, a.id);
    QCOMPARE(window.conversation()->messages().size(), 2);
    QCOMPARE(window.conversation()->messages().first().text, u"Aardvarks of hub A"_s);
    QCOMPARE(window.composer()->message(), u"Unsent follow-up for A"_s);
    window.composer()->setMessage(QString());
    for (const QJsonValue &request : hubB.chatRequests())
        QVERIFY(!request.toObject().value(u"message"_s).toString().contains(u"follow-up"_s));
    QCOMPARE(listedTitles(window), QStringList{u"Aardvarks of hub A"_s});
    QTest::keyClicks(sidebar->searchField(), u"aardvarks"_s);
    QTRY_COMPARE_WITH_TIMEOUT(sidebar->searchModel()->rowCount(), 1, 5000);
    sidebar->searchField()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 10000);

    // Removing B, with A active: B's conversation is listed under A now, nothing is lost.
    whenDialogOpens(this, [&b](SettingsDialog *dialog) {
        for (int row = 0; row < dialog->workspaceList()->count(); ++row) {
            if (dialog->workspaceList()->item(row)->text() == b.name)
                dialog->workspaceList()->setCurrentRow(row);
        }
        dialog->removeWorkspace();
        dialog->workspaceList()->setCurrentRow(0);
        dialog->accept();
    });
    window.openSettings();
    QCOMPARE(settings.workspaces().size(), 1);
    QCOMPARE(window.account().workspaceId, a.id);
    QStringList titles = listedTitles(window);
    titles.sort();
    QCOMPARE(titles, QStringList({u"Aardvarks of hub A"_s, u"Bisons of hub B"_s}));
    QVERIFY(window.statusBar()->currentMessage().contains(u"1 conversation"_s));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 4, 10000);
    keys.remove(a.keychainEntry());
}

void TestWorkspaces::keyKeptInAFileMovesIntoTheKeychain()
{
    // A key the user chose to keep in a file (there was no keychain then) moves into the
    // keychain once one answers, and the file goes.
    SimProcess hub;
    QVERIFY(hub.start());
    Settings settings(m_dir.filePath(u"keyfile.ini"_s));
    const Workspace workspace = settings.addWorkspace(u"Hub"_s, hub.origin());
    const Workspace other = settings.addWorkspace(u"Not shown"_s, hub.origin());
    KeyFile file(m_dir.filePath(u"api-keys.json"_s));
    QVERIFY(file.write(workspace.keychainEntry(), hub.demoKey()));
    // Another workspace's key, kept in the same file, moves too, though it is not shown.
    QVERIFY(file.write(other.keychainEntry(), u"phk_of_the_other_workspace"_s));
    bool missing = false;
    QCOMPARE(readKey(workspace.keychainEntry(), &missing), QString());
    QVERIFY(missing);

    KeyStore keys(u"Pharen Chat Tests"_s);
    MainWindow::Startup startup;
    startup.keyFilePath = file.path();
    MainWindow window(&settings, &keys, startup);
    QSignalSpy loaded(&window, &MainWindow::agentsLoaded);
    window.show();
    window.start();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    QCOMPARE(window.account().apiKey, hub.demoKey());
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(file.path()), 10000);
    QVERIFY(window.banner()->text().contains(u"moved into it"_s));
    QVERIFY(!window.keyFileNotice()->isVisible());
    QCOMPARE(readKey(workspace.keychainEntry(), &missing), hub.demoKey());
    QCOMPARE(readKey(other.keychainEntry(), &missing), u"phk_of_the_other_workspace"_s);
    keys.remove(workspace.keychainEntry());
    keys.remove(other.keychainEntry());
}

void TestWorkspaces::dialogRefusesAnOverLongKeyAsItIsTyped()
{
    // F17 in the dialog: the reason shows while the key is typed, and Save keeps the dialog open.
    SettingsDialog dialog;
    dialog.setMaxKeyBytes(2560);
    dialog.setWorkspaces({}, {});
    dialog.show();
    dialog.originField()->setText(u"http://127.0.0.1:9"_s);
    const QString longKey = u"phk_"_s + QString(2996, u'x');
    dialog.keyField()->setText(longKey);
    QVERIFY(dialog.keyHint()->isVisible());
    QVERIFY2(dialog.keyHint()->text().contains(u"3000 bytes"_s),
             qPrintable(dialog.keyHint()->text()));
    QVERIFY(dialog.keyHint()->text().contains(u"2560"_s));
    QVERIFY(!dialog.keyHint()->text().contains(longKey));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    dialog.keyField()->setText(longKey.left(2560));
    QVERIFY(!dialog.keyHint()->isVisible());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.entries().first().key, longKey.left(2560));
}

void TestWorkspaces::leavingTheDemoServerWhileItStarts()
{
    // Switched away from the demo server before it was ready, again and again: its start-up
    // lines still arrive while it stops, and must change nothing.
    SimProcess hub;
    QVERIFY(hub.start());
    Settings settings(m_dir.filePath(u"demo-race.ini"_s));
    const Workspace a = settings.addWorkspace(u"Hub A"_s, hub.origin());
    QVERIFY(storeKey(a.keychainEntry(), hub.demoKey()));
    settings.setActiveWorkspaceId(QString());
    KeyStore keys(u"Pharen Chat Tests"_s);
    MainWindow::Startup startup;
    startup.simulatorProgram = qEnvironmentVariable("PHAREN_SIM");
    MainWindow window(&settings, &keys, startup);
    window.show();
    window.start();
    QVERIFY(window.isDemo());
    QSignalSpy loaded(&window, &MainWindow::agentsLoaded);
    for (int round = 0; round < 6; ++round) {
        QTest::qWait(round); // 0 to 5 ms: the demo server is still starting
        window.switchWorkspace(a.id);
        QVERIFY(!window.isDemo());
        QTest::qWait(round); // the abandoned one stops now, while no demo server is shown
        window.switchWorkspace(QString());
        QVERIFY(window.isDemo());
    }
    window.switchWorkspace(a.id);
    loaded.clear();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    QTest::qWait(2500); // every abandoned demo server has stopped by now
    QCOMPARE(window.account().origin, hub.origin());
    QCOMPARE(window.account().apiKey, hub.demoKey());
    QVERIFY(!window.isDemo());
    keys.remove(a.keychainEntry());
}

QTEST_MAIN(TestWorkspaces)
#include "tst_workspaces.moc"
