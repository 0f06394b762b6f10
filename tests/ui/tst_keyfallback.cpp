// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Composer.h"
#include "Conversation.h"
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

int main(int argc, char *argv[])
{
    // Before anything touches D-Bus: a session bus address where nothing listens.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pharen-no-bus");
    QApplication app(argc, argv);
    TestKeyFallback test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keyfallback.moc"
