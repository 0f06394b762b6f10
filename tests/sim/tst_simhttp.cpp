// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawHttpClient.h"
#include "SimProcess.h"
#include "SimTestClient.h"
#include "SseSplitter.h"

#include <QDateTime>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const auto englishAgent = u"1859d074-d5c9-45d0-92c7-e8681305809d"_s; // Code Reviewer

QString chatPath(const QString &agent, bool stream)
{
    return u"/api/agents/"_s + agent + (stream ? u"/chat/?stream=true"_s : u"/chat/"_s);
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

// The simulator as a process and an HTTP server: start-up, command line, connections, pace.
class TestSimHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void startupLinesNameOriginAndKey();
    void commandLine();
    void rateLimitHeaders();
    void keepAliveAndClose();
    void oversizedBodyIsRefused();
    void unknownPathAndMethod();
    void malformedRequestsAreRefused_data();
    void malformedRequestsAreRefused();
    void clientDisconnectMidStream();
    void tokensArriveInSeparateReads();
    void defaultPaceIsFortyTokensASecond();

private:
    SimReply send(const QByteArray &verb, const QString &pathAndQuery, bool withKey = true);
    SimReply
    chat(const QString &agent, const QJsonObject &body, bool stream, const Headers &headers);

    QNetworkAccessManager m_network;
    std::unique_ptr<SimProcess> m_sim;
};

void TestSimHttp::initTestCase()
{
    m_sim = std::make_unique<SimProcess>(QStringList{u"--tokens-per-second"_s, u"0"_s});
    QVERIFY(m_sim->start());
}

void TestSimHttp::init()
{
    m_sim->clearNext();
    m_sim->clearRequests();
}

SimReply TestSimHttp::send(const QByteArray &verb, const QString &pathAndQuery, bool withKey)
{
    Headers headers;
    if (withKey)
        headers.append({"Authorization"_ba, "Bearer "_ba + m_sim->demoKey().toUtf8()});
    return sendToSim(&m_network, m_sim->origin(), verb, pathAndQuery, {}, headers);
}

SimReply TestSimHttp::chat(const QString &agent,
                           const QJsonObject &body,
                           bool stream,
                           const Headers &headers)
{
    return sendToSim(&m_network,
                     m_sim->origin(),
                     "POST"_ba,
                     chatPath(agent, stream),
                     QJsonDocument(body).toJson(),
                     Headers{{"Authorization"_ba, "Bearer "_ba + m_sim->demoKey().toUtf8()}} +
                         headers);
}

void TestSimHttp::startupLinesNameOriginAndKey()
{
    SimProcess sim;
    QVERIFY(sim.start());
    QCOMPARE(sim.origin().scheme(), u"http"_s);
    QCOMPARE(sim.origin().host(), u"127.0.0.1"_s);
    QVERIFY(sim.port() > 0);
    QCOMPARE(sim.demoKey(), u"phk_demo_local_simulator"_s);

    SimProcess custom({u"--key"_s, u"phk_custom_test_key"_s});
    QVERIFY(custom.start());
    QCOMPARE(custom.demoKey(), u"phk_custom_test_key"_s);
    const SimReply accepted = sendToSim(&m_network,
                                        custom.origin(),
                                        "GET"_ba,
                                        u"/api/agents/"_s,
                                        {},
                                        {{"Authorization"_ba, "Bearer phk_custom_test_key"_ba}});
    QCOMPARE(accepted.status, 200);
    const SimReply refused =
        sendToSim(&m_network,
                  custom.origin(),
                  "GET"_ba,
                  u"/api/agents/"_s,
                  {},
                  {{"Authorization"_ba, "Bearer phk_demo_local_simulator"_ba}});
    QCOMPARE(refused.status, 401);
}

void TestSimHttp::commandLine()
{
    // An explicit port: ask the system for a free one, release it, and hand it over.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    SimProcess fixed({u"--port"_s, QString::number(port)});
    QVERIFY(fixed.start());
    QCOMPARE(fixed.port(), port);

    QProcess help;
    help.start(qEnvironmentVariable("PHAREN_SIM"), {u"--help"_s});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray text = help.readAllStandardOutput();
    for (const char *option : {"--port", "--tokens-per-second", "--key", "--extra-agents"})
        QVERIFY2(text.contains(option), option);

    QProcess wrong;
    wrong.start(qEnvironmentVariable("PHAREN_SIM"), {u"--port"_s, u"seventy"_s});
    QVERIFY(wrong.waitForFinished(10000));
    QCOMPARE(wrong.exitCode(), 2);
}

void TestSimHttp::rateLimitHeaders()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const SimReply first = send("GET"_ba, u"/api/agents/"_s);
    const SimReply second = send("GET"_ba, u"/api/agents/"_s);
    const SimReply refused = send("GET"_ba, u"/api/agents/"_s, false);
    const SimReply streamed =
        chat(englishAgent, {{u"message"_s, u"Hi"_s}}, true, {{"X-Sim-Answer-Length"_ba, "10"_ba}});
    for (const SimReply *reply : {&first, &second, &refused, &streamed}) {
        QCOMPARE(reply->header("X-RateLimit-Limit"), "1000"_ba);
        bool ok = false;
        const int remaining = reply->header("X-RateLimit-Remaining").toInt(&ok);
        QVERIFY(ok && remaining >= 0 && remaining < 1000);
        const qint64 reset = reply->header("X-RateLimit-Reset").toLongLong();
        QVERIFY2(reset > now - 2 && reset <= now + 62,
                 reply->header("X-RateLimit-Reset").constData());
    }
    const int before = first.header("X-RateLimit-Remaining").toInt();
    const int after = second.header("X-RateLimit-Remaining").toInt();
    QVERIFY(after == before - 1 ||
            first.header("X-RateLimit-Reset") != second.header("X-RateLimit-Reset"));
}

void TestSimHttp::keepAliveAndClose()
{
    const QByteArray authorization = "Bearer "_ba + m_sim->demoKey().toUtf8();
    RawHttpClient client(m_sim->port());
    QVERIFY(client.connectToServer());
    const QByteArray list = RawHttpClient::request(
        "GET"_ba, "/api/agents/?per_page=1"_ba, {{"Authorization"_ba, authorization}});
    const QByteArray chatRequest = RawHttpClient::request(
        "POST"_ba,
        chatPath(englishAgent, true).toUtf8(),
        {{"Authorization"_ba, authorization}, {"X-Sim-Answer-Length"_ba, "60"_ba}},
        R"({"message":"Hi"})"_ba);
    // Two requests in one write: answered in order, one after the other.
    client.send(list + chatRequest);
    const RawResponse first = client.readResponse();
    QCOMPARE(first.status, 200);
    QVERIFY(first.complete);
    QCOMPARE(first.header("Connection"), "keep-alive"_ba);
    const RawResponse second = client.readResponse();
    QCOMPARE(second.status, 200);
    QVERIFY(second.complete);
    QCOMPARE(second.header("Transfer-Encoding"), "chunked"_ba);
    QVERIFY(!second.closed);

    client.send(RawHttpClient::request(
        "GET"_ba,
        "/api/agents/"_ba,
        {{"Authorization"_ba, authorization}, {"Connection"_ba, "close"_ba}}));
    const RawResponse last = client.readResponse();
    QCOMPARE(last.status, 200);
    QVERIFY(last.complete);
    QCOMPARE(last.header("Connection"), "close"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(!client.isConnected(), 5000);
}

void TestSimHttp::oversizedBodyIsRefused()
{
    RawHttpClient client(m_sim->port());
    QVERIFY(client.connectToServer());
    constexpr qint64 size = 2 * 1024 * 1024;
    client.send("POST "_ba + chatPath(englishAgent, false).toUtf8() +
                " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                "Content-Length: " +
                QByteArray::number(size) + "\r\n\r\n");
    const RawResponse response = client.readResponse();
    QCOMPARE(response.status, 413);
    QCOMPARE(parseObject(response.body).value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"payload_too_large"_s);
    // The body is read and dropped, then the connection ends.
    client.send(QByteArray(size, ' '));
    QTRY_VERIFY_WITH_TIMEOUT(!client.isConnected(), 10000);
}

void TestSimHttp::unknownPathAndMethod()
{
    const SimReply unknown = send("GET"_ba, u"/api/nothing/"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), u"not_found"_s);
    QCOMPARE(send("GET"_ba, u"/api/agents"_s).status, 404);
    const SimReply wrongMethod = send("DELETE"_ba, u"/api/agents/"_s);
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.header("Allow"), "GET"_ba);
    QCOMPARE(send("GET"_ba, chatPath(englishAgent, true)).status, 405);
    QCOMPARE(send("GET"_ba, u"/_sim/unknown"_s, false).status, 404);
}

void TestSimHttp::malformedRequestsAreRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("no request line") << "garbage\r\n\r\n"_ba << 400;
    QTest::newRow("HTTP/2 on a plain socket") << "GET / HTTP/2.0\r\n\r\n"_ba << 400;
    QTest::newRow("header without a colon")
        << "GET /api/agents/ HTTP/1.1\r\nNoColon\r\n\r\n"_ba << 400;
    QTest::newRow("head over 64 KiB")
        << "GET /api/agents/ HTTP/1.1\r\nX-Long: "_ba + QByteArray(70000, 'a') + "\r\n\r\n"
        << 431;
    QTest::newRow("chunked request body")
        << "POST /api/agents/ HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"_ba << 501;
    QTest::newRow("negative Content-Length")
        << "POST /api/agents/ HTTP/1.1\r\nContent-Length: -5\r\n\r\n"_ba << 400;
}

void TestSimHttp::malformedRequestsAreRefused()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    RawHttpClient client(m_sim->port());
    QVERIFY(client.connectToServer());
    client.send(request);
    const RawResponse response = client.readResponse();
    QCOMPARE(response.status, status);
    QCOMPARE(response.header("Connection"), "close"_ba);
    QVERIFY(!parseObject(response.body).value(u"error"_s).toObject().isEmpty());
    // The simulator stays up for the next client.
    QCOMPARE(send("GET"_ba, u"/api/agents/"_s).status, 200);
}

void TestSimHttp::clientDisconnectMidStream()
{
    RawHttpClient client(m_sim->port());
    QVERIFY(client.connectToServer());
    client.send(
        RawHttpClient::request("POST"_ba,
                               chatPath(englishAgent, true).toUtf8(),
                               {{"Authorization"_ba, "Bearer "_ba + m_sim->demoKey().toUtf8()},
                                {"X-Sim-Tokens-Per-Second"_ba, "50"_ba},
                                {"X-Sim-Answer-Length"_ba, "3000"_ba}},
                               R"({"message":"Long, please"})"_ba));
    const RawResponse partial = client.readResponse(400);
    QCOMPARE(partial.status, 200);
    QVERIFY(!partial.complete);
    QVERIFY(!partial.chunks.isEmpty());
    client.abort();
    QTest::qWait(300); // the simulator's timer would fire on the dead connection here
    QCOMPARE(send("GET"_ba, u"/api/agents/"_s).status, 200);
}

void TestSimHttp::tokensArriveInSeparateReads()
{
    const Headers paced{{"X-Sim-Tokens-Per-Second"_ba, "200"_ba},
                        {"X-Sim-Answer-Length"_ba, "300"_ba}};
    const SimReply reply = chat(englishAgent, {{u"message"_s, u"Hi"_s}}, true, paced);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.reads >= 20, qPrintable(u"only %1 reads"_s.arg(reply.reads)));

    RawHttpClient client(m_sim->port());
    QVERIFY(client.connectToServer());
    client.send(RawHttpClient::request(
        "POST"_ba,
        chatPath(englishAgent, true).toUtf8(),
        Headers{{"Authorization"_ba, "Bearer "_ba + m_sim->demoKey().toUtf8()}} + paced,
        R"({"message":"Hi"})"_ba));
    const RawResponse raw = client.readResponse();
    QVERIFY(raw.complete);
    // One chunk an event, and the events spread over time at about 5 ms each.
    QCOMPARE(raw.chunks.size(), SseSplitter::split(raw.body).size());
    const qint64 spread = raw.chunkTimes.last() - raw.chunkTimes.first();
    QVERIFY2(spread >= (raw.chunks.size() - 1) * 5 / 2, qPrintable(QString::number(spread)));
}

void TestSimHttp::defaultPaceIsFortyTokensASecond()
{
    SimProcess sim;
    QVERIFY(sim.start());
    RawHttpClient client(sim.port());
    QVERIFY(client.connectToServer());
    client.send(RawHttpClient::request("POST"_ba,
                                       chatPath(englishAgent, true).toUtf8(),
                                       {{"Authorization"_ba, "Bearer "_ba + sim.demoKey().toUtf8()},
                                        {"X-Sim-Answer-Length"_ba, "60"_ba}},
                                       R"({"message":"Hi"})"_ba));
    const RawResponse raw = client.readResponse();
    QVERIFY(raw.complete);
    const qint64 spread = raw.chunkTimes.last() - raw.chunkTimes.first();
    const qint64 expected = (raw.chunks.size() - 1) * 25;
    QVERIFY2(spread >= expected * 8 / 10 && spread <= expected * 3,
             qPrintable(u"%1 ms for %2 writes"_s.arg(spread).arg(raw.chunks.size())));
}

QTEST_GUILESS_MAIN(TestSimHttp)
#include "tst_simhttp.moc"
