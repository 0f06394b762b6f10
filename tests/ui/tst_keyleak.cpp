// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentPicker.h"
#include "Composer.h"
#include "Conversation.h"
#include "ConversationHistory.h"
#include "ConversationRecorder.h"
#include "ConversationView.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "MessageEdit.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "ShownText.h"
#include "SimProcess.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QListView>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
QMutex logLock;
QStringList logged;

// Everything any category says, debug included, kept here and nowhere else: the test's own output
// must not carry a key either.
void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker locker(&logLock);
    logged.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}
} // namespace

// A whole session with every pharen.* category at debug level: the key typed in the settings,
// agents listed, an answer streamed, a server error, a redirect to another origin, a second
// workspace switched to, conversations exported. Afterwards neither key is in the settings file,
// the database, the exports, the log, or any text shown to the user; the other origin never saw a
// request.
class TestKeyLeak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wholeSessionLeaksNoKey();

private:
    void sendAndWait(MainWindow &window, const QString &text);
    static void chooseAnAgent(MainWindow &window);
    QtMessageHandler m_previous = nullptr;
};

void TestKeyLeak::initTestCase()
{
    // After QTest's own handler is in place, so that nothing reaches the test's output.
    m_previous = qInstallMessageHandler(capture);
    QVERIFY(qEnvironmentVariable("QT_LOGGING_RULES").contains(u"pharen.*.debug=true"_s));
}

void TestKeyLeak::cleanupTestCase()
{
    qInstallMessageHandler(m_previous);
}

void TestKeyLeak::chooseAnAgent(MainWindow &window)
{
    QListView *list = window.agentPicker()->listView();
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (!(index.flags() & Qt::ItemIsEnabled))
            continue;
        list->setCurrentIndex(QModelIndex());
        list->setCurrentIndex(index);
        if (!window.conversation()->agent().id.isEmpty())
            return;
    }
    QFAIL(qPrintable(u"no agent could be chosen among "_s +
                     QString::number(list->model()->rowCount()) + u" demo="_s +
                     QString::number(window.isDemo())));
}

void TestKeyLeak::sendAndWait(MainWindow &window, const QString &text)
{
    const qsizetype before = window.conversation()->messages().size();
    window.composer()->setMessage(text);
    QTest::keyClick(window.composer()->editor(), Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(!window.conversation()->isAnswering() &&
                                  window.conversation()->messages().size() == before + 2,
                              qPrintable(text + u' ' + window.conversation()->agent().name),
                              15000);
}

void TestKeyLeak::wholeSessionLeaksNoKey()
{
    const QString keyA = u"phk_leakprobeA_"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QString keyB = u"phk_leakprobeB_"_s + QUuid::createUuid().toString(QUuid::Id128);
    SimProcess hubA({u"--key"_s, keyA, u"--tokens-per-second"_s, u"2000"_s});
    SimProcess hubB({u"--key"_s, keyB, u"--tokens-per-second"_s, u"2000"_s});
    QVERIFY(hubA.start());
    QVERIFY(hubB.start());
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    KeyStore keys(u"Pharen Chat Tests"_s);
    MainWindow::Startup startup;
    startup.simulatorProgram = qEnvironmentVariable("PHAREN_SIM");
    startup.databasePath = dir.filePath(u"conversations.db"_s);
    QStringList shown;           // every text the widgets held at each step
    ShownText::BoxWatcher boxes; // and any message box's
    {
        MainWindow window(&settings, &keys, startup);
        QSignalSpy loaded(&window, &MainWindow::agentsLoaded);
        QSignalSpy restored(&window, &MainWindow::historyRestored);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000); // the demo server
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 10000);

        // Two workspaces, their keys typed (with a pasted "Bearer ") in the settings.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->originField()->setText(hubB.origin().toString());
            dialog->keyField()->setText(u"Bearer "_s + keyB);
            dialog->addWorkspace();
            dialog->originField()->setText(hubA.origin().toString());
            dialog->keyField()->setText(u" "_s + keyA + u" "_s);
            dialog->accept();
        });
        window.openSettings();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        QCOMPARE(window.account().origin, hubA.origin());
        shown << ShownText::collect();

        // An answer streamed, then a server error, then a redirect to hub B's origin.
        chooseAnAgent(window);
        sendAndWait(window, u"First message"_s);
        QCOMPARE(window.conversation()->messages().at(1).state, AnswerState::Complete);
        hubA.setNext(QJsonObject{{u"fault"_s, u"status:500"_s}});
        sendAndWait(window, u"Second message"_s);
        shown << ShownText::collect();
        hubB.clearRequests();
        const QString elsewhere = u"redirect:"_s + hubB.origin().toString() + u"/api/agents/"_s;
        hubA.setNext(QJsonObject{{u"fault"_s, elsewhere}});
        sendAndWait(window, u"Third message"_s);
        QCOMPARE(window.conversation()->messages().last().state, AnswerState::Failed);
        shown << ShownText::collect();
        QCOMPARE(hubB.requests().size(), 0); // the key never went to the other origin
        hubA.clearNext();

        // Exports of the conversation.
        const qint64 stored = window.recorder()->storedId();
        QVERIFY(stored > 0);
        QString problem;
        QVERIFY2(
            window.history()->exportConversation(stored, dir.filePath(u"export.json"_s), &problem),
            qPrintable(problem));
        QVERIFY(
            window.history()->exportConversation(stored, dir.filePath(u"export.md"_s), &problem));

        // Switch to the other workspace and talk there too.
        QComboBox *box = window.workspaceSwitcher();
        box->setCurrentIndex(0);
        emit box->activated(0);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 10000);
        QCOMPARE(window.account().origin, hubB.origin());
        chooseAnAgent(window);
        sendAndWait(window, u"Hello B"_s);
        shown << ShownText::collect();
        window.close();
        for (const Workspace &workspace : settings.workspaces())
            keys.remove(workspace.keychainEntry());
        QSignalSpy removed(&keys, &KeyStore::keyRemoved);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 2, 10000);
    }
    settings.sync();

    // Debug logging was really on, and said a good deal.
    const QString log = [] {
        const QMutexLocker locker(&logLock);
        return logged.join(u'\n');
    }();
    for (const char *category : {"pharen.net", "pharen.keychain", "pharen.settings", "pharen.ui"})
        QVERIFY2(log.contains(QLatin1StringView(category)), category);
    QVERIFY(logged.size() > 20);

    int hits = 0;
    for (const QString &key : {keyA, keyB}) {
        hits += int(log.count(key));
        hits += int((shown + boxes.texts()).join(u'\n').count(key));
        QDirIterator files(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            hits += int(bytes.count(key.toUtf8()));
        }
    }
    QCOMPARE(hits, 0);
    // The files that were searched exist.
    for (const char *name : {"settings.ini", "conversations.db", "export.json", "export.md"})
        QVERIFY2(QFile::exists(dir.filePath(QLatin1StringView(name))), name);
}

int main(int argc, char *argv[])
{
    qputenv("QT_LOGGING_RULES", "pharen.*.debug=true");
    QApplication app(argc, argv);
    TestKeyLeak test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keyleak.moc"
