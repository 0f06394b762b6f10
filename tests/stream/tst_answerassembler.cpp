// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerAssembler.h"
#include "AssemblerRun.h"
#include "TestStrings.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Problem = AnswerAssembler::Problem;

// streaming.md, row by row, through the whole assembler.
class TestAnswerAssembler : public QObject
{
    Q_OBJECT

private slots:
    void answer_data();
    void answer();
    void eventsSayWhatChanged();
    void identifiers();
    void serverError();
    void bodyAfterTheEndIsIgnored();
    void unexpectedBodyNeverReachesTheAnswer();
    void isStreamFormat_data();
    void isStreamFormat();
};

namespace {

void addRow(const char *name,
            const QByteArray &contentType,
            const QByteArrayList &reads,
            const QString &answer,
            const QString &reasoning,
            AnswerState state,
            Problem problem = Problem::None)
{
    QTest::newRow(name) << contentType << reads << answer << reasoning << state << problem;
}

const QByteArray Sse = "text/event-stream";
const QByteArray Done = "data: [DONE]\n\n";

} // namespace

void TestAnswerAssembler::answer_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArrayList>("reads");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<AnswerState>("state");
    QTest::addColumn<Problem>("problem");

    const auto Complete = AnswerState::Complete;
    const auto Maybe = AnswerState::MayBeIncomplete;
    const auto Failed = AnswerState::Failed;
    const auto Interrupted = AnswerState::Interrupted;

    // Content types.
    addRow("event-stream is UTF-8 whatever its charset says",
           "text/event-stream; charset=iso-8859-1",
           {"data: {\"delta\":\"K\xC3\xA4se\"}\n\n" + Done},
           u"Käse"_s,
           {},
           Complete);
    addRow("content type case and spaces",
           " Text/Event-Stream ;charset=utf-8",
           {"data: {\"delta\":\"a\"}\n\n" + Done},
           u"a"_s,
           {},
           Complete);
    for (const char *type : {"application/x-ndjson",
                             "application/jsonl",
                             "application/json-lines",
                             "application/stream+json",
                             "APPLICATION/X-NDJSON; charset=utf-8"}) {
        QTest::addRow("NDJSON as %s", type)
            << QByteArray(type) << QByteArrayList{"{\"delta\":\"a\"}\n{\"delta\":\"b\"}\n"}
            << u"ab"_s << QString() << Maybe << Problem::None;
    }
    addRow("NDJSON with a done line",
           "application/x-ndjson",
           {"{\"response\":\"a\"}\n{\"response\":\"b\",\"done\":true}\n"},
           u"ab"_s,
           {},
           Complete);
    addRow("JSON answer",
           "application/json; charset=utf-8",
           {"{\"message\":\"Hallo \\ud83d\\ude00\",\"conversation_id\":\"c\",\"run_id\":\"r\"}"},
           u"Hallo 😀"_s,
           {},
           Complete);
    addRow("JSON answer pretty-printed",
           "application/json",
           {"{\n  \"message\": \"Hi\"\n}\n"},
           u"Hi"_s,
           {},
           Complete);
    addRow("JSON answer that is JSON lines",
           "application/json",
           {"{\"delta\":\"a\"}\n{\"delta\":\"b\"}\n"},
           u"ab"_s,
           {},
           Maybe);
    addRow("JSON lines in a JSON answer, with [DONE]",
           "application/json",
           {"{\"delta\":\"a\"}\n{\"delta\":\"b\"}\n[DONE]\n"},
           u"ab"_s,
           {},
           Complete);
    addRow("JSON error object",
           "application/json",
           {"{\"error\":{\"message\":\"nope\"}}"},
           {},
           {},
           Failed,
           Problem::ServerError);
    addRow("JSON detail error",
           "application/json",
           {"{\"detail\":\"Not found.\"}"},
           {},
           {},
           Failed,
           Problem::ServerError);
    addRow("JSON answer without a message",
           "application/json",
           {"{\"run_id\":\"r\"}"},
           {},
           {},
           Failed,
           Problem::EmptyAnswer);
    addRow("JSON body empty", "application/json", {}, {}, {}, Failed, Problem::EmptyAnswer);
    addRow("JSON body that is not JSON",
           "application/json",
           {"<html>oops</html>"},
           {},
           {},
           Failed,
           Problem::UnexpectedContent);
    addRow("JSON body that is an array",
           "application/json",
           {"[\"a\"]"},
           {},
           {},
           Failed,
           Problem::UnexpectedContent);
    addRow("plain text", "text/plain", {"Hallo ", "Welt"}, u"Hallo Welt"_s, {}, Complete);
    addRow("no content type is plain text", "", {"\xEF\xBB\xBFHi"}, u"Hi"_s, {}, Complete);
    addRow("plain text with think tags",
           "text/plain; charset=utf-8",
           {"<think>hm</think>", "Ja"},
           u"Ja"_s,
           u"hm"_s,
           Complete);
    addRow("plain text empty", "text/plain", {}, {}, {}, Failed, Problem::EmptyAnswer);
    addRow("HTML is unexpected",
           "text/html; charset=utf-8",
           {"<html><body>Login</body></html>"},
           {},
           {},
           Failed,
           Problem::UnexpectedContent);
    addRow("XML is unexpected",
           "application/xml",
           {"<a/>"},
           {},
           {},
           Failed,
           Problem::UnexpectedContent);

    // Server-Sent Events: the parsing rules.
    addRow("BOM dropped, split over reads",
           Sse,
           {"\xEF", "\xBB", "\277data: Hi\n\n"},
           u"Hi"_s,
           {},
           Maybe);
    addRow("second BOM is data",
           Sse,
           {"\357\273\277data: \xEF\xBB\xBFHi\n\n"},
           u"\uFEFFHi"_s,
           {},
           Maybe);
    addRow("BOM in front of a field makes an unknown field",
           Sse,
           {"\xEF\xBB\xBF\357\273\277data: lost\n\ndata: kept\n\n"},
           u"kept"_s,
           {},
           Maybe);
    addRow("lone CR line ends",
           Sse,
           {"data: {\"delta\":\"A\"}\r\r"
            "data: [DONE]\r\r"},
           u"A"_s,
           {},
           Complete);
    addRow("CR at the end of a read, LF at the start of the next",
           Sse,
           {"data: a\r", "\ndata: b\r", "\n\r", "\n"},
           u"a\nb"_s,
           {},
           Maybe);
    addRow("comments only", Sse, {": ping\n\n: ping\n\n"}, {}, {}, Failed, Problem::EmptyAnswer);
    addRow("empty body", Sse, {}, {}, {}, Failed, Problem::EmptyAnswer);
    addRow("split at the first colon, one space removed",
           Sse,
           {"data:  a: b\n\ndata:c\n\n"},
           u" a: bc"_s,
           {},
           Maybe);
    addRow("line without colon is an empty value", Sse, {"data\n\ndata: x\n\n"}, u"x"_s, {}, Maybe);
    addRow("unknown fields and upper-case names ignored",
           Sse,
           {"Data: no\nfoo: no\ndata: yes\nid: 1\nretry: 5\n\n"},
           u"yes"_s,
           {},
           Maybe);
    addRow("an event without data is not dispatched",
           Sse,
           {"data: {\"delta\":\"a\"}\n\nevent: done\n\n"},
           u"a"_s,
           {},
           Maybe);
    addRow(
        "pending event dispatched at the end", Sse, {"data: {\"delta\":\"a\"}"}, u"a"_s, {}, Maybe);
    addRow("event over the cap after text",
           Sse,
           {"data: {\"delta\":\"a\"}\n\ndata: " + QByteArray(300, 'x') + "\n\n" + Done},
           u"a"_s,
           {},
           Interrupted,
           Problem::EventTooLarge);
    addRow("event over the cap before text",
           Sse,
           {"data: " + QByteArray(300, 'x')},
           {},
           {},
           Failed,
           Problem::EventTooLarge);

    // From an event to the conversation.
    addRow("[DONE] with spaces",
           Sse,
           {"data: {\"delta\":\"a\"}\n\ndata:  [DONE] \n\n"},
           u"a"_s,
           {},
           Complete);
    addRow("[DONE] alone is an empty answer", Sse, {Done}, {}, {}, Failed, Problem::EmptyAnswer);
    addRow("error event after text",
           Sse,
           {"data: {\"delta\":\"a\"}\n\nevent: error\ndata: {\"message\":\"busy\"}\n\n"},
           u"a"_s,
           {},
           Interrupted,
           Problem::ServerError);
    addRow("error event first",
           Sse,
           {"event: error\ndata: quota exceeded\n\n"},
           {},
           {},
           Failed,
           Problem::ServerError);
    addRow("error member mid-stream",
           Sse,
           {"data: {\"delta\":\"a\"}\n\ndata: {\"error\":\"gone\"}\n\n"},
           u"a"_s,
           {},
           Interrupted,
           Problem::ServerError);
    addRow("terminal event names",
           Sse,
           {"data: {\"delta\":\"a\"}\n\nevent: Message_Stop\ndata: {}\n\n"},
           u"a"_s,
           {},
           Complete);
    addRow("reasoning event names",
           Sse,
           {"event: thinking\ndata: {\"text\":\"hm\"}\n\nevent: reasoning_delta\ndata: "
            "{\"delta\":\"!\"}\n\ndata: {\"delta\":\"a\"}\n\n" +
            Done},
           u"a"_s,
           u"hm!"_s,
           Complete);
    addRow("reasoning event in a text stream",
           Sse,
           {"event: thinking\ndata: hm\n\ndata: a\n\n"},
           u"a"_s,
           u"hm"_s,
           Maybe);
    addRow("activity events read nothing",
           Sse,
           {"event: ping\ndata: {\"delta\":\"no\"}\n\ndata: {\"delta\":\"a\"}\n\n" + Done},
           u"a"_s,
           {},
           Complete);
    addRow("meta event before a text stream",
           Sse,
           {"event: meta\ndata: {\"conversation_id\":\"c\"}\n\ndata: Hello\n\ndata:  world\n\n"},
           u"Hello world"_s,
           {},
           Maybe);
    addRow("later non-JSON payload dropped",
           Sse,
           {"data: {\"delta\":\"a\"}\n\ndata: {\"delta\":\"b\n\n" + Done},
           u"a"_s,
           {},
           Maybe);
    addRow("text stream takes JSON-looking payloads verbatim",
           Sse,
           {"data: 1\n\ndata: true\n\ndata: \"x\"\n\n"},
           u"1true\"x\""_s,
           {},
           Maybe);
    addRow("multi-line text payload",
           Sse,
           {"data: line1\ndata: line2\n\n"},
           u"line1\nline2"_s,
           {},
           Maybe);
    addRow("OpenAI chunks",
           Sse,
           {"data: {\"choices\":[{\"delta\":{\"reasoning_content\":\"r\"}}]}\n\n"
            "data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\n"
            "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
            "data: {\"choices\":[{\"delta\":{\"content\":\"late\"}}]}\n\n" +
            Done},
           u"a"_s,
           u"r"_s,
           Complete);
    addRow("snapshots replace",
           Sse,
           {"data: {\"text\":\"Hel\"}\n\ndata: {\"text\":\"Hello\"}\n\ndata: {\"text\":\"Hello "
            "world\"}\n\n"},
           u"Hello world"_s,
           {},
           Maybe);
    addRow("texts that do not repeat are appended",
           Sse,
           {"data: {\"text\":\"Hel\"}\n\ndata: {\"text\":\"lo\"}\n\ndata: {\"text\":\"Hel\"}\n\n"},
           u"HelloHel"_s,
           {},
           Maybe);
    addRow("delta fields are deltas even when they repeat",
           Sse,
           {"data: {\"delta\":\"ab\"}\n\ndata: {\"delta\":\"abc\"}\n\n"},
           u"ababc"_s,
           {},
           Maybe);
    addRow("a snapshot that rewrites replaces the answer",
           Sse,
           {"data: {\"content\":\"A\"}\n\ndata: {\"content\":\"AB\"}\n\ndata: "
            "{\"content\":\"Xy\"}\n\n"},
           u"Xy"_s,
           {},
           Maybe);
    addRow("final message fills in a lost tail",
           Sse,
           {"data: {\"delta\":\"Hel\"}\n\nevent: done\ndata: {\"message\":\"Hello\"}\n\n"},
           u"Hello"_s,
           {},
           Complete);
    addRow("final message that differs is ignored",
           Sse,
           {"data: {\"delta\":\"Hel\"}\n\nevent: done\ndata: {\"message\":\"Bye\"}\n\n"},
           u"Hel"_s,
           {},
           Complete);
    addRow("final delta in a terminal event is appended",
           Sse,
           {"data: {\"delta\":\"Hel\"}\n\nevent: done\ndata: {\"delta\":\"lo\"}\n\n"},
           u"Hello"_s,
           {},
           Complete);
    addRow("think tags split across events",
           Sse,
           {"data: {\"delta\":\"<thi\"}\n\ndata: {\"delta\":\"nk>hm</th\"}\n\n"
            "data: {\"delta\":\"ink>\\n\\nJa\"}\n\n" +
            Done},
           u"Ja"_s,
           u"hm"_s,
           Complete);
    addRow("think tags in snapshots",
           Sse,
           {"data: {\"text\":\"<think>h\"}\n\ndata: {\"text\":\"<think>hm</think>\"}\n\n"
            "data: {\"text\":\"<think>hm</think>Ja\"}\n\n"},
           u"Ja"_s,
           u"hm"_s,
           Maybe);
    addRow("unclosed think block stays reasoning",
           Sse,
           {"data: {\"delta\":\"<think>hm\"}\n\n"},
           {},
           u"hm"_s,
           Maybe);
    addRow("text after the terminal event is ignored",
           Sse,
           {"data: {\"delta\":\"a\"}\n\n" + Done + "data: {\"delta\":\"b\"}\n\n", "data: c\n\n"},
           u"a"_s,
           {},
           Complete);
    addRow("invalid UTF-8 in a text stream", Sse, {"data: a\377b\n\n"}, u"a\uFFFDb"_s, {}, Maybe);
    addRow("invalid UTF-8 inside JSON",
           Sse,
           {"data: {\"delta\":\"a\xC3(\"}\n\n" + Done},
           u"a\uFFFD("_s,
           {},
           Complete);
    addRow("character split over two text events",
           Sse,
           {"data: K\xC3\n\ndata: \xA4se\n\n"},
           u"Käse"_s,
           {},
           Maybe);
    addRow("lone high surrogate at the end",
           Sse,
           {"data: {\"delta\":\"a\\ud83d\"}\n\n" + Done},
           u"a\uFFFD"_s,
           {},
           Complete);
}

void TestAnswerAssembler::answer()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArrayList, reads);
    QFETCH(QString, answer);
    QFETCH(QString, reasoning);
    QFETCH(AnswerState, state);
    QFETCH(Problem, problem);

    const AssemblerRun run =
        runAssembler(contentType, QList<QByteArrayView>(reads.cbegin(), reads.cend()), 256);
    QCOMPARE(run.answer, answer);
    QCOMPARE(run.reasoning, reasoning);
    QCOMPARE(run.state, state);
    QCOMPARE(run.problem, problem);

    // The same bytes in one read, and one byte a read, give the same.
    const QByteArray body = reads.join();
    AssemblerRun whole = runAssembler(contentType, {body}, 256);
    AssemblerRun bytes = runAssembler(contentType, splitEvery(body, 1), 256);
    AssemblerRun given = run;
    if (bodyFormatFor(contentType) == BodyFormat::PlainText) {
        for (AssemblerRun *each : {&whole, &bytes, &given})
            each->events = mergedEvents(each->events);
    }
    QVERIFY2(whole == given, difference(whole, given).constData());
    QVERIFY2(whole == bytes, difference(whole, bytes).constData());
}

void TestAnswerAssembler::eventsSayWhatChanged()
{
    AnswerAssembler assembler(Sse);
    QList<StreamEvent> events =
        assembler.feed(": hi\n\ndata: {\"delta\":\"<think>r</think>a\"}\n\n");
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].kind, StreamEvent::Kind::Activity);
    QCOMPARE(events[1].kind, StreamEvent::Kind::ReasoningText);
    QCOMPARE(events[1].text, u"r"_s);
    QCOMPARE(events[2].kind, StreamEvent::Kind::AnswerText);
    QCOMPARE(events[2].text, u"a"_s);
    QVERIFY(!assembler.isFinished());
    QCOMPARE(assembler.state(), AnswerState::Streaming);

    events = assembler.feed(
        "data: {\"delta\":\"b\"}\n\nevent: done\ndata: {\"message\":\"<think>r</think>abc\"}\n");
    QCOMPARE(events.size(), 1); // the terminal event is not complete before its blank line
    events = assembler.feed("\n");
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].text, u"c"_s); // the lost tail, as a delta
    QCOMPARE(events[1].kind, StreamEvent::Kind::Terminal);
    QVERIFY(assembler.isFinished());
    QCOMPARE(assembler.state(), AnswerState::Complete);
    QVERIFY(assembler.finish().isEmpty());
    QCOMPARE(assembler.state(), AnswerState::Complete);

    AnswerAssembler snapshots(Sse);
    snapshots.feed("data: {\"text\":\"ab\"}\n\ndata: {\"text\":\"abc\"}\n\n");
    events = snapshots.feed("data: {\"text\":\"X\"}\n\n");
    QCOMPARE(events.size(), 1);
    QVERIFY(events[0].snapshot);
    QCOMPARE(events[0].text, u"X"_s);
    QCOMPARE(snapshots.answer(), u"X"_s);
}

void TestAnswerAssembler::identifiers()
{
    AnswerAssembler assembler(Sse);
    const QList<StreamEvent> events =
        assembler.feed("event: meta\ndata: {\"conversation_uuid\":\"c1\"}\n\n"
                       "data: {\"delta\":\"a\",\"metadata\":{\"run_id\":\"r1\"}}\n\n"
                       "data: {\"delta\":\"b\",\"conversation_id\":\"c1\"}\n\n");
    QCOMPARE(assembler.conversationId(), u"c1"_s);
    QCOMPARE(assembler.runId(), u"r1"_s);
    int identifierEvents = 0;
    for (const StreamEvent &event : events)
        identifierEvents += event.kind == StreamEvent::Kind::Identifiers;
    QCOMPARE(identifierEvents, 2); // only when something changed
}

void TestAnswerAssembler::serverError()
{
    AnswerAssembler assembler("application/json");
    assembler.feed("{\"error\":{\"code\":\"model_not_found\",\"message\":\"model not found\"}}");
    const QList<StreamEvent> events = assembler.finish();
    QCOMPARE(assembler.serverMessage(), u"model not found"_s);
    QCOMPARE(assembler.errorCode(), u"model_not_found"_s);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, StreamEvent::Kind::Error);
    QCOMPARE(events[0].text, u"model not found"_s);
    QCOMPARE(events[0].errorCode, u"model_not_found"_s);
    QVERIFY(assembler.isFinished());
}

void TestAnswerAssembler::bodyAfterTheEndIsIgnored()
{
    AnswerAssembler assembler("text/plain");
    assembler.feed("Hi");
    assembler.finish();
    QVERIFY(assembler.feed("more").isEmpty());
    QCOMPARE(assembler.answer(), u"Hi"_s);
    QCOMPARE(assembler.state(), AnswerState::Complete);
}

void TestAnswerAssembler::unexpectedBodyNeverReachesTheAnswer()
{
    AnswerAssembler assembler("text/html");
    QVERIFY(assembler.isFinished()); // decided by the header
    const QByteArray page = "<html><body>" + QByteArray(5000, 'x') + "</body></html>";
    QVERIFY(assembler.feed(page).isEmpty());
    QVERIFY(assembler.finish().isEmpty());
    QVERIFY(assembler.answer().isEmpty());
    QCOMPARE(assembler.problem(), Problem::UnexpectedContent);
    QCOMPARE(assembler.state(), AnswerState::Failed);
}

void TestAnswerAssembler::isStreamFormat_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isStream");

    QTest::newRow("SSE") << Sse << QByteArray() << true;
    QTest::newRow("NDJSON") << QByteArray("application/x-ndjson") << QByteArray() << true;
    QTest::newRow("JSON document") << QByteArray("application/json") << QByteArray("{}") << false;
    QTest::newRow("JSON that is lines")
        << QByteArray("application/json") << QByteArray("{}\n{}\n") << true;
    QTest::newRow("plain text") << QByteArray("text/plain") << QByteArray("a") << false;
    QTest::newRow("HTML") << QByteArray("text/html") << QByteArray("<p>") << false;
}

void TestAnswerAssembler::isStreamFormat()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, isStream);
    QCOMPARE(runAssembler(contentType, {body}).isStreamFormat, isStream);
}

QTEST_GUILESS_MAIN(TestAnswerAssembler)
#include "tst_answerassembler.moc"
