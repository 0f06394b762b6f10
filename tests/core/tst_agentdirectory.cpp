// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentDirectory.h"
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

// Every agent, across pages and envelopes, from the simulator over loopback.
class TestAgentDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageInEveryEnvelope_data();
    void everyPageInEveryEnvelope();
    void rejectedKeyIsUnauthorized();
    void silentServerTimesOut();

private:
    QList<Agent> load(const Account &account, ApiError *error = nullptr);

    QNetworkAccessManager m_network;
    SimProcess m_sim{{u"--extra-agents"_s, u"250"_s}};
};

void TestAgentDirectory::initTestCase()
{
    QVERIFY(m_sim.start());
}

QList<Agent> TestAgentDirectory::load(const Account &account, ApiError *error)
{
    AgentDirectory directory(&m_network);
    QSignalSpy loaded(&directory, &AgentDirectory::loaded);
    QSignalSpy failed(&directory, &AgentDirectory::failed);
    directory.load(account);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() + failed.size() == 1, 20000);
    }();
    if (error && !failed.isEmpty())
        *error = failed.first().first().value<ApiError>();
    return loaded.isEmpty() ? QList<Agent>() : loaded.first().first().value<QList<Agent>>();
}

void TestAgentDirectory::everyPageInEveryEnvelope_data()
{
    QTest::addColumn<QString>("envelope");
    QTest::addColumn<int>("requests");
    QTest::newRow("data, total") << u"data"_s << 3;
    QTest::newRow("django, next") << u"drf"_s << 3;
    QTest::newRow("bare array") << u"bare"_s << 1;
}

void TestAgentDirectory::everyPageInEveryEnvelope()
{
    QFETCH(QString, envelope);
    QFETCH(int, requests);
    m_sim.clearRequests();
    m_sim.setNext(QJsonObject{{u"envelope"_s, envelope}});
    const QList<Agent> agents = load({m_sim.origin(), m_sim.demoKey(), {}});
    m_sim.clearNext();
    QCOMPARE(agents.size(), 256);
    QSet<QString> ids;
    int inactive = 0;
    for (const Agent &agent : agents) {
        ids.insert(agent.id);
        inactive += agent.isActive ? 0 : 1;
        QVERIFY(!agent.name.isEmpty());
    }
    QCOMPARE(ids.size(), agents.size());
    QVERIFY(inactive >= 1);
    const QJsonArray received = m_sim.requests();
    int listRequests = 0;
    for (const QJsonValue &request : received) {
        if (request.toObject().value(u"path"_s).toString() == u"/api/agents/"_s)
            ++listRequests;
    }
    QCOMPARE(listRequests, requests);
}

void TestAgentDirectory::rejectedKeyIsUnauthorized()
{
    ApiError error;
    const QList<Agent> agents = load({m_sim.origin(), u"phk_wrong"_s, {}}, &error);
    QVERIFY(agents.isEmpty());
    QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
}

void TestAgentDirectory::silentServerTimesOut()
{
    // A server that accepts and never answers, as a plain-http server does to an https request:
    // the list fails as timed out, and never waits for ever.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    AgentDirectory directory(&m_network);
    directory.setTimeout(300);
    QSignalSpy failed(&directory, &AgentDirectory::failed);
    Account account;
    account.origin = QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
    account.apiKey = u"phk_silence"_s;
    directory.load(account);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Timeout);
    QVERIFY(!directory.isLoading());
    QCOMPARE(held.size(), 1);
    qDeleteAll(held);
}

QTEST_GUILESS_MAIN(TestAgentDirectory)
#include "tst_agentdirectory.moc"
