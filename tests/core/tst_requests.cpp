// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Agent.h"
#include "ApiError.h"
#include "ChatRequest.h"
#include "Origin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

// Request building and response reading, without a network: what pharen-api.md decides.
class TestRequests : public QObject
{
    Q_OBJECT

private slots:
    void originNormalised_data();
    void originNormalised();
    void cleartextNeedsConfirmation_data();
    void cleartextNeedsConfirmation();
    void chatBody_data();
    void chatBody();
    void chatHeaders();
    void singleAnswerHeaders();
    void agentsRequest();
    void codePoints_data();
    void codePoints();
    void agentPages_data();
    void agentPages();
    void errors_data();
    void errors();
};

void TestRequests::originNormalised_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("origin");
    QTest::newRow("production") << u"https://pharen.app"_s << u"https://pharen.app"_s;
    QTest::newRow("trailing slash") << u"https://pharen.app/"_s << u"https://pharen.app"_s;
    QTest::newRow("api") << u"https://pharen.app/api"_s << u"https://pharen.app"_s;
    QTest::newRow("api slash") << u"https://pharen.app/api/"_s << u"https://pharen.app"_s;
    QTest::newRow("no scheme") << u"pharen.app"_s << u"https://pharen.app"_s;
    QTest::newRow("spaces and case") << u"  HTTPS://Pharen.App/API/ "_s << u"https://pharen.app"_s;
    QTest::newRow("default port dropped")
        << u"https://pharen.app:443/"_s << u"https://pharen.app"_s;
    QTest::newRow("local dev") << u"http://localhost:8000/api/"_s << u"http://localhost:8000"_s;
    QTest::newRow("proxy prefix kept")
        << u"https://example.org/hub/api/"_s << u"https://example.org/hub"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("ftp") << u"ftp://pharen.app"_s << QString();
    QTest::newRow("user info") << u"https://me:secret@pharen.app"_s << QString();
    QTest::newRow("not a host") << u"https://"_s << QString();
}

void TestRequests::originNormalised()
{
    QFETCH(QString, typed);
    QFETCH(QString, origin);
    QString problem;
    const QUrl url = Origin::normalise(typed, &problem);
    QCOMPARE(url.toString(), origin);
    QCOMPARE(problem.isEmpty(), !origin.isEmpty());
    if (url.isValid()) {
        const QUrl agents = Origin::endpoint(url, u"/api/agents/");
        QVERIFY(!agents.path().contains(u"/api/api/"));
        QVERIFY(agents.path().endsWith(u"/api/agents/"));
    }
}

void TestRequests::cleartextNeedsConfirmation_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<bool>("confirm");
    QTest::newRow("https") << u"https://pharen.app"_s << false;
    QTest::newRow("localhost") << u"http://localhost:8000"_s << false;
    QTest::newRow("127.0.0.2") << u"http://127.0.0.2:9"_s << false;
    QTest::newRow("ipv6 loopback") << u"http://[::1]:8000"_s << false;
    QTest::newRow("lan address") << u"http://192.168.1.5"_s << true;
    QTest::newRow("remote host") << u"http://pharen.app"_s << true;
}

void TestRequests::cleartextNeedsConfirmation()
{
    QFETCH(QString, origin);
    QFETCH(bool, confirm);
    QCOMPARE(Origin::needsCleartextConfirmation(Origin::normalise(origin)), confirm);
}

void TestRequests::chatBody_data()
{
    QTest::addColumn<QString>("conversation");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("thinking");
    QTest::addColumn<QJsonObject>("context");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("first message, defaults")
        << QString() << QString() << false << QJsonObject()
        << QJsonObject{{u"message"_s, u"Hallo"_s}, {u"enable_thinking"_s, false}};
    QTest::newRow("thinking and model") << QString() << u"sim-large"_s << true << QJsonObject()
                                        << QJsonObject{{u"message"_s, u"Hallo"_s},
                                                       {u"model"_s, u"sim-large"_s},
                                                       {u"enable_thinking"_s, true}};
    QTest::newRow("blank model is the default")
        << QString() << u"   "_s << false << QJsonObject()
        << QJsonObject{{u"message"_s, u"Hallo"_s}, {u"enable_thinking"_s, false}};
    QTest::newRow("continued conversation under both names")
        << u"conv_123"_s << QString() << false << QJsonObject()
        << QJsonObject{{u"message"_s, u"Hallo"_s},
                       {u"conversation_uuid"_s, u"conv_123"_s},
                       {u"conversation_id"_s, u"conv_123"_s},
                       {u"enable_thinking"_s, false}};
    const QJsonObject context{{u"page"_s, u"/docs"_s}};
    QTest::newRow("context under both names") << QString() << QString() << false << context
                                              << QJsonObject{{u"message"_s, u"Hallo"_s},
                                                             {u"enable_thinking"_s, false},
                                                             {u"page_context"_s, context},
                                                             {u"context"_s, context}};
}

void TestRequests::chatBody()
{
    QFETCH(QString, conversation);
    QFETCH(QString, model);
    QFETCH(bool, thinking);
    QFETCH(QJsonObject, context);
    QFETCH(QJsonObject, expected);

    ChatRequest request;
    request.agentId = u"a1"_s;
    request.message = u"Hallo"_s;
    request.conversationId = conversation;
    request.model = model;
    request.thinking = thinking;
    request.context = context;
    const QJsonObject body = request.body();
    // Field by field, so that a failure names the field.
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        QVERIFY2(body.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(body.value(it.key()), it.value());
    }
    for (auto it = body.begin(); it != body.end(); ++it)
        QVERIFY2(expected.contains(it.key()), qPrintable(u"unexpected field "_s + it.key()));
}

void TestRequests::chatHeaders()
{
    ChatRequest request;
    request.agentId = u"0f6c a/b"_s;
    request.message = u"x"_s;
    const Account account{QUrl(u"https://pharen.app"_s), u"phk_test"_s, {}};
    const QNetworkRequest http = request.networkRequest(account);
    QCOMPARE(http.url().path(QUrl::FullyEncoded), u"/api/agents/0f6c%20a%2Fb/chat/"_s);
    QCOMPARE(QUrlQuery(http.url()).queryItemValue(u"stream"_s), u"true"_s);
    QCOMPARE(http.rawHeader("Authorization"), QByteArrayLiteral("Bearer phk_test"));
    QCOMPARE(
        http.rawHeader("Accept"),
        QByteArrayLiteral("text/event-stream, application/x-ndjson;q=0.9, application/json;q=0.8"));
    QCOMPARE(http.rawHeader("Accept-Encoding"), QByteArrayLiteral("identity"));
    QCOMPARE(http.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArrayLiteral("application/json"));
    QCOMPARE(http.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::UserVerifiedRedirectPolicy));
}

void TestRequests::singleAnswerHeaders()
{
    ChatRequest request;
    request.agentId = u"a"_s;
    request.stream = false;
    const QNetworkRequest http =
        request.networkRequest({QUrl(u"https://pharen.app"_s), u"k"_s, {}});
    QVERIFY(!http.url().hasQuery());
    QCOMPARE(http.rawHeader("Accept"), QByteArrayLiteral("application/json"));
}

void TestRequests::agentsRequest()
{
    const Account account{QUrl(u"http://127.0.0.1:8000/hub"_s), u"k"_s, u"team-7"_s};
    const QNetworkRequest http = ApiRequests::agents(account, 3);
    QCOMPARE(http.url().path(), u"/hub/api/agents/"_s);
    const QUrlQuery query(http.url());
    QCOMPARE(query.queryItemValue(u"page"_s), u"3"_s);
    QCOMPARE(query.queryItemValue(u"per_page"_s), u"100"_s);
    QCOMPARE(query.queryItemValue(u"team_id"_s), u"team-7"_s);
    QCOMPARE(http.rawHeader("Authorization"), QByteArrayLiteral("Bearer k"));
}

void TestRequests::codePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("count");
    QTest::newRow("ascii") << u"abc"_s << qsizetype(3);
    QTest::newRow("umlauts") << u"Käse"_s << qsizetype(4);
    QTest::newRow("emoji are one each") << u"😀😀"_s << qsizetype(2);
    QTest::newRow("lone surrogate counts once") << QString(QChar(0xd83d)) << qsizetype(1);
}

void TestRequests::codePoints()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, count);
    QCOMPARE(ChatRequest::codePointCount(text), count);
}

void TestRequests::agentPages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qsizetype>("before");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("hasMore");

    QTest::newRow("data envelope, more")
        << QByteArray(R"({"data":[{"id":"1","name":"A"}],"total":3,"page":1,"per_page":1})")
        << qsizetype(0) << true << QStringList{u"A"_s} << true;
    QTest::newRow("data envelope, last page")
        << QByteArray(R"({"data":[{"id":"3","name":"C"}],"total":3,"page":3,"per_page":1})")
        << qsizetype(2) << true << QStringList{u"C"_s} << false;
    QTest::newRow("django, next set")
        << QByteArray(R"({"count":2,"next":"https://x/api/agents/?page=2","previous":null,)"
                      R"("results":[{"id":"1","name":"A"}]})")
        << qsizetype(0) << true << QStringList{u"A"_s} << true;
    QTest::newRow("django, next null")
        << QByteArray(R"({"count":9,"next":null,"results":[{"id":"1","name":"A"}]})")
        << qsizetype(0) << true << QStringList{u"A"_s} << false;
    QTest::newRow("bare array")
        << QByteArray(R"([{"id":"1","name":"A"},{"id":"2","name":"B","is_active":false}])")
        << qsizetype(0) << true << QStringList{u"A"_s, u"B"_s} << false;
    QTest::newRow("empty page ends") << QByteArray(R"({"data":[],"total":50})") << qsizetype(10)
                                     << true << QStringList() << false;
    QTest::newRow("no total: go on until empty")
        << QByteArray(R"({"data":[{"id":"1","name":"A"}]})") << qsizetype(0) << true
        << QStringList{u"A"_s} << true;
    QTest::newRow("html") << QByteArray("<html>login</html>") << qsizetype(0) << false
                          << QStringList() << false;
    QTest::newRow("unknown object")
        << QByteArray(R"({"items":[]})") << qsizetype(0) << false << QStringList() << false;
}

void TestRequests::agentPages()
{
    QFETCH(QByteArray, body);
    QFETCH(qsizetype, before);
    QFETCH(bool, valid);
    QFETCH(QStringList, names);
    QFETCH(bool, hasMore);
    const AgentPage page = AgentPage::parse(body, before);
    QCOMPARE(page.valid, valid);
    QStringList got;
    for (const Agent &agent : page.agents)
        got << agent.name;
    QCOMPARE(got, names);
    if (valid)
        QCOMPARE(page.hasMore, hasMore);
}

void TestRequests::errors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");

    using Kind = ApiError::Kind;
    QTest::newRow("401 invalid token")
        << 401 << QByteArray(R"({"error":{"code":"invalid_token","message":"Key revoked"}})")
        << QByteArray() << int(Kind::Unauthorized) << u"Key revoked"_s;
    QTest::newRow("403 scope")
        << 403
        << QByteArray(
               R"({"error":{"code":"insufficient_permissions","message":"Needs agents:run"}})")
        << QByteArray() << int(Kind::Forbidden) << u"Needs agents:run"_s;
    QTest::newRow("403 streaming")
        << 403
        << QByteArray(R"({"error":{"code":"streaming_not_permitted","message":"No streaming"}})")
        << QByteArray() << int(Kind::StreamingRefused) << u"No streaming"_s;
    QTest::newRow("django detail") << 404 << QByteArray(R"({"detail":"Not found."})")
                                   << QByteArray() << int(Kind::NotFound) << u"Not found."_s;
    QTest::newRow("429 retry after")
        << 429 << QByteArray(R"({"message":"Slow down"})") << QByteArray("20")
        << int(Kind::RateLimited) << u"Slow down"_s;
    QTest::newRow("402") << 402 << QByteArray() << QByteArray() << int(Kind::Credits) << QString();
    QTest::newRow("credits code")
        << 400 << QByteArray(R"({"error":{"code":"insufficient_credits","message":"No credits"}})")
        << QByteArray() << int(Kind::Credits) << u"No credits"_s;
    QTest::newRow("502 html") << 502 << QByteArray("<html><body>Bad gateway</body></html>")
                              << QByteArray() << int(Kind::Server) << QString();
    QTest::newRow("string error") << 400 << QByteArray(R"({"error":"bad"})") << QByteArray()
                                  << int(Kind::Validation) << u"bad"_s;
    QTest::newRow("field errors") << 400 << QByteArray(R"({"message":["This field is required."]})")
                                  << QByteArray() << int(Kind::Validation)
                                  << u"This field is required."_s;
}

void TestRequests::errors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, kind);
    QFETCH(QString, message);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000);
    const ApiError error = ApiError::fromResponse(status, body, retryAfter, {}, now);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.serverMessage, message);
    QVERIFY(!error.describe().isEmpty());
    QVERIFY(!error.describe().contains(u"<html"));
    if (!retryAfter.isEmpty())
        QCOMPARE(error.retryAt, now.addSecs(retryAfter.toInt()));
}

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
