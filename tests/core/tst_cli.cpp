// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// `pharen` as a script would run it, against the simulator.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsAgents();
    void asksAndPrintsTheAnswer();
    void printsEventsAsJsonLines();
    void continuesAConversation();
    void interruptStopsTheAnswer();
    void exitCodes_data();
    void exitCodes();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run pharen(const QStringList &arguments, const QString &key);
    QString firstActiveAgent();

    SimProcess m_sim;
};

void TestCli::initTestCase()
{
    QVERIFY(m_sim.start());
}

void TestCli::init()
{
    m_sim.clearRequests();
    m_sim.setNext(QJsonObject{{u"tokens_per_second"_s, 2000}});
}

TestCli::Run TestCli::pharen(const QStringList &arguments, const QString &key)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PHAREN_API_KEY"_s, key);
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("PHAREN_CLI"), arguments);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestCli::firstActiveAgent()
{
    const Run run =
        pharen({u"agents"_s, u"--origin"_s, m_sim.origin().toString()}, m_sim.demoKey());
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.contains(u"(inactive)"_s))
            return line.section(u'\t', 0, 0);
    }
    return {};
}

void TestCli::listsAgents()
{
    const Run run =
        pharen({u"agents"_s, u"--origin"_s, m_sim.origin().toString()}, m_sim.demoKey());
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 5);
    for (const QString &line : lines)
        QVERIFY2(line.count(u'\t') >= 2, qPrintable(line));
    QVERIFY(run.out.contains(u"(inactive)"_s));
    QVERIFY(!run.out.contains(m_sim.demoKey()));
    QVERIFY(!run.err.contains(m_sim.demoKey()));
}

void TestCli::asksAndPrintsTheAnswer()
{
    const QString agent = firstActiveAgent();
    m_sim.clearRequests();
    const Run run = pharen({u"ask"_s,
                            u"--origin"_s,
                            m_sim.origin().toString(),
                            u"--agent"_s,
                            agent,
                            u"--think"_s,
                            u"--model"_s,
                            u"sim-large"_s,
                            u"Hello"_s},
                           m_sim.demoKey());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject recorded = m_sim.chatRequests().first().toObject();
    QCOMPARE(run.out.trimmed(), recorded.value(u"answer"_s).toString().trimmed());
    QVERIFY(run.err.contains(recorded.value(u"reasoning"_s).toString().left(30)));
    const QJsonObject body =
        QJsonDocument::fromJson(recorded.value(u"body"_s).toString().toUtf8()).object();
    QCOMPARE(body.value(u"enable_thinking"_s), QJsonValue(true));
    QCOMPARE(body.value(u"model"_s).toString(), u"sim-large"_s);
    QVERIFY(!run.err.contains(m_sim.demoKey()));
}

void TestCli::printsEventsAsJsonLines()
{
    const QString agent = firstActiveAgent();
    m_sim.clearRequests();
    const Run run = pharen({u"ask"_s,
                            u"--origin"_s,
                            m_sim.origin().toString(),
                            u"--agent"_s,
                            agent,
                            u"--events"_s,
                            u"Hello"_s},
                           m_sim.demoKey());
    QCOMPARE(run.exitCode, 0);
    QString answer;
    QSet<QString> kinds;
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonObject event = QJsonDocument::fromJson(line.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        kinds.insert(event.value(u"kind"_s).toString());
        if (event.value(u"kind"_s).toString() == u"answer"_s)
            answer += event.value(u"text"_s).toString();
    }
    QVERIFY(kinds.contains(u"identifiers"_s));
    QVERIFY(kinds.contains(u"answer"_s));
    QVERIFY(kinds.contains(u"terminal"_s));
    QCOMPARE(answer, m_sim.chatRequests().first().toObject().value(u"answer"_s).toString());
}

void TestCli::continuesAConversation()
{
    const QString agent = firstActiveAgent();
    const QStringList ask{u"ask"_s, u"--origin"_s, m_sim.origin().toString(), u"--agent"_s, agent};
    const Run first = pharen(ask + QStringList{u"One"_s}, m_sim.demoKey());
    QCOMPARE(first.exitCode, 0);
    const QString id =
        m_sim.chatRequests().last().toObject().value(u"conversation_id"_s).toString();
    QVERIFY(first.err.contains(id));
    const Run second =
        pharen(ask + QStringList{u"--conversation"_s, id, u"Two"_s}, m_sim.demoKey());
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.out.contains(u"2"_s));
    const QJsonObject body =
        QJsonDocument::fromJson(
            m_sim.chatRequests().last().toObject().value(u"body"_s).toString().toUtf8())
            .object();
    QCOMPARE(body.value(u"conversation_id"_s).toString(), id);
}

void TestCli::interruptStopsTheAnswer()
{
    const QString agent = firstActiveAgent();
    m_sim.setNext(QJsonObject{{u"tokens_per_second"_s, 20}});
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PHAREN_API_KEY"_s, m_sim.demoKey());
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("PHAREN_CLI"),
                  {u"ask"_s,
                   u"--origin"_s,
                   m_sim.origin().toString(),
                   u"--agent"_s,
                   agent,
                   u"Tell me everything"_s});
    QByteArray printed;
    QTRY_VERIFY_WITH_TIMEOUT((printed += process.readAllStandardOutput()).size() > 20, 15000);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 17);
    printed += process.readAllStandardOutput();
    const QString answer = m_sim.chatRequests().last().toObject().value(u"answer"_s).toString();
    QVERIFY(answer.startsWith(QString::fromUtf8(printed).trimmed().left(20)));
    QVERIFY(printed.size() < answer.toUtf8().size());
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no command") << QStringList() << u"phk_demo_local_simulator"_s << 2;
    QTest::newRow("ask without agent")
        << QStringList{u"ask"_s, u"hi"_s} << u"phk_demo_local_simulator"_s << 2;
    QTest::newRow("wrong key") << QStringList{u"agents"_s} << u"phk_wrong"_s << 6;
    QTest::newRow("unknown agent") << QStringList{u"ask"_s, u"--agent"_s, u"Nobody"_s, u"hi"_s}
                                   << u"phk_demo_local_simulator"_s << 8;
    QTest::newRow("unknown conversation") << QStringList{u"ask"_s,
                                                         u"--agent"_s,
                                                         u"FIRST"_s,
                                                         u"--conversation"_s,
                                                         u"conv_1"_s,
                                                         u"hi"_s}
                                          << u"phk_demo_local_simulator"_s << 8;
    QTest::newRow("read-only key")
        << QStringList{u"ask"_s, u"--agent"_s, u"FIRST"_s, u"hi"_s} << u"phk_sim_readonly"_s << 7;
    QTest::newRow("message too long")
        << QStringList{u"ask"_s, u"--agent"_s, u"FIRST"_s, QString(32001, u'x')}
        << u"phk_demo_local_simulator"_s << 9;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, key);
    QFETCH(int, exitCode);
    const QString agent = firstActiveAgent();
    arguments.replaceInStrings(u"FIRST"_s, agent);
    if (!arguments.isEmpty())
        arguments << u"--origin"_s << m_sim.origin().toString();
    const Run run = pharen(arguments, key);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode != 0 && exitCode != 2)
        QVERIFY2(!run.err.trimmed().isEmpty(), "a failure says why");
    QVERIFY(!run.err.contains(key) || key.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
