// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrashGuard.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace Qt::StringLiterals;

// A child process with the crash guard installed as main() installs it learns a key, logs it at
// every level and then ends badly: by qFatal with the key in the message, or by a fatal signal.
// Its stderr holds every message with the key scrubbed, then the fixed crash line of the signal,
// and the child dies of that signal as it would without the guard.
class TestCrashGuard : public QObject
{
    Q_OBJECT

private slots:
    void crashPrintsNoKey_data();
    void crashPrintsNoKey();
};

void TestCrashGuard::crashPrintsNoKey_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("signal");
    QTest::newRow("qFatal with the key") << u"fatal"_s << SIGABRT;
    QTest::newRow("raised SIGSEGV") << u"segv"_s << SIGSEGV;
    QTest::newRow("write through a null pointer") << u"null-write"_s << SIGSEGV;
    QTest::newRow("stack overflow") << u"overflow"_s << SIGSEGV;
    QTest::newRow("abort()") << u"abort"_s << SIGABRT;
    QTest::newRow("raised SIGFPE") << u"fpe"_s << SIGFPE;
    QTest::newRow("raised SIGBUS") << u"bus"_s << SIGBUS;
    QTest::newRow("raised SIGILL") << u"ill"_s << SIGILL;
}

void TestCrashGuard::crashPrintsNoKey()
{
    QFETCH(QString, mode);
    QFETCH(int, signal);
    // Not shaped like a Pharen key, so that only the registry can find it.
    const QString key = u"crashprobe-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    environment.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s);
    environment.remove(u"QT_MESSAGE_PATTERN"_s);
    environment.remove(u"QT_FATAL_WARNINGS"_s);
    child.setProcessEnvironment(environment);
    child.start(QStringLiteral(CRASH_CHILD), {mode, key});
    QVERIFY2(child.waitForFinished(30000), qPrintable(child.errorString()));
    const QByteArray out = child.readAllStandardOutput();
    const QByteArray err = child.readAllStandardError();

    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(!out.contains(key.toUtf8()));
    QVERIFY2(!err.contains(key.toUtf8()), "the key is on stderr");
    // Every message was printed, scrubbed; none was dropped to hide the key.
    for (const char *line : {"debug with the key [redacted]",
                             "info with the key [redacted]",
                             "Authorization: Bearer [redacted]",
                             "critical with the key [redacted]",
                             "category warning with the key [redacted]"})
        QVERIFY2(err.contains(line), line);
    if (mode == u"fatal")
        QVERIFY(err.contains("fatal with the key [redacted]"));
    const std::string_view line = CrashGuard::crashLine(signal);
    QVERIFY2(err.contains(QByteArrayView(line.data(), qsizetype(line.size()))), err.constData());
    QVERIFY(line.starts_with("Pharen Chat crashed"));
    // The crash line comes last: after it the default action ended the child.
    QVERIFY(err.endsWith(QByteArrayView(line.data(), qsizetype(line.size()))));
}

QTEST_GUILESS_MAIN(TestCrashGuard)
#include "tst_crashguard.moc"
