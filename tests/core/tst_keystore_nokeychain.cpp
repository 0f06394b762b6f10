// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

// F16 against a real D-Bus: the test starts its own session bus on which nothing provides the
// Secret Service (no activation either), then a process that owns org.freedesktop.secrets and
// never answers. Either way the key is refused within the time limit, the reason says what to
// do, and nothing waits a second time.
class TestKeyStoreNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void noServiceFailsWithAdvice();
    void noServiceReadIsNotMistakenForNoKey();
    void silentServiceTimesOutThenFailsAtOnce();

private:
    struct Outcome
    {
        QString reason;
        bool written = false;
        bool missing = false;
        qint64 ms = 0;
    };
    static Outcome run(KeyStore &store, bool write, const QString &entry);
};

namespace {
const QString Probe = u"phk_nokeychain_probe_7f3a"_s;

// Owns every object path and answers nothing: a keychain that hangs.
class SilentObject : public QDBusVirtualObject
{
public:
    using QDBusVirtualObject::QDBusVirtualObject;
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override { return true; }
};

int runSilentService(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    SilentObject object;
    if (!bus.registerVirtualObject(u"/"_s, &object, QDBusConnection::SubPath) ||
        !bus.registerService(u"org.freedesktop.secrets"_s)) {
        std::fprintf(stderr, "cannot own org.freedesktop.secrets\n");
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
} // namespace

TestKeyStoreNoKeychain::Outcome
TestKeyStoreNoKeychain::run(KeyStore &store, bool write, const QString &entry)
{
    QSignalSpy failed(&store, &KeyStore::failed);
    QSignalSpy written(&store, &KeyStore::keyWritten);
    QSignalSpy read(&store, &KeyStore::keyRead);
    QSignalSpy missing(&store, &KeyStore::keyMissing);
    QElapsedTimer clock;
    clock.start();
    if (write)
        store.write(entry, Probe);
    else
        store.read(entry);
    while (failed.size() + written.size() + read.size() + missing.size() == 0 &&
           clock.elapsed() < 30000)
        QTest::qWait(20);
    Outcome outcome;
    outcome.ms = clock.elapsed();
    outcome.reason = failed.isEmpty() ? QString() : failed.first().at(1).toString();
    outcome.written = !written.isEmpty();
    outcome.missing = !missing.isEmpty();
    return outcome;
}

void TestKeyStoreNoKeychain::noServiceFailsWithAdvice()
{
    KeyStore store(u"Pharen Chat Tests"_s);
    const Outcome outcome = run(store, true, u"workspace/no-service"_s);
    QVERIFY(!outcome.written);
    QVERIFY2(!outcome.reason.isEmpty(), "saving must fail, not succeed or hang");
    QVERIFY2(outcome.ms < KeyStore::DefaultTimeoutMs + 1500,
             qPrintable(QString::number(outcome.ms)));
    QVERIFY(!outcome.reason.contains(Probe));
    // It says what to install or unlock.
    QVERIFY2(outcome.reason.contains(u"GNOME Keyring"_s) || outcome.reason.contains(u"Unlock"_s),
             qPrintable(outcome.reason));
}

void TestKeyStoreNoKeychain::noServiceReadIsNotMistakenForNoKey()
{
    KeyStore store(u"Pharen Chat Tests"_s);
    const Outcome outcome = run(store, false, u"workspace/no-service"_s);
    // "No key saved" would send the user to type it again without saying why it is not kept.
    QVERIFY(!outcome.missing);
    QVERIFY2(!outcome.reason.isEmpty(), "reading must fail with a reason");
    QVERIFY(outcome.ms < KeyStore::DefaultTimeoutMs + 1500);
}

void TestKeyStoreNoKeychain::silentServiceTimesOutThenFailsAtOnce()
{
    QProcess service;
    service.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    service.start(QCoreApplication::applicationFilePath(), {u"--silent-secret-service"_s});
    QVERIFY(service.waitForReadyRead(10000));
    QCOMPARE(service.readLine().trimmed(), QByteArray("ready"));
    const auto stopService = qScopeGuard([&] {
        service.kill();
        service.waitForFinished(5000);
    });

    KeyStore store(u"Pharen Chat Tests"_s);
    const Outcome first = run(store, true, u"workspace/silent"_s);
    QVERIFY(!first.written);
    QVERIFY2(first.reason.contains(u"did not answer within 5"_s), qPrintable(first.reason));
    QVERIFY2(first.ms >= KeyStore::DefaultTimeoutMs - 100 &&
                 first.ms < KeyStore::DefaultTimeoutMs + 2000,
             qPrintable(QString::number(first.ms)));
    QVERIFY(first.reason.contains(u"Unlock"_s));

    // The unanswered job is still pending: the next request does not start a second one beside
    // it and does not wait again.
    const Outcome second = run(store, true, u"workspace/silent"_s);
    QVERIFY(!second.written);
    QVERIFY2(second.reason.contains(u"earlier request"_s), qPrintable(second.reason));
    QVERIFY2(second.ms < 1000, qPrintable(QString::number(second.ms)));
    QVERIFY(!second.reason.contains(Probe));
}

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--silent-secret-service") == 0)
        return runSilentService(argc, argv);

    // A private session bus, before anything touches D-Bus: no Secret Service on it, and no
    // service files, so that none is started on demand.
    QTemporaryDir dir;
    const QString config = dir.filePath(u"bus.conf"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
               "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
               "<busconfig><type>session</type><listen>unix:tmpdir=" +
               dir.path().toUtf8() +
               "</listen><auth>EXTERNAL</auth>"
               "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
               "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
    file.close();
    QProcess bus;
    bus.start(u"dbus-daemon"_s,
              {u"--config-file="_s + config, u"--print-address"_s, u"--nofork"_s});
    if (!bus.waitForReadyRead(10000)) {
        std::fprintf(stderr, "dbus-daemon did not start\n");
        return 2;
    }
    const QByteArray address = bus.readLine().trimmed();
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    int result = 0;
    {
        QCoreApplication app(argc, argv);
        TestKeyStoreNoKeychain test;
        result = QTest::qExec(&test, argc, argv);
    }
    bus.kill();
    bus.waitForFinished(5000);
    return result;
}

#include "tst_keystore_nokeychain.moc"
