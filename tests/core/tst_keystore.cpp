// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyStore.h"
#include "Settings.h"
#include "Workspace.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// The key against the real Secret Service of the test's private D-Bus session (see
// packaging/with-keyring.sh): stored, read back exactly, replaced, removed; never in settings.
class TestKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void replaceAndRemove();
    void missingEntry();
    void queuedJobsKeepTheirOrder();
    void settingsNeverHoldTheKey();
    void silentKeychainTimesOut();
    void twoWorkspacesKeepTheirOwnKeys();
    void longKeyRoundTripsExactly();
    void keyOverTheLimitIsRefusedNotCut();

private:
    static QString uniqueEntry() { return u"test-"_s + QUuid::createUuid().toString(); }
    QString readBack(KeyStore &store, const QString &entry, bool *missing = nullptr);
};

void TestKeyStore::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run the tests through packaging/with-keyring.sh (a private Secret Service)");
}

QString TestKeyStore::readBack(KeyStore &store, const QString &entry, bool *missing)
{
    QSignalSpy read(&store, &KeyStore::keyRead);
    QSignalSpy absent(&store, &KeyStore::keyMissing);
    QSignalSpy failed(&store, &KeyStore::failed);
    store.read(entry);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(read.size() + absent.size() + failed.size() == 1, 10000);
    }();
    if (!failed.isEmpty())
        qWarning() << "keychain failed:" << failed.first().at(1).toString();
    if (missing)
        *missing = !absent.isEmpty();
    return read.isEmpty() ? QString() : read.first().at(1).toString();
}

void TestKeyStore::roundTrip()
{
    KeyStore store(u"Pharen Chat Tests"_s);
    const QString entry = uniqueEntry();
    const QString key = u"phk_"_s + QUuid::createUuid().toString(QUuid::Id128) + u"äß😀"_s;
    QSignalSpy written(&store, &KeyStore::keyWritten);
    QSignalSpy failed(&store, &KeyStore::failed);
    store.write(entry, key);
    QTRY_VERIFY_WITH_TIMEOUT(written.size() + failed.size() == 1, 10000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(written.first().at(0).toString(), entry);

    // A second store object, as after a restart, reads the same key.
    KeyStore again(u"Pharen Chat Tests"_s);
    QCOMPARE(readBack(again, entry), key);
    store.remove(entry);
}

void TestKeyStore::replaceAndRemove()
{
    KeyStore store(u"Pharen Chat Tests"_s);
    const QString entry = uniqueEntry();
    QSignalSpy removed(&store, &KeyStore::keyRemoved);
    store.write(entry, u"phk_first"_s);
    store.write(entry, u"phk_second"_s);
    QCOMPARE(readBack(store, entry), u"phk_second"_s);
    store.remove(entry);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
    bool missing = false;
    QCOMPARE(readBack(store, entry, &missing), QString());
    QVERIFY(missing);
}

void TestKeyStore::missingEntry()
{
    KeyStore store(u"Pharen Chat Tests"_s);
    bool missing = false;
    QCOMPARE(readBack(store, uniqueEntry(), &missing), QString());
    QVERIFY(missing);
}

void TestKeyStore::queuedJobsKeepTheirOrder()
{
    KeyStore store(u"Pharen Chat Tests"_s);
    const QString a = uniqueEntry();
    const QString b = uniqueEntry();
    QSignalSpy read(&store, &KeyStore::keyRead);
    store.write(a, u"phk_a"_s);
    store.write(b, u"phk_b"_s);
    store.read(b);
    store.read(a);
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 2, 15000);
    QCOMPARE(read.at(0).at(0).toString(), b);
    QCOMPARE(read.at(0).at(1).toString(), u"phk_b"_s);
    QCOMPARE(read.at(1).at(1).toString(), u"phk_a"_s);
    store.remove(a);
    store.remove(b);
}

void TestKeyStore::settingsNeverHoldTheKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"settings.ini"_s);
    const QString key = u"phk_settings_probe_"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        Settings settings(path);
        settings.setOrigin(QUrl(u"https://pharen.app"_s));
        settings.setModel(u"sim-large"_s);
        KeyStore store(u"Pharen Chat Tests"_s);
        QSignalSpy written(&store, &KeyStore::keyWritten);
        store.write(u"https://pharen.app"_s, key);
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 10000);
        settings.sync();
        store.remove(u"https://pharen.app"_s);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("pharen.app"));
    QVERIFY(!contents.contains(key.toUtf8()));
    QVERIFY(!contents.contains("phk_"));
}

void TestKeyStore::silentKeychainTimesOut()
{
    // No keychain answers within a millisecond: the job is given up and the reason reported.
    KeyStore store(u"Pharen Chat Tests"_s);
    store.setTimeout(1);
    QSignalSpy failed(&store, &KeyStore::failed);
    QSignalSpy written(&store, &KeyStore::keyWritten);
    const QString entry = uniqueEntry();
    store.write(entry, u"phk_slow"_s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QVERIFY(failed.first().at(1).toString().contains(u"did not answer"_s));
    QVERIFY(!failed.first().at(1).toString().contains(u"phk_slow"_s));
    // The queue goes on: a later job with time to spare still works.
    store.setTimeout(KeyStore::DefaultTimeoutMs);
    QCOMPARE(readBack(store, uniqueEntry()), QString());
    QTest::qWait(200);
    QCOMPARE(written.size(), 0);
    KeyStore cleaner(u"Pharen Chat Tests"_s);
    cleaner.remove(entry);
}

void TestKeyStore::twoWorkspacesKeepTheirOwnKeys()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    // The same origin twice (two teams, say): the entries differ by the workspace's id.
    const Workspace a = settings.addWorkspace(u"A"_s, QUrl(u"http://127.0.0.1:9"_s));
    const Workspace b = settings.addWorkspace(u"B"_s, QUrl(u"http://127.0.0.1:9"_s));
    QVERIFY(a.keychainEntry() != b.keychainEntry());
    KeyStore store(u"Pharen Chat Tests"_s);
    store.write(a.keychainEntry(), u"phk_workspace_a"_s);
    store.write(b.keychainEntry(), u"phk_workspace_b"_s);
    QCOMPARE(readBack(store, a.keychainEntry()), u"phk_workspace_a"_s);
    QCOMPARE(readBack(store, b.keychainEntry()), u"phk_workspace_b"_s);
    // Renaming keeps the entry; removing one workspace's key leaves the other's.
    Workspace renamed = a;
    renamed.name = u"A renamed"_s;
    settings.updateWorkspace(renamed);
    QCOMPARE(settings.workspace(a.id)->keychainEntry(), a.keychainEntry());
    store.remove(b.keychainEntry());
    bool missing = false;
    QCOMPARE(readBack(store, b.keychainEntry(), &missing), QString());
    QVERIFY(missing);
    QCOMPARE(readBack(store, a.keychainEntry()), u"phk_workspace_a"_s);
    store.remove(a.keychainEntry());
}

void TestKeyStore::longKeyRoundTripsExactly()
{
    // F17: 3,000 characters are within this platform's limit and come back unchanged.
    QCOMPARE_GE(KeyStore::PlatformMaxKeyBytes, 2560);
    KeyStore store(u"Pharen Chat Tests"_s);
    const QString entry = uniqueEntry();
    QString key = u"phk_"_s;
    while (key.size() < 3000)
        key += QUuid::createUuid().toString(QUuid::Id128);
    key.truncate(3000);
    if (key.toUtf8().size() > store.maxKeyBytes())
        QSKIP("this platform's keychain holds fewer than 3,000 bytes");
    QSignalSpy written(&store, &KeyStore::keyWritten);
    store.write(entry, key);
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 10000);
    KeyStore again(u"Pharen Chat Tests"_s);
    QCOMPARE(readBack(again, entry), key);
    store.remove(entry);
}

void TestKeyStore::keyOverTheLimitIsRefusedNotCut()
{
    // F17 as on Windows (CredWrite's 2,560 bytes), and at this platform's own limit.
    for (const int limit : {2560, int(KeyStore::PlatformMaxKeyBytes)}) {
        KeyStore store(u"Pharen Chat Tests"_s);
        store.setMaxKeyBytes(limit);
        const QString entry = uniqueEntry();
        const QString key = u"phk_"_s + QString(limit + 1000, u'x');
        QSignalSpy failed(&store, &KeyStore::failed);
        QSignalSpy written(&store, &KeyStore::keyWritten);
        QElapsedTimer clock;
        clock.start();
        store.write(entry, key);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 2000);
        QVERIFY(clock.elapsed() < 1000); // at once, not after a keychain round trip
        const QString reason = failed.first().at(1).toString();
        QVERIFY2(reason.contains(QString::number(limit)), qPrintable(reason));
        QVERIFY(!reason.contains(key));
        QVERIFY(!store.refusal(key).isEmpty());
        QVERIFY(store.refusal(key.left(limit)).isEmpty());
        QTest::qWait(100);
        QCOMPARE(written.size(), 0);
        // Nothing, not even a part, was stored.
        bool missing = false;
        QCOMPARE(readBack(store, entry, &missing), QString());
        QVERIFY(missing);
    }
}

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
