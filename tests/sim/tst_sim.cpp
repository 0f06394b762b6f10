// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimProcess.h"
#include "SimTestClient.h"
#include "SseSplitter.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const auto englishAgent = u"1859d074-d5c9-45d0-92c7-e8681305809d"_s; // Code Reviewer
const auto germanAgent = u"04b6b7b9-c659-43aa-b59b-67eae592521d"_s;  // Rechercheassistent
const auto inactiveAgent = u"a1c9ce87-5565-4239-bc1f-96b0a78778b9"_s;
const auto researchTeam = u"272002d2-e698-4ed5-8d65-d8963ce40617"_s;
constexpr int demoAgents = 6;
constexpr int extraAgents = 45;

QString chatPath(const QString &agent, bool stream)
{
    return u"/api/agents/"_s + agent + (stream ? u"/chat/?stream=true"_s : u"/chat/"_s);
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

} // namespace

class TestSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void agentsFirstPage();
    void agentsPagesInDataEnvelope();
    void agentsPagesInDrfEnvelope();
    void agentsBareEnvelope();
    void agentsTeamFilter();
    void agentsPagingIsValidated_data();
    void agentsPagingIsValidated();
    void demoAgentsAreRealistic();
    void authentication_data();
    void authentication();
    void messageLengthInCodePoints_data();
    void messageLengthInCodePoints();
    void bodyValidation_data();
    void bodyValidation();
    void unknownAndInactiveAgents();
    void streamEventOrder_data();
    void streamEventOrder();
    void modelIsNamed();
    void conversationContinues();
    void unknownConversationIsNotFound();
    void answerLengthIsExact_data();
    void answerLengthIsExact();
    void nonStreamedAnswerIsJson();
    void nextSettingsApplyUntilCleared();
    void requestLogRedactsKeys();

private:
    SimReply send(const QByteArray &verb,
                  const QString &pathAndQuery,
                  const QByteArray &body = {},
                  Headers headers = {},
                  const QByteArray &key = "demo");
    SimReply
    chat(const QString &agent, const QJsonObject &body, bool stream, const Headers &headers = {});
    QJsonArray fetchAllPages(const QString &query, int *pages);

    QNetworkAccessManager m_network;
    std::unique_ptr<SimProcess> m_sim;
};

void TestSim::initTestCase()
{
    m_sim = std::make_unique<SimProcess>(QStringList{
        u"--tokens-per-second"_s, u"0"_s, u"--extra-agents"_s, QString::number(extraAgents)});
    QVERIFY(m_sim->start());
    QCOMPARE(m_sim->origin().host(), u"127.0.0.1"_s);
}

void TestSim::init()
{
    m_sim->clearNext();
    m_sim->clearRequests();
}

SimReply TestSim::send(const QByteArray &verb,
                       const QString &pathAndQuery,
                       const QByteArray &body,
                       Headers headers,
                       const QByteArray &key)
{
    // "demo" stands for the running simulator's demo key, an empty key for none.
    if (!key.isEmpty())
        headers.append(
            {"Authorization"_ba, "Bearer "_ba + (key == "demo" ? m_sim->demoKey().toUtf8() : key)});
    return sendToSim(&m_network, m_sim->origin(), verb, pathAndQuery, body, headers);
}

SimReply
TestSim::chat(const QString &agent, const QJsonObject &body, bool stream, const Headers &headers)
{
    return send("POST"_ba, chatPath(agent, stream), QJsonDocument(body).toJson(), headers);
}

QJsonArray TestSim::fetchAllPages(const QString &query, int *pages)
{
    QJsonArray all;
    for (*pages = 1; *pages < 50; ++*pages) {
        const SimReply reply =
            send("GET"_ba, u"/api/agents/?page=%1&"_s.arg(*pages) + query, {}, {}, "demo");
        const QJsonArray data = reply.object().value(u"data"_s).toArray();
        if (reply.status != 200 || data.isEmpty())
            break;
        for (const QJsonValue &item : data)
            all.append(item);
    }
    return all;
}

void TestSim::agentsFirstPage()
{
    const SimReply reply = send("GET"_ba, u"/api/agents/"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), "application/json"_ba);
    const QJsonObject page = reply.object();
    QCOMPARE(page.value(u"total"_s).toInt(), demoAgents + extraAgents);
    QCOMPARE(page.value(u"page"_s).toInt(), 1);
    QCOMPARE(page.value(u"per_page"_s).toInt(), 20);
    const QJsonArray data = page.value(u"data"_s).toArray();
    QCOMPARE(data.size(), 20);
    for (const QJsonValue &value : data) {
        const QJsonObject agent = value.toObject();
        QVERIFY(!QUuid::fromString(agent.value(u"id"_s).toString()).isNull());
        QVERIFY(!QUuid::fromString(agent.value(u"team_id"_s).toString()).isNull());
        QVERIFY(!agent.value(u"name"_s).toString().isEmpty());
        QVERIFY(!agent.value(u"description"_s).toString().isEmpty());
        QVERIFY(agent.value(u"is_active"_s).isBool());
    }
}

void TestSim::agentsPagesInDataEnvelope()
{
    int pages = 0;
    const QJsonArray all = fetchAllPages(u"per_page=20"_s, &pages);
    QCOMPARE(all.size(), demoAgents + extraAgents);
    QCOMPARE(pages, 4); // three full or partial pages, then an empty one
    QSet<QString> ids;
    int inactive = 0;
    for (const QJsonValue &value : all) {
        ids.insert(value.toObject().value(u"id"_s).toString());
        inactive += value.toObject().value(u"is_active"_s).toBool() ? 0 : 1;
    }
    QCOMPARE(ids.size(), all.size());
    QCOMPARE(inactive, 1);
}

void TestSim::agentsPagesInDrfEnvelope()
{
    const Headers drf{{"X-Sim-Envelope"_ba, "drf"_ba}};
    QString next = u"/api/agents/?page_size=25"_s;
    QSet<QString> ids;
    int pages = 0;
    while (!next.isEmpty() && pages < 10) {
        const SimReply reply = send("GET"_ba, next, {}, drf);
        QCOMPARE(reply.status, 200);
        const QJsonObject page = reply.object();
        QCOMPARE(page.value(u"count"_s).toInt(), demoAgents + extraAgents);
        QCOMPARE(page.value(u"previous"_s).isNull(), pages == 0);
        for (const QJsonValue &value : page.value(u"results"_s).toArray())
            ids.insert(value.toObject().value(u"id"_s).toString());
        next = page.value(u"next"_s).toString();
        if (!next.isEmpty()) {
            QVERIFY2(next.startsWith(m_sim->origin().toString() + u"/api/agents/?"_s),
                     qPrintable(next));
            QVERIFY(next.contains(u"page_size=25"_s));
        }
        ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(ids.size(), demoAgents + extraAgents);
}

void TestSim::agentsBareEnvelope()
{
    const SimReply reply =
        send("GET"_ba, u"/api/agents/?per_page=5"_s, {}, {{"X-Sim-Envelope"_ba, "bare"_ba}});
    QCOMPARE(reply.status, 200);
    const QJsonDocument document = QJsonDocument::fromJson(reply.body);
    QVERIFY(document.isArray());
    QCOMPARE(document.array().size(), demoAgents + extraAgents);
}

void TestSim::agentsTeamFilter()
{
    int pages = 0;
    const QJsonArray team = fetchAllPages(u"per_page=100&team_id="_s + researchTeam, &pages);
    QVERIFY(!team.isEmpty());
    QVERIFY(team.size() < demoAgents + extraAgents);
    for (const QJsonValue &value : team)
        QCOMPARE(value.toObject().value(u"team_id"_s).toString(), researchTeam);
}

void TestSim::agentsPagingIsValidated_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("per_page 0") << u"per_page=0"_s << u"per_page"_s;
    QTest::newRow("per_page 101") << u"per_page=101"_s << u"per_page"_s;
    QTest::newRow("page 0") << u"page=0"_s << u"page"_s;
    QTest::newRow("page not a number") << u"page=two"_s << u"page"_s;
}

void TestSim::agentsPagingIsValidated()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const SimReply reply = send("GET"_ba, u"/api/agents/?"_s + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"validation_error"_s);
    const QJsonObject error = reply.object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"details"_s).toObject().value(u"field"_s).toString(), field);
}

void TestSim::demoAgentsAreRealistic()
{
    const SimReply reply = send("GET"_ba, u"/api/agents/?per_page=6"_s);
    QStringList names;
    int inactive = 0;
    for (const QJsonValue &value : reply.object().value(u"data"_s).toArray()) {
        names.append(value.toObject().value(u"name"_s).toString());
        inactive += value.toObject().value(u"is_active"_s).toBool() ? 0 : 1;
    }
    QCOMPARE(names.size(), demoAgents);
    QCOMPARE(inactive, 1);
    QVERIFY(names.contains(u"Rechercheassistent"_s));
    QVERIFY(names.contains(u"Code Reviewer"_s));
}

void TestSim::authentication_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray get = "GET"_ba;
    const QByteArray post = "POST"_ba;
    const QByteArray authorization = "Authorization"_ba;
    QTest::newRow("list without a key")
        << get << false << QByteArray() << QByteArray() << 401 << u"missing_token"_s;
    QTest::newRow("list with an unknown key")
        << get << false << authorization << "Bearer phk_unknown"_ba << 401 << u"invalid_token"_s;
    QTest::newRow("list with another scheme")
        << get << false << authorization << "Basic dXNlcjpwdw=="_ba << 401 << u"invalid_token"_s;
    QTest::newRow("list with X-API-Key") << get << false << "X-API-Key"_ba
                                         << "demo"_ba << 200 << QString();
    QTest::newRow("list with the read-only key")
        << get << false << authorization << "Bearer phk_sim_readonly"_ba << 200 << QString();
    QTest::newRow("chat with the read-only key")
        << post << false << authorization << "Bearer phk_sim_readonly"_ba << 403
        << u"insufficient_permissions"_s;
    QTest::newRow("stream with the no-stream key")
        << post << true << authorization << "Bearer phk_sim_nostream"_ba << 403
        << u"streaming_not_permitted"_s;
    QTest::newRow("chat with the no-stream key")
        << post << false << authorization << "Bearer phk_sim_nostream"_ba << 200 << QString();
}

void TestSim::authentication()
{
    QFETCH(QByteArray, verb);
    QFETCH(bool, stream);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(int, status);
    QFETCH(QString, code);

    Headers headers{{"X-Sim-Answer-Length"_ba, "20"_ba}};
    if (!headerName.isEmpty())
        headers.append(
            {headerName, headerValue == "demo" ? m_sim->demoKey().toUtf8() : headerValue});
    const QString path = verb == "GET" ? u"/api/agents/"_s : chatPath(englishAgent, stream);
    const QByteArray body = verb == "GET" ? QByteArray() : R"({"message":"Hello"})"_ba;
    const SimReply reply = send(verb, path, body, headers, {});
    QCOMPARE(reply.status, status);
    if (code.isEmpty())
        return;
    QCOMPARE(reply.errorCode(), code);
    const QJsonObject error = reply.object().value(u"error"_s).toObject();
    const QString message = error.value(u"message"_s).toString();
    QVERIFY(!message.isEmpty());
    if (code == u"insufficient_permissions"_s) {
        QVERIFY(message.contains(u"agents:run"_s));
        QCOMPARE(error.value(u"details"_s).toObject().value(u"required_scope"_s).toString(),
                 u"agents:run"_s);
    }
    if (code == u"streaming_not_permitted"_s)
        QVERIFY(message.contains(u"streaming"_s, Qt::CaseInsensitive));
}

void TestSim::messageLengthInCodePoints_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("status");
    const QString emoji = u"😀"_s;
    QTest::newRow("32000 letters") << QString(32000, u'x') << 200;
    QTest::newRow("32001 letters") << QString(32001, u'x') << 400;
    QTest::newRow("32000 emoji") << emoji.repeated(32000) << 200;
    QTest::newRow("32001 emoji") << emoji.repeated(32001) << 400;
    // 16001 emoji are 32002 UTF-16 units but only 16001 code points.
    QTest::newRow("16001 emoji") << emoji.repeated(16001) << 200;
}

void TestSim::messageLengthInCodePoints()
{
    QFETCH(QString, message);
    QFETCH(int, status);
    const SimReply reply =
        chat(englishAgent, {{u"message"_s, message}}, false, {{"X-Sim-Answer-Length"_ba, "10"_ba}});
    QCOMPARE(reply.status, status);
    if (status == 200)
        return;
    QCOMPARE(reply.errorCode(), u"validation_error"_s);
    const QJsonObject details =
        reply.object().value(u"error"_s).toObject().value(u"details"_s).toObject();
    QCOMPARE(details.value(u"field"_s).toString(), u"message"_s);
    QCOMPARE(details.value(u"length"_s).toInt(), 32001);
    QCOMPARE(details.value(u"max_length"_s).toInt(), 32000);
}

void TestSim::bodyValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no message") << R"({"model":"x"})"_ba << u"message"_s;
    QTest::newRow("message not a string") << R"({"message":5})"_ba << u"message"_s;
    QTest::newRow("blank message") << R"({"message":"   "})"_ba << u"message"_s;
    QTest::newRow("not JSON") << "hello"_ba << u"body"_s;
    QTest::newRow("a JSON array") << "[]"_ba << u"body"_s;
    QTest::newRow("model not a string") << R"({"message":"hi","model":3})"_ba << u"model"_s;
    QTest::newRow("enable_thinking not a boolean")
        << R"({"message":"hi","enable_thinking":"yes"})"_ba << u"enable_thinking"_s;
    QTest::newRow("conversation ids disagree")
        << R"({"message":"hi","conversation_uuid":"a","conversation_id":"b"})"_ba
        << u"conversation_id"_s;
}

void TestSim::bodyValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const SimReply reply = send("POST"_ba, chatPath(englishAgent, true), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"validation_error"_s);
    const QJsonObject error = reply.object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"details"_s).toObject().value(u"field"_s).toString(), field);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QCOMPARE(m_sim->chatRequests().first().toObject().value(u"status"_s).toInt(), 400);
}

void TestSim::unknownAndInactiveAgents()
{
    const QJsonObject hello{{u"message"_s, u"Hello"_s}};
    const SimReply unknown = chat(QUuid::createUuid().toString(QUuid::WithoutBraces), hello, true);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), u"not_found"_s);
    const SimReply inactive = chat(inactiveAgent, hello, true);
    QCOMPARE(inactive.status, 400);
    QCOMPARE(inactive.errorCode(), u"agent_inactive"_s);
    QVERIFY(inactive.object()
                .value(u"error"_s)
                .toObject()
                .value(u"message"_s)
                .toString()
                .contains(u"inactive"_s));
}

void TestSim::streamEventOrder_data()
{
    QTest::addColumn<bool>("thinking");
    QTest::newRow("thinking off") << false;
    QTest::newRow("thinking on") << true;
}

void TestSim::streamEventOrder()
{
    QFETCH(bool, thinking);
    const SimReply reply = chat(englishAgent,
                                {{u"message"_s, u"Hello"_s}, {u"enable_thinking"_s, thinking}},
                                true,
                                {{"X-Sim-Answer-Length"_ba, "300"_ba}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), "text/event-stream"_ba);
    QCOMPARE(reply.header("Cache-Control"), "no-cache"_ba);
    const QString conversation = QString::fromLatin1(reply.header("X-Conversation-Id"));
    QVERIFY(!QUuid::fromString(conversation).isNull());

    const QList<SseEvent> events = SseSplitter::split(reply.body);
    QVERIFY(events.size() >= 4);
    QCOMPARE(events.first().name, "meta"_ba);
    const QJsonObject meta = parseObject(events.first().data);
    QCOMPARE(meta.value(u"conversation_id"_s).toString(), conversation);
    QVERIFY(!QUuid::fromString(meta.value(u"run_id"_s).toString()).isNull());
    QCOMPARE(events.last().name, QByteArray());
    QCOMPARE(events.last().data, "[DONE]"_ba);
    const SseEvent &done = events.at(events.size() - 2);
    QCOMPARE(done.name, "done"_ba);
    QCOMPARE(parseObject(done.data).value(u"finish_reason"_s).toString(), u"stop"_s);
    QCOMPARE(parseObject(done.data).value(u"run_id"_s), meta.value(u"run_id"_s));

    QString answer;
    QString reasoning;
    for (qsizetype i = 1; i < events.size() - 2; ++i) {
        const QString delta = parseObject(events.at(i).data).value(u"delta"_s).toString();
        QVERIFY(codePoints(delta) >= 1 && codePoints(delta) <= 8);
        if (events.at(i).name == "reasoning") {
            QVERIFY2(answer.isEmpty(), "reasoning after answer text");
            reasoning += delta;
        } else {
            QCOMPARE(events.at(i).name, QByteArray());
            answer += delta;
        }
    }
    QCOMPARE(!reasoning.isEmpty(), thinking);
    const QJsonObject recorded = m_sim->chatRequests().last().toObject();
    QCOMPARE(answer, recorded.value(u"answer"_s).toString());
    QCOMPARE(reasoning, recorded.value(u"reasoning"_s).toString());
    QCOMPARE(recorded.value(u"conversation_id"_s).toString(), conversation);
    QCOMPARE(codePoints(answer), 300);
}

void TestSim::modelIsNamed()
{
    const Headers shortAnswer{{"X-Sim-Answer-Length"_ba, "200"_ba}};
    chat(englishAgent, {{u"message"_s, u"Hi"_s}, {u"model"_s, u"sim-large"_s}}, true, shortAnswer);
    const SimReply plain = chat(
        englishAgent, {{u"message"_s, u"Hi"_s}, {u"model"_s, u"sim-large"_s}}, false, shortAnswer);
    chat(englishAgent, {{u"message"_s, u"Hi"_s}}, true, shortAnswer);
    const QJsonArray chats = m_sim->chatRequests();
    QCOMPARE(chats.size(), 3);
    QVERIFY(chats.at(0)
                .toObject()
                .value(u"answer"_s)
                .toString()
                .startsWith(u"> Model: **sim-large**"_s));
    QVERIFY(plain.object().value(u"message"_s).toString().startsWith(u"> Model: **sim-large**"_s));
    QVERIFY(!chats.at(2).toObject().value(u"answer"_s).toString().contains(u"Model:"_s));
}

void TestSim::conversationContinues()
{
    const SimReply first = chat(englishAgent, {{u"message"_s, u"One"_s}}, false);
    const QString id = first.object().value(u"conversation_id"_s).toString();
    QVERIFY(!QUuid::fromString(id).isNull());
    QVERIFY(first.object()
                .value(u"message"_s)
                .toString()
                .contains(u"message 1 in this conversation"_s));

    const SimReply second =
        chat(englishAgent, {{u"message"_s, u"Two"_s}, {u"conversation_uuid"_s, id}}, false);
    QCOMPARE(second.object().value(u"conversation_id"_s).toString(), id);
    QVERIFY(second.object()
                .value(u"message"_s)
                .toString()
                .contains(u"message 2 in this conversation"_s));
    // The OpenAPI file's name for the field continues it as well.
    const SimReply third =
        chat(englishAgent, {{u"message"_s, u"Three"_s}, {u"conversation_id"_s, id}}, true);
    QCOMPARE(QString::fromLatin1(third.header("X-Conversation-Id")), id);
    QVERIFY(m_sim->chatRequests()
                .last()
                .toObject()
                .value(u"answer"_s)
                .toString()
                .contains(u"message 3 in this conversation"_s));

    const SimReply german = chat(germanAgent, {{u"message"_s, u"Eins"_s}}, true);
    const QString germanId = QString::fromLatin1(german.header("X-Conversation-Id"));
    chat(germanAgent, {{u"message"_s, u"Zwei"_s}, {u"conversation_uuid"_s, germanId}}, true);
    QVERIFY(m_sim->chatRequests()
                .last()
                .toObject()
                .value(u"answer"_s)
                .toString()
                .contains(u"Nachricht 2 in diesem Gespräch"_s));
}

void TestSim::unknownConversationIsNotFound()
{
    const QJsonObject expected{
        {u"error"_s,
         QJsonObject{{u"code"_s, u"not_found"_s}, {u"message"_s, u"Conversation not found"_s}}}};
    const SimReply unknown = chat(
        englishAgent, {{u"message"_s, u"Hi"_s}, {u"conversation_uuid"_s, u"conv_123"_s}}, true);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.object(), expected);

    // A conversation is not visible through another agent.
    const SimReply started = chat(germanAgent, {{u"message"_s, u"Hallo"_s}}, false);
    const QString id = started.object().value(u"conversation_id"_s).toString();
    const SimReply elsewhere =
        chat(englishAgent, {{u"message"_s, u"Hi"_s}, {u"conversation_id"_s, id}}, false);
    QCOMPARE(elsewhere.status, 404);
    QCOMPARE(elsewhere.object(), expected);
}

void TestSim::answerLengthIsExact_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<int>("length");
    for (const int length : {0, 1, 8, 999, 5000})
        QTest::addRow("English, %d", length) << englishAgent << length;
    QTest::addRow("German, 777") << germanAgent << 777;
}

void TestSim::answerLengthIsExact()
{
    QFETCH(QString, agent);
    QFETCH(int, length);
    const SimReply reply = chat(agent,
                                {{u"message"_s, u"Go"_s}},
                                true,
                                {{"X-Sim-Answer-Length"_ba, QByteArray::number(length)}});
    QCOMPARE(reply.status, 200);
    QString answer;
    for (const SseEvent &event : SseSplitter::split(reply.body)) {
        if (event.name.isEmpty() && event.data != "[DONE]")
            answer += parseObject(event.data).value(u"delta"_s).toString();
    }
    QCOMPARE(codePoints(answer), length);
    QCOMPARE(answer, m_sim->chatRequests().last().toObject().value(u"answer"_s).toString());
}

void TestSim::nonStreamedAnswerIsJson()
{
    const SimReply reply = chat(germanAgent, {{u"message"_s, u"Was gibt es Neues?"_s}}, false);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), "application/json"_ba);
    QVERIFY(!reply.header("Content-Length").isEmpty());
    const QJsonObject answer = reply.object();
    QVERIFY(!QUuid::fromString(answer.value(u"conversation_id"_s).toString()).isNull());
    QVERIFY(!QUuid::fromString(answer.value(u"run_id"_s).toString()).isNull());
    QVERIFY(!answer.contains(u"reasoning"_s));
    const QString message = answer.value(u"message"_s).toString();
    QVERIFY(message.contains(u"Gespräch"_s));
    // Real Markdown: a heading, a table and a fenced code block with a language.
    QVERIFY(message.contains(u"\n#"_s));
    QVERIFY(message.contains(u"|---|"_s));
    QVERIFY(message.contains(u"```"_s));
    QCOMPARE(message, m_sim->chatRequests().last().toObject().value(u"answer"_s).toString());
}

void TestSim::nextSettingsApplyUntilCleared()
{
    m_sim->setNext({{u"answer_length"_s, 123}, {u"dialect"_s, u"ndjson"_s}});
    const SimReply steered = chat(englishAgent, {{u"message"_s, u"Hi"_s}}, true);
    QCOMPARE(steered.header("Content-Type"), "application/x-ndjson"_ba);
    const SimReply overridden =
        chat(englishAgent, {{u"message"_s, u"Hi"_s}}, true, {{"X-Sim-Answer-Length"_ba, "50"_ba}});
    QCOMPARE(overridden.header("Content-Type"), "application/x-ndjson"_ba);
    const SimReply current = send("GET"_ba, u"/_sim/next"_s, {}, {}, {});
    QCOMPARE(current.object().value(u"dialect"_s).toString(), u"ndjson"_s);
    m_sim->clearNext();
    const SimReply cleared = chat(englishAgent, {{u"message"_s, u"Hi"_s}}, true);
    QCOMPARE(cleared.header("Content-Type"), "text/event-stream"_ba);

    const QJsonArray chats = m_sim->chatRequests();
    QCOMPARE(codePoints(chats.at(0).toObject().value(u"answer"_s).toString()), 123);
    QCOMPARE(codePoints(chats.at(1).toObject().value(u"answer"_s).toString()), 50);

    for (const QByteArray &bad :
         {R"({"dialect":"klingon"})"_ba, R"({"colour":"red"})"_ba, "[]"_ba}) {
        const SimReply refused = send("POST"_ba, u"/_sim/next"_s, bad, {}, {});
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), u"sim_bad_switch"_s);
    }
}

void TestSim::requestLogRedactsKeys()
{
    const QByteArray key = m_sim->demoKey().toUtf8();
    send("GET"_ba, u"/api/agents/?api_key="_s + m_sim->demoKey());
    send("POST"_ba,
         chatPath(englishAgent, false),
         R"({"message":"my key is )"_ba + key + "\"}",
         {{"X-API-Key"_ba, key}, {"X-Sim-Answer-Length"_ba, "10"_ba}},
         {});
    send("GET"_ba, u"/api/agents/"_s, {}, {}, "phk_sim_readonly"_ba);

    const SimReply log = send("GET"_ba, u"/_sim/requests"_s, {}, {}, {});
    QCOMPARE(log.status, 200);
    QVERIFY(!log.body.contains(key));
    QVERIFY(!log.body.contains("phk_sim_readonly"));
    const QJsonArray entries = QJsonDocument::fromJson(log.body).array();
    QCOMPARE(entries.size(), 3);
    const QJsonObject first = entries.at(0).toObject();
    QCOMPARE(first.value(u"headers"_s).toObject().value(u"authorization"_s).toString(),
             u"[redacted]"_s);
    QCOMPARE(first.value(u"query"_s).toString(), u"api_key=[redacted]"_s);
    const QJsonObject second = entries.at(1).toObject();
    QCOMPARE(second.value(u"headers"_s).toObject().value(u"x-api-key"_s).toString(),
             u"[redacted]"_s);
    QCOMPARE(second.value(u"body"_s).toString(), u"{\"message\":\"my key is [redacted]\"}"_s);
    QCOMPARE(second.value(u"status"_s).toInt(), 200);
    QVERIFY(!second.value(u"answer"_s).toString().isEmpty());
    QCOMPARE(first.value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(first.value(u"path"_s).toString(), u"/api/agents/"_s);
}

QTEST_GUILESS_MAIN(TestSim)
#include "tst_sim.moc"
