// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Composer.h"
#include "Conversation.h"
#include "KeyFile.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "MessageEdit.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SimProcess.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A session without a usable keychain (the D-Bus session bus points nowhere): the key is kept in
// memory for this session, the window says so, messages still go out, and no file holds the key.
class TestKeyFallback : public QObject
{
    Q_OBJECT

private slots:
    void keyStaysInMemoryWithANotice();
    void fileIsAnExplicitWarnedChoice();

private:
    // Answers the message box that the next event-loop turn shows by clicking `buttonName`, or
    // Cancel when it is empty; `text` receives what the box said.
    void answerMessageBox(const QString &buttonName, QString *text);
};

void TestKeyFallback::keyStaysInMemoryWithANotice()
{
    SimProcess sim;
    QVERIFY(sim.start());
    sim.setNext(QJsonObject{{u"tokens_per_second"_s, 2000}});
    QTemporaryDir home;
    Settings settings(home.filePath(u"settings.ini"_s));
    settings.setOrigin(sim.origin());
    KeyStore keys(u"Pharen Chat Tests"_s);
    MainWindow window(&settings, &keys, {});
    window.show();
    window.start();
    // Reading fails: the banner explains and offers the settings.
    QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isVisible(), 10000);
    QVERIFY(window.banner()->text().contains(u"session only"_s));

    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->keyField()->setText(sim.demoKey());
        dialog->accept();
    });
    QSignalSpy loaded(&window, &MainWindow::agentsLoaded);
    window.openSettings();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.banner()->text().contains(u"could not be saved"_s), 10000);
    QVERIFY(window.banner()->text().contains(u"session only"_s));
    QVERIFY(!window.banner()->text().contains(sim.demoKey()));
    QCOMPARE(window.account().apiKey, sim.demoKey());

    // The message still goes out with the key held in memory.
    QListView *list = window.findChild<QListView *>();
    list->setCurrentIndex(list->model()->index(0, 0));
    window.composer()->setMessage(u"Still there?"_s);
    QTest::keyClick(window.composer()->editor(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window.conversation()->isAnswering() &&
                                 window.conversation()->messages().size() == 2,
                             15000);
    QCOMPARE(window.conversation()->messages().at(1).state, AnswerState::Complete);

    // Nothing under the test's home holds the key.
    settings.sync();
    QDirIterator files(home.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(sim.demoKey().toUtf8()), qPrintable(file.fileName()));
    }
}

void TestKeyFallback::answerMessageBox(const QString &buttonName, QString *text)
{
    QTimer::singleShot(0, this, [buttonName, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        *text = box->text();
        QAbstractButton *button = buttonName.isEmpty() ? box->button(QMessageBox::Cancel)
                                                       : box->findChild<QPushButton *>(buttonName);
        QVERIFY(button);
        button->click();
    });
}

void TestKeyFallback::fileIsAnExplicitWarnedChoice()
{
    // No keychain: the key is never put in a file on its own. The user may choose a file after a
    // warning; the file is theirs alone, the settings never hold the key, and the next start uses
    // the file's key without asking.
    SimProcess sim;
    QVERIFY(sim.start());
    QTemporaryDir home;
    Settings settings(home.filePath(u"settings.ini"_s));
    settings.addWorkspace(u"Hub"_s, sim.origin());
    KeyStore keys(u"Pharen Chat Tests"_s);
    MainWindow::Startup startup;
    startup.keyFilePath = home.filePath(u"data/api-keys.json"_s);
    {
        MainWindow window(&settings, &keys, startup);
        window.show();
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.banner()->text().contains(u"session only"_s), 10000);
        QVERIFY(!window.keyFileButton()->isVisible()); // nothing to keep before a key is typed

        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->keyField()->setText(sim.demoKey());
            dialog->accept();
        });
        QSignalSpy loaded(&window, &MainWindow::agentsLoaded);
        window.openSettings();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.keyFileButton()->isVisible(), 10000);
        QVERIFY(!QFile::exists(startup.keyFilePath));

        // Cancel first: nothing is written.
        QString said;
        answerMessageBox(QString(), &said);
        window.keyFileButton()->click();
        QVERIFY(said.contains(u"not encrypted"_s));
        QVERIFY(!said.contains(sim.demoKey()));
        QVERIFY(!QFile::exists(startup.keyFilePath));

        answerMessageBox(u"keepInFile"_s, &said);
        window.keyFileButton()->click();
        QVERIFY(QFile::exists(startup.keyFilePath));
        QCOMPARE(QFile::permissions(startup.keyFilePath),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
        QCOMPARE(KeyFile(startup.keyFilePath).read(u"workspace/"_s + settings.activeWorkspaceId()),
                 sim.demoKey());
        QVERIFY(window.keyFileNotice()->isVisible());
        QVERIFY(!window.banner()->text().contains(sim.demoKey()));
    }
    settings.sync();
    QFile settingsFile(settings.fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains(sim.demoKey().toUtf8()));

    // The next start: the file's key, no question; the keychain is still missing, so it stays.
    MainWindow again(&settings, &keys, startup);
    QSignalSpy loaded(&again, &MainWindow::agentsLoaded);
    QSignalSpy refused(&keys, &KeyStore::failed);
    again.show();
    again.start();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    QCOMPARE(again.account().apiKey, sim.demoKey());
    QVERIFY(again.keyFileNotice()->isVisible());
    // The attempt to move the key into the keychain fails, and changes nothing.
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
    QVERIFY(!again.banner()->isVisible() || !again.banner()->text().contains(u"session only"_s));
    QVERIFY(QFile::exists(startup.keyFilePath));
}

int main(int argc, char *argv[])
{
    // Before anything touches D-Bus: a session bus address where nothing listens.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pharen-no-bus");
    QApplication app(argc, argv);
    TestKeyFallback test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keyfallback.moc"
