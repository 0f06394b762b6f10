// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentDirectory.h"
#include "Conversation.h"
#include "NetTestSupport.h"
#include "ScriptedHttpServer.h"
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;
using Ending = ScriptedHttpServer::Ending;
using Reply = ScriptedHttpServer::Reply;
using namespace NetTest;

// The cases F01 to F09 and F12 of field-reports.md through the real transport: a Conversation
// and its AnswerStream over loopback HTTP, against the simulator and, for byte sequences that the
// simulator cannot write, against a scripted server in the test. Each row is named after its
// case; tst_fieldreport (the decoder alone) has the same inputs without the network.
class TestFieldReportsNet : public QObject
{
    Q_OBJECT

public:
    enum class TextCheck
    {
        Whole,  // the answer the simulator logged, character for character
        Prefix, // a non-empty beginning of it
        Empty,
    };
    Q_ENUM(TextCheck)

private slots:
    void initTestCase();
    void cleanup();
    void exactBytes_data();
    void exactBytes();
    void simulator_data();
    void simulator();
    void errorStatus_data();
    void errorStatus();
    void redirectToAnotherOrigin_data();
    void redirectToAnotherOrigin();
    void redirectWithinTheOrigin_data();
    void redirectWithinTheOrigin();
    void agentListRedirectToAnotherOrigin();
    void withoutTheClientsPolicyTheKeyLeaks();

private:
    std::unique_ptr<Conversation>
    conversationWith(const QUrl &origin, const QString &key, const QString &agentId);

    QNetworkAccessManager m_network;
    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<SimProcess> m_other; // a second origin, for F12
};

namespace {

// A German demo agent of the simulator (fixed ids): its answers carry umlauts for F06.
const QString GermanAgent = u"04b6b7b9-c659-43aa-b59b-67eae592521d"_s;
const QString ScriptedKey = u"phk_scripted_test_key"_s;

// How an answer ends: its state, the error, and the reasoning or the server's words if any.
struct Outcome
{
    AnswerState state = AnswerState::Complete;
    Kind kind = Kind::None;
    QString reasoning = {};
    QString said = {};
};

// A reply whose framing the pieces carry themselves, under the one framing header given.
Reply framed(const QByteArray &header,
             const QByteArray &value,
             const QByteArrayList &pieces,
             Ending ending)
{
    Reply reply;
    reply.headers = {{"Content-Type", "text/event-stream"}, {header, value}};
    reply.pieces = pieces;
    reply.chunked = false;
    reply.ending = ending;
    return reply;
}

QByteArray chatPath(const QString &agentId)
{
    return "/api/agents/" + agentId.toUtf8() + "/chat/?stream=true";
}

} // namespace

void TestFieldReportsNet::initTestCase()
{
    m_sim = std::make_unique<SimProcess>();
    QVERIFY(m_sim->start());
    m_other = std::make_unique<SimProcess>();
    QVERIFY(m_other->start());
    QVERIFY(m_sim->port() != m_other->port());
}

void TestFieldReportsNet::cleanup()
{
    m_sim->clearNext();
    m_sim->clearRequests();
    m_other->clearNext();
    m_other->clearRequests();
}

std::unique_ptr<Conversation> TestFieldReportsNet::conversationWith(const QUrl &origin,
                                                                    const QString &key,
                                                                    const QString &agentId)
{
    auto conversation = std::make_unique<Conversation>(&m_network);
    conversation->setAccount(accountFor(origin, key));
    Agent agent;
    agent.id = agentId;
    agent.name = u"Agent"_s;
    conversation->setAgent(agent);
    return conversation;
}

void TestFieldReportsNet::exactBytes_data()
{
    QTest::addColumn<Reply>("reply");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<Outcome>("outcome");
    const auto row = [](const QByteArray &name,
                        const Reply &reply,
                        const QString &answer,
                        const Outcome &outcome = {}) {
        QTest::newRow(name.constData()) << reply << answer << outcome;
    };
    const auto sse = [](QByteArrayList pieces, Ending ending = Ending::Clean) {
        return Reply::eventStream(std::move(pieces), ending);
    };
    const Outcome maybe{AnswerState::MayBeIncomplete};
    const Outcome cut{AnswerState::Interrupted, Kind::Network};
    const Outcome empty{AnswerState::Failed, Kind::EmptyAnswer};

    row("F01a line split across reads",
        sse({"data: {\"delta\":\"Hel", "lo\"}\n\n", End}),
        u"Hello"_s);
    row("F01b split inside the field name",
        sse({"da", "ta: {\"delta\":\"A\"}\n", "\n", End}),
        u"A"_s);
    QByteArrayList reads;
    const QByteArray big = d(QByteArray(40000, 'x')) + End;
    for (qsizetype i = 0; i < big.size(); i += 1460)
        reads.append(big.mid(i, 1460));
    Reply bigReply = sse(reads);
    bigReply.gapMs = 5;
    row("F01c 40,000 x in 1,460-byte reads", bigReply, QString(40000, u'x'));
    row("F01d four events in one read", sse({d("a") + d("b") + d("c") + End}), u"abc"_s);

    row("F02a CRLF everywhere, [DONE]\\r recognised",
        sse({"data: {\"delta\":\"Hi\"}\r\n\r\n",
             "data: {\"delta\":\"!\"}\r\n\r\n",
             "data: [DONE]\r\n\r\n"}),
        u"Hi!"_s);
    row("F02b lone CR everywhere",
        sse({"data: {\"delta\":\"Hi\"}\r\r", "data: {\"delta\":\"!\"}\r\r", "data: [DONE]\r\r"}),
        u"Hi!"_s);
    row("F02c CR|LF split inside an event",
        sse({"data: {\"delta\":\r", "\ndata: \"AB\"}\r\n\r\n", End}),
        u"AB"_s);
    row("F02c CR|LF split between the event and the blank line",
        sse({"data: {\"delta\":\"A\"}\r", "\n\r", "\n", "data: [DONE]\r", "\n\r", "\n"}),
        u"A"_s);
    row("F02d mixed CRLF and LF", sse({"data: {\"delta\":\"A\"}\r\n\n", End}), u"A"_s);

    row("F03a no space after the colon",
        sse({"data:{\"delta\":\"Hi\"}\n\n", "data:[DONE]\n\n"}),
        u"Hi"_s);
    row("F03b colons inside the value", sse({d("key: value, a: b"), End}), u"key: value, a: b"_s);
    row("F03c event:delta without a space",
        sse({"event:delta\ndata:{\"delta\":\"x\"}\n\n", End}),
        u"x"_s);
    row("F03c event:reasoning without a space is the type",
        sse({"event:reasoning\ndata:{\"delta\":\"hm\"}\n\n", d("a"), End}),
        u"a"_s,
        {AnswerState::Complete, Kind::None, u"hm"_s});
    row("F03c event:done without a space ends the answer",
        sse({d("a"), "event:done\ndata:{}\n\n"}),
        u"a"_s);

    row("F04 last event without a blank line",
        sse({d("Hello"), "data: {\"delta\":\" world\"}\n"}),
        u"Hello world"_s,
        maybe);
    row("F04 last event without a final LF",
        sse({d("Hello"), "data: {\"delta\":\" world\"}"}),
        u"Hello world"_s,
        maybe);

    row("F05 multi-line JSON data",
        sse({"data: {\"delta\":\n", "data: \"Hi\"}\n\n", End}),
        u"Hi"_s);
    row("F05 multi-line plain text", sse({"data: line1\ndata: line2\n\n", End}), u"line1\nline2"_s);
    row("F05 multi-line plain text, a read a line",
        sse({"data: line1\n", "data: line2\n", "\n", End}),
        u"line1\nline2"_s);

    row("F06a umlaut split across reads",
        sse({"data: {\"delta\":\"K\xC3", "\xA4se\"}\n\n", End}),
        u"Käse"_s);
    row("F06b CJK split after a lead byte",
        sse({"data: {\"delta\":\"\xE4", "\xBD\xA0\xE5\xA5\xBD\"}\n\n", End}),
        u"你好"_s);
    row("F06c emoji over three reads",
        sse({"data: {\"delta\":\"ok \xF0\x9F", "\x98", "\x80!\"}\n\n", End}),
        u"ok 😀!"_s);
    row("F06c emoji over three reads, text stream",
        sse({"data: ok \xF0\x9F", "\x98", "\x80!\n\n", End}),
        u"ok 😀!"_s);
    row("F06d surrogate escapes in two events, saved as F0 9F 98 80",
        sse({d("\\ud83d"), d("\\ude00"), End}),
        QString::fromUtf8("\xF0\x9F\x98\x80"));

    row("F08a empty event stream", sse({}), {}, empty);
    row("F08b only comments", sse({": keep-alive\n\n", ":\n", ": ping\r\n\r\n"}), {}, empty);
    row("F08c JSON error with a success status",
        Reply::typed("application/json", {"{\"error\":{\"message\":\"model not found\"}}"}),
        {},
        {AnswerState::Failed, Kind::AnswerError, {}, u"model not found"_s});
    row("F08d login page from a proxy",
        Reply::typed("text/html; charset=utf-8",
                     {"<!DOCTYPE html><html><body><form>Login</form></body></html>"}),
        {},
        {AnswerState::Failed, Kind::Unexpected});

    const QString busiest = u"The busiest rule is 5501 and"_s;
    const QByteArray first = d("The busiest rule is ");
    const QByteArray second = d("5501 and");
    row("F09 reset after two deltas", sse({first, second}, Ending::Reset), busiest, cut);
    // The same loss with the framing written by hand: inside a chunk, between chunks without the
    // last one, short of a Content-Length; by a reset and by an orderly close.
    const auto chunk = [](const QByteArray &bytes) -> QByteArray {
        return QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n";
    };
    for (const Ending ending : {Ending::Reset, Ending::Clean}) {
        const QByteArray how = ending == Ending::Reset ? "F09 reset " : "F09 close ";
        row(how + "inside a chunk",
            framed("Transfer-Encoding", "chunked", {chunk(first), "100\r\n" + second}, ending),
            busiest,
            cut);
        row(how + "before the last chunk",
            framed("Transfer-Encoding", "chunked", {chunk(first), chunk(second)}, ending),
            busiest,
            cut);
        row(how + "short of the Content-Length",
            framed("Content-Length", "4000", {first, second}, ending),
            busiest,
            cut);
    }
    row("F09 reset after a data line, before its blank line",
        sse({first, "data: {\"delta\":\"5501 and\"}\n"}, Ending::Reset),
        busiest,
        cut);
    row("F09 reset after [DONE], before its blank line",
        sse({first, second + "data: [DONE]\n"}, Ending::Reset),
        busiest);
    // Forty events in a burst, then a reset: Qt 6.4 may report that as the end of the body.
    QByteArrayList burst;
    QString words;
    for (int i = 0; i < 40; ++i) {
        burst.append(d("w" + QByteArray::number(i) + " "));
        words += u"w%1 "_s.arg(i);
    }
    Reply sized = framed("Content-Length", "100000", burst, Ending::Reset);
    sized.gapMs = 0;
    row("F09 reset short of the Content-Length after a burst", sized, words, cut);
}

void TestFieldReportsNet::exactBytes()
{
    QFETCH(Reply, reply);
    QFETCH(QString, answer);
    QFETCH(Outcome, outcome);
    const auto [state, kind, reasoning, serverMessage] = outcome;

    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setReplies({reply});
    const auto conversation = conversationWith(server.origin(), ScriptedKey, u"a1"_s);
    // The answer must end when the body does, not when the two-minute inactivity limit strikes.
    const ChatMessage *message = askAndWait(*conversation, u"Hello"_s, 20000);
    QVERIFY(message);
    QCOMPARE(message->text.toUtf8(), answer.toUtf8());
    QCOMPARE(message->reasoning, reasoning);
    QCOMPARE(message->state, state);
    QCOMPARE(message->error.kind, kind);
    if (!serverMessage.isEmpty())
        QCOMPARE(message->error.serverMessage, serverMessage);
    QVERIFY(!message->error.describe().contains(u"<"_s)); // no HTML ever reaches the user
    QVERIFY(historyIsSound(*conversation));
    if (state == AnswerState::Interrupted || state == AnswerState::Failed)
        QVERIFY(!conversation->isAnswering());

    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().header("authorization"), "Bearer " + ScriptedKey.toUtf8());
}

void TestFieldReportsNet::simulator_data()
{
    QTest::addColumn<QJsonObject>("switches");
    QTest::addColumn<AnswerState>("state");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<TextCheck>("check");

    const auto row = [](const char *name, QJsonObject switches) -> QTestData & {
        if (!switches.contains(u"tokens_per_second"_s))
            switches.insert(u"tokens_per_second"_s, 0);
        if (!switches.contains(u"answer_length"_s))
            switches.insert(u"answer_length"_s, 400);
        return QTest::newRow(name) << switches;
    };
    const auto Complete = AnswerState::Complete;
    const auto Whole = TextCheck::Whole;

    row("F01 byte by byte", {{u"chunking"_s, u"byte"_s}}) << Complete << Kind::None << Whole;
    row("F01 random reads", {{u"chunking"_s, u"random:7"_s}}) << Complete << Kind::None << Whole;
    row("F01c one 40,000-character event in 1,460-byte reads",
        {{u"fault"_s, u"big-event:40000"_s}, {u"chunking"_s, u"fixed:1460"_s}})
        << Complete << Kind::None << Whole;
    row("F01d the whole answer in one read", {{u"chunking"_s, u"all"_s}})
        << Complete << Kind::None << Whole;
    for (const char *dialect : {"sse-text",
                                "openai",
                                "anthropic",
                                "ndjson",
                                "plain",
                                "json",
                                "snapshots",
                                "think-tags"}) {
        const QByteArray name = "F01 " + QByteArray(dialect) + " byte by byte";
        row(name.constData(),
            {{u"dialect"_s, QLatin1StringView(dialect)}, {u"chunking"_s, u"byte"_s}})
            << Complete << Kind::None << Whole;
    }
    row("F02a CRLF, a read a byte", {{u"line_ending"_s, u"crlf"_s}, {u"chunking"_s, u"byte"_s}})
        << Complete << Kind::None << Whole;
    row("F02b CR, a read a byte", {{u"line_ending"_s, u"cr"_s}, {u"chunking"_s, u"byte"_s}})
        << Complete << Kind::None << Whole;
    row("F02c CR|LF split by 3-byte reads",
        {{u"line_ending"_s, u"crlf"_s}, {u"chunking"_s, u"fixed:3"_s}})
        << Complete << Kind::None << Whole;
    row("F02 CR with a BOM and comments, random reads",
        {{u"line_ending"_s, u"cr"_s},
         {u"bom"_s, true},
         {u"comments"_s, true},
         {u"chunking"_s, u"random:11"_s}})
        << Complete << Kind::None << Whole;
    row("F05 multi-line text events, a read a byte",
        {{u"dialect"_s, u"sse-text"_s}, {u"chunking"_s, u"byte"_s}, {u"answer_length"_s, 1500}})
        << Complete << Kind::None << Whole;
    row("F06 German answer, a read a byte",
        {{u"chunking"_s, u"byte"_s}, {u"answer_length"_s, 1500}})
        << Complete << Kind::None << Whole;
    row("F08a empty body", {{u"fault"_s, u"empty-body"_s}})
        << AnswerState::Failed << Kind::EmptyAnswer << TextCheck::Empty;
    row("F08b only comments", {{u"fault"_s, u"comments-only"_s}})
        << AnswerState::Failed << Kind::EmptyAnswer << TextCheck::Empty;
    row("F08d HTML with a success status", {{u"fault"_s, u"html-200"_s}})
        << AnswerState::Failed << Kind::Unexpected << TextCheck::Empty;
    // Paced as a model writes: a burst followed at once by a reset is the Qt gap the report names.
    row("F09 reset after 300 bytes",
        {{u"fault"_s, u"reset-after:300"_s}, {u"tokens_per_second"_s, 100}})
        << AnswerState::Interrupted << Kind::Network << TextCheck::Prefix;
    row("F09 reset after 300 bytes, 7-byte reads",
        {{u"fault"_s, u"reset-after:300"_s},
         {u"chunking"_s, u"fixed:7"_s},
         {u"tokens_per_second"_s, 200}})
        << AnswerState::Interrupted << Kind::Network << TextCheck::Prefix;
}

void TestFieldReportsNet::simulator()
{
    QFETCH(QJsonObject, switches);
    QFETCH(AnswerState, state);
    QFETCH(Kind, kind);
    QFETCH(TextCheck, check);

    m_sim->setNext(switches);
    const auto conversation = conversationWith(m_sim->origin(), m_sim->demoKey(), GermanAgent);
    const ChatMessage *message = askAndWait(*conversation, u"Erzähl mir etwas."_s, 60000);
    QVERIFY(message);
    QCOMPARE(message->state, state);
    QCOMPARE(message->error.kind, kind);
    QVERIFY(historyIsSound(*conversation));

    const QJsonArray chats = m_sim->chatRequests();
    QCOMPARE(chats.size(), 1);
    const QString logged = chats.first().toObject().value(u"answer"_s).toString();
    switch (check) {
    case TextCheck::Whole:
        QVERIFY(!logged.isEmpty());
        QCOMPARE(message->text, logged);
        break;
    case TextCheck::Prefix:
        QVERIFY(!message->text.isEmpty());
        QVERIFY2(logged.startsWith(message->text), qPrintable(message->text));
        QVERIFY(message->text.size() < logged.size());
        break;
    case TextCheck::Empty:
        QVERIFY(message->text.isEmpty());
        QVERIFY(message->reasoning.isEmpty());
        break;
    }
}

void TestFieldReportsNet::errorStatus_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QStringList>("said");

    QTest::newRow("F07a 429 with Retry-After and a JSON body")
        << u"status:429"_s << Kind::RateLimited
        << QStringList{u"Rate limited"_s, u"Rate limit exceeded"_s};
    QTest::newRow("F07b 401 invalid_token")
        << u"status:401"_s << Kind::Unauthorized
        << QStringList{u"API key rejected"_s, u"settings"_s, u"malformed, expired"_s};
    QTest::newRow("F07c 502 with an HTML body")
        << u"status:502-html"_s << Kind::Server << QStringList{u"Server error (502)"_s};
}

void TestFieldReportsNet::errorStatus()
{
    QFETCH(QString, fault);
    QFETCH(Kind, kind);
    QFETCH(QStringList, said);

    m_sim->setNext({{u"fault"_s, fault}});
    const auto conversation = conversationWith(m_sim->origin(), m_sim->demoKey(), GermanAgent);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const ChatMessage *message = askAndWait(*conversation, u"Hallo"_s, 20000);
    QVERIFY(message);
    QCOMPARE(message->state, AnswerState::Failed);
    QCOMPARE(message->error.kind, kind);
    QVERIFY(message->text.isEmpty());
    const QString description = message->error.describe();
    for (const QString &phrase : said)
        QVERIFY2(description.contains(phrase), qPrintable(description));
    QVERIFY2(!description.contains(u'<'), qPrintable(description));
    if (kind == Kind::RateLimited) {
        // The wait: Retry-After 20 from the moment the answer came.
        const QDateTime at = message->error.retryAt;
        QVERIFY(at.isValid());
        QVERIFY(at >= before.addSecs(19) && at <= QDateTime::currentDateTimeUtc().addSecs(21));
        QVERIFY(description.contains(
            QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)));
    }
    if (kind == Kind::Server)
        QCOMPARE(message->error.status, 502);

    // The typed message is kept for sending again, and nothing empty is kept as an answer.
    QCOMPARE(conversation->messages().size(), 2);
    QCOMPARE(conversation->messages().first().text, u"Hallo"_s);
    QVERIFY(historyIsSound(*conversation));
    QVERIFY(!conversation->isAnswering());
    m_sim->clearNext();
    QSignalSpy finished(conversation.get(), &Conversation::answerFinished);
    QVERIFY(conversation->retry());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(conversation->messages().last().state, AnswerState::Complete);
    QVERIFY(!conversation->messages().last().text.isEmpty());
}

void TestFieldReportsNet::redirectToAnotherOrigin_data()
{
    QTest::addColumn<bool>("sameHostName");
    QTest::newRow("F12 307 to another port") << false;
    QTest::newRow("F12 307 to localhost, same port, another host name") << true;
}

void TestFieldReportsNet::redirectToAnotherOrigin()
{
    QFETCH(bool, sameHostName);

    const QString target =
        sameHostName ? u"http://localhost:%1"_s.arg(m_sim->port()) : m_other->origin().toString();
    m_sim->setNext({{u"fault"_s,
                     QString(u"redirect:"_s + target + QString::fromUtf8(chatPath(GermanAgent)))}});
    const auto conversation = conversationWith(m_sim->origin(), m_sim->demoKey(), GermanAgent);
    const ChatMessage *message = askAndWait(*conversation, u"Hallo"_s, 20000);
    QVERIFY(message);
    QCOMPARE(message->state, AnswerState::Failed);
    QCOMPARE(message->error.kind, Kind::RedirectRefused);
    QVERIFY(message->error.describe().contains(u"API key was not sent"_s));
    QVERIFY(historyIsSound(*conversation));

    // The key went to the configured origin once, and nowhere else.
    QCOMPARE(m_sim->chatRequests().size(), 1);
    QCOMPARE(m_other->requests().size(), 0);
}

void TestFieldReportsNet::redirectWithinTheOrigin_data()
{
    QTest::addColumn<QList<Reply>>("replies");
    QTest::addColumn<AnswerState>("state");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("requests");

    const Reply answer = Reply::eventStream({d("moved"), End});
    QTest::newRow("F12 same-origin redirect, relative Location")
        << QList<Reply>{Reply::redirect("/elsewhere/chat/"), answer} << AnswerState::Complete
        << Kind::None << 2;
    QTest::newRow("F12 same-origin redirect, absolute Location")
        << QList<Reply>{Reply::redirect("ORIGIN/elsewhere/chat/"), answer} << AnswerState::Complete
        << Kind::None << 2;
    QTest::newRow("F12 same-origin hop, then another origin")
        << QList<Reply>{Reply::redirect("/elsewhere/chat/"), Reply::redirect("OTHER/chat/")}
        << AnswerState::Failed << Kind::RedirectRefused << 2;
}

// The simulator's redirect switch applies to every request, so a redirect to itself would never
// end: the same-origin cases come from the scripted server.
void TestFieldReportsNet::redirectWithinTheOrigin()
{
    QFETCH(QList<Reply>, replies);
    QFETCH(AnswerState, state);
    QFETCH(Kind, kind);
    QFETCH(int, requests);

    ScriptedHttpServer server;
    QVERIFY(server.listen());
    for (Reply &reply : replies) {
        for (auto &[name, value] : reply.headers) {
            value.replace("ORIGIN", server.origin().toEncoded());
            value.replace("OTHER", m_other->origin().toEncoded());
        }
    }
    server.setReplies(replies);
    const auto conversation = conversationWith(server.origin(), ScriptedKey, u"a1"_s);
    const ChatMessage *message = askAndWait(*conversation, u"Hello"_s, 20000);
    QVERIFY(message);
    QCOMPARE(message->state, state);
    QCOMPARE(message->error.kind, kind);
    if (state == AnswerState::Complete)
        QCOMPARE(message->text, u"moved"_s);
    QCOMPARE(server.requests().size(), requests);
    for (const ScriptedHttpServer::Request &request : server.requests())
        QCOMPARE(request.header("authorization"), "Bearer " + ScriptedKey.toUtf8());
    QCOMPARE(m_other->requests().size(), 0);
}

void TestFieldReportsNet::agentListRedirectToAnotherOrigin()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setReplies({Reply::redirect(m_other->origin().toEncoded() + "/api/agents/")});
    AgentDirectory directory(&m_network);
    QSignalSpy failed(&directory, &AgentDirectory::failed);
    QSignalSpy loaded(&directory, &AgentDirectory::loaded);
    directory.load(accountFor(server.origin(), ScriptedKey));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QCOMPARE(failed.first().first().value<ApiError>().kind, Kind::RedirectRefused);
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(m_other->requests().size(), 0);
}

// A control for the checks above: the second simulator's log does show a key that a client
// following the redirect with Qt's default policy carries there.
void TestFieldReportsNet::withoutTheClientsPolicyTheKeyLeaks()
{
    const QByteArray target = m_other->origin().toEncoded() + chatPath(GermanAgent);
    m_sim->setNext({{u"fault"_s, QString(u"redirect:"_s + QString::fromUtf8(target))}});
    QUrl url = m_sim->origin();
    url.setPath(u"/api/agents/"_s + GermanAgent + u"/chat/"_s);
    url.setQuery(u"stream=true"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_sim->demoKey().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_network.post(request, R"({"message":"Hallo"})");
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(20000));
    reply->deleteLater();
    const QJsonArray leaked = m_other->chatRequests();
    QCOMPARE(leaked.size(), 1);
    const QJsonObject headers = leaked.first().toObject().value(u"headers"_s).toObject();
    QCOMPARE(headers.value(u"authorization"_s).toString(), u"[redacted]"_s);
}

QTEST_GUILESS_MAIN(TestFieldReportsNet)
#include "tst_fieldreports_net.moc"
