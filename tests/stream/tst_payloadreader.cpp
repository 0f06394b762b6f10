// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayloadReader.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPayloadReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void firstPayloadDecidesTheKind_data();
    void firstPayloadDecidesTheKind();
    void textStreamKeepsSplitCharacters();
    void terminalTextIsAFullMessageOnlyInTextStreams();
    void document_data();
    void document();
};

namespace {

// A reading in a few words, so that rows read like the mapping they check.
QString describe(const PayloadReader::Reading &reading)
{
    QStringList parts;
    if (reading.dropped)
        parts << u"dropped"_s;
    if (reading.activity)
        parts << u"activity"_s;
    if (reading.isError)
        parts << u"error(%1|%2)"_s.arg(reading.errorMessage, reading.errorCode);
    if (!reading.reasoning.isEmpty())
        parts << u"reasoning(%1)"_s.arg(reading.reasoning);
    if (!reading.text.isEmpty())
        parts << (reading.textIsDelta ? u"delta(%1)"_s : u"text(%1)"_s).arg(reading.text);
    if (!reading.conversationId.isEmpty() || !reading.runId.isEmpty())
        parts << u"ids(%1|%2)"_s.arg(reading.conversationId, reading.runId);
    if (reading.terminal == PayloadReader::Terminal::ByName)
        parts << u"terminal"_s;
    if (reading.terminal == PayloadReader::Terminal::ByFlag)
        parts << u"finished"_s;
    return parts.join(u' ');
}

} // namespace

void TestPayloadReader::read_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reading");

    // [DONE] and event names, mapped before the payload is read.
    QTest::newRow("[DONE]") << QByteArray() << QByteArray("[DONE]") << u"terminal"_s;
    QTest::newRow("[DONE] with spaces") << QByteArray() << QByteArray(" [DONE]\r") << u"terminal"_s;
    QTest::newRow("event error, JSON")
        << QByteArray("error") << QByteArray(R"({"message":"overloaded","code":"busy"})")
        << u"error(overloaded|busy)"_s;
    QTest::newRow("event error, text")
        << QByteArray("Error") << QByteArray("model gone") << u"error(model gone|)"_s;
    for (const char *name : {"done",
                             "end",
                             "complete",
                             "completed",
                             "finish",
                             "message_stop",
                             "response.completed",
                             "DONE"}) {
        QTest::addRow("terminal event %s", name)
            << QByteArray(name) << QByteArray("{}") << u"terminal"_s;
    }
    QTest::newRow("terminal event with ids and the full message")
        << QByteArray("done") << QByteArray(R"({"message":"Hello","conversation_id":"c"})")
        << u"text(Hello) ids(c|) terminal"_s;
    QTest::newRow("terminal event with plain data in a JSON stream")
        << QByteArray("done") << QByteArray("end") << u"terminal"_s;
    for (const char *name : {"thinking", "reasoning", "reasoning_delta", "thinking_delta"}) {
        QTest::addRow("reasoning event %s", name)
            << QByteArray(name) << QByteArray(R"({"delta":"hm"})") << u"reasoning(hm)"_s;
    }
    for (const char *name : {"ping", "heartbeat", "keepalive", "PING"}) {
        QTest::addRow("activity event %s", name)
            << QByteArray(name) << QByteArray(R"({"delta":"no"})") << u"activity"_s;
    }
    for (const char *name : {"meta", "metadata", "start", "conversation", "run"}) {
        QTest::addRow("identifier event %s", name)
            << QByteArray(name) << QByteArray(R"({"conversation_id":"c","run_id":"r","text":"x"})")
            << u"ids(c|r)"_s;
    }
    QTest::newRow("unknown event name reads the payload")
        << QByteArray("delta") << QByteArray(R"({"text":"x"})") << u"text(x)"_s;

    // 1. error member.
    QTest::newRow("error object") << QByteArray()
                                  << QByteArray(
                                         R"({"error":{"message":"model not found","code":404}})")
                                  << u"error(model not found|404)"_s;
    QTest::newRow("error string") << QByteArray() << QByteArray(R"({"error":"nope","delta":"x"})")
                                  << u"error(nope|)"_s;
    QTest::newRow("error null is not an error")
        << QByteArray() << QByteArray(R"({"error":null,"delta":"x"})") << u"delta(x)"_s;
    QTest::newRow("anthropic error")
        << QByteArray()
        << QByteArray(R"({"type":"error","error":{"type":"overloaded_error",)"
                      R"("message":"Overloaded"}})")
        << u"error(Overloaded|overloaded_error)"_s;

    // 2. type member.
    QTest::newRow("type text-delta")
        << QByteArray() << QByteArray(R"({"type":"text-delta","delta":"a","reasoning":"r"})")
        << u"delta(a)"_s;
    QTest::newRow("type reasoning-delta")
        << QByteArray() << QByteArray(R"({"type":"reasoning-delta","delta":"r"})")
        << u"reasoning(r)"_s;
    QTest::newRow("type content_block_delta text")
        << QByteArray()
        << QByteArray(R"({"type":"content_block_delta","delta":{"type":"text_delta","text":"t"}})")
        << u"delta(t)"_s;
    QTest::newRow("type content_block_delta thinking")
        << QByteArray()
        << QByteArray(R"({"type":"content_block_delta","delta":{"type":"thinking_delta",)"
                      R"("thinking":"th"}})")
        << u"reasoning(th)"_s;
    QTest::newRow("type error") << QByteArray()
                                << QByteArray(R"({"type":"error","errorText":"boom"})")
                                << u"error(boom|)"_s;
    QTest::newRow("type done") << QByteArray() << QByteArray(R"({"type":"done"})") << u"terminal"_s;
    QTest::newRow("type finish") << QByteArray() << QByteArray(R"({"type":"finish"})")
                                 << u"terminal"_s;
    QTest::newRow("type message_stop")
        << QByteArray() << QByteArray(R"({"type":"message_stop"})") << u"terminal"_s;
    QTest::newRow("type ping") << QByteArray() << QByteArray(R"({"type":"ping"})") << u"activity"_s;
    QTest::newRow("unknown type reads on")
        << QByteArray() << QByteArray(R"({"type":"text-start","text":"x"})") << u"text(x)"_s;

    // 3. reasoning members, in order.
    QTest::newRow("thinking") << QByteArray() << QByteArray(R"({"thinking":"a","reasoning":"b"})")
                              << u"reasoning(a)"_s;
    QTest::newRow("reasoning") << QByteArray() << QByteArray(R"({"reasoning":"b"})")
                               << u"reasoning(b)"_s;
    QTest::newRow("reasoning_content")
        << QByteArray() << QByteArray(R"({"reasoning_content":"c"})") << u"reasoning(c)"_s;
    QTest::newRow("delta.thinking")
        << QByteArray() << QByteArray(R"({"delta":{"thinking":"d"}})") << u"reasoning(d)"_s;
    QTest::newRow("delta.reasoning_content")
        << QByteArray() << QByteArray(R"({"delta":{"reasoning_content":"e"}})")
        << u"reasoning(e)"_s;
    QTest::newRow("choices[0].delta.reasoning_content")
        << QByteArray()
        << QByteArray(R"({"choices":[{"delta":{"reasoning_content":"f","content":null}}]})")
        << u"reasoning(f)"_s;
    QTest::newRow("choices[0].delta.reasoning")
        << QByteArray() << QByteArray(R"({"choices":[{"delta":{"reasoning":"g"}}]})")
        << u"reasoning(g)"_s;
    QTest::newRow("reasoning and text in one payload")
        << QByteArray() << QByteArray(R"({"choices":[{"delta":{"reasoning":"r","content":"t"}}]})")
        << u"reasoning(r) delta(t)"_s;

    // 4. answer members, in order; delta, token and chunk are always deltas.
    QTest::newRow("delta string") << QByteArray() << QByteArray(R"({"delta":"a","text":"b"})")
                                  << u"delta(a)"_s;
    QTest::newRow("delta.text") << QByteArray() << QByteArray(R"({"delta":{"text":"b"}})")
                                << u"delta(b)"_s;
    QTest::newRow("delta.content")
        << QByteArray() << QByteArray(R"({"delta":{"content":"c"}})") << u"delta(c)"_s;
    QTest::newRow("choices[0].delta.content")
        << QByteArray() << QByteArray(R"({"choices":[{"delta":{"content":"d"}}]})")
        << u"delta(d)"_s;
    QTest::newRow("empty choices") << QByteArray() << QByteArray(R"({"choices":[]})") << QString();
    QTest::newRow("token") << QByteArray() << QByteArray(R"({"token":"e"})") << u"delta(e)"_s;
    QTest::newRow("chunk") << QByteArray() << QByteArray(R"({"chunk":"f"})") << u"delta(f)"_s;
    QTest::newRow("text") << QByteArray() << QByteArray(R"({"text":"g","content":"h"})")
                          << u"text(g)"_s;
    QTest::newRow("content") << QByteArray() << QByteArray(R"({"content":"h"})") << u"text(h)"_s;
    QTest::newRow("content that is not a string")
        << QByteArray() << QByteArray(R"({"content":[{"text":"no"}],"answer":"i"})")
        << u"text(i)"_s;
    QTest::newRow("answer") << QByteArray() << QByteArray(R"({"answer":"i"})") << u"text(i)"_s;
    QTest::newRow("message string")
        << QByteArray() << QByteArray(R"({"message":"j"})") << u"text(j)"_s;
    QTest::newRow("message.content")
        << QByteArray() << QByteArray(R"({"message":{"role":"assistant","content":"k"}})")
        << u"text(k)"_s;
    QTest::newRow("response") << QByteArray() << QByteArray(R"({"response":"l"})") << u"text(l)"_s;
    QTest::newRow("empty string falls through")
        << QByteArray() << QByteArray(R"({"delta":"","text":"m"})") << u"text(m)"_s;

    // 5. identifiers and finish flags.
    QTest::newRow("ids at the top")
        << QByteArray() << QByteArray(R"({"conversation_id":"c","run_id":"r"})") << u"ids(c|r)"_s;
    QTest::newRow("conversation_uuid")
        << QByteArray() << QByteArray(R"({"conversation_uuid":"u"})") << u"ids(u|)"_s;
    QTest::newRow("ids under metadata")
        << QByteArray() << QByteArray(R"({"metadata":{"conversation_id":"c","run_id":7}})")
        << u"ids(c|7)"_s;
    QTest::newRow("ids under meta")
        << QByteArray() << QByteArray(R"({"meta":{"conversation_uuid":"m"}})") << u"ids(m|)"_s;
    QTest::newRow("done true") << QByteArray() << QByteArray(R"({"done":true,"response":"x"})")
                               << u"text(x) finished"_s;
    QTest::newRow("done false") << QByteArray() << QByteArray(R"({"done":false,"response":"x"})")
                                << u"text(x)"_s;
    QTest::newRow("finish_reason")
        << QByteArray()
        << QByteArray(R"({"choices":[{"delta":{"content":"."},"finish_reason":"stop"}]})")
        << u"delta(.) finished"_s;
    QTest::newRow("finish_reason null")
        << QByteArray()
        << QByteArray(R"({"choices":[{"delta":{"content":"."},"finish_reason":null}]})")
        << u"delta(.)"_s;
    QTest::newRow("unknown shape")
        << QByteArray() << QByteArray(R"({"usage":{"tokens":3}})") << QString();
    QTest::newRow("invalid UTF-8 inside a string")
        << QByteArray() << QByteArray("{\"delta\":\"a\377b\"}") << u"delta(a\uFFFDb)"_s;
}

void TestPayloadReader::read()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, data);
    QFETCH(QString, reading);
    PayloadReader reader;
    QCOMPARE(describe(reader.read({}, R"({"delta":""})")), QString()); // now a JSON stream
    QCOMPARE(reader.streamKind(), PayloadReader::StreamKind::Json);
    QCOMPARE(describe(reader.read(name, data)), reading);
}

void TestPayloadReader::firstPayloadDecidesTheKind_data()
{
    QTest::addColumn<QByteArrayList>("payloads");
    QTest::addColumn<QStringList>("readings");

    QTest::newRow("JSON stream drops a later non-object")
        << QByteArrayList{R"({"delta":"a"})", R"({"delta":"b)", "1", "[DONE]"}
        << QStringList{u"delta(a)"_s, u"dropped"_s, u"dropped"_s, u"terminal"_s};
    QTest::newRow("text stream takes JSON verbatim")
        << QByteArrayList{"Hello", R"({"delta":"a"})", "1", "true", R"("x")"}
        << QStringList{u"text(Hello)"_s,
                       u"text({\"delta\":\"a\"})"_s,
                       u"text(1)"_s,
                       u"text(true)"_s,
                       u"text(\"x\")"_s};
    QTest::newRow("a number first makes a text stream")
        << QByteArrayList{"1", "2"} << QStringList{u"text(1)"_s, u"text(2)"_s};
    QTest::newRow("empty payloads decide nothing")
        << QByteArrayList{"", " ", R"({"delta":"a"})", "", "text"}
        << QStringList{QString(), QString(), u"delta(a)"_s, QString(), u"dropped"_s};
    QTest::newRow("[DONE] decides nothing")
        << QByteArrayList{"[DONE]", "plain"} << QStringList{u"terminal"_s, u"text(plain)"_s};
}

void TestPayloadReader::firstPayloadDecidesTheKind()
{
    QFETCH(QByteArrayList, payloads);
    QFETCH(QStringList, readings);
    PayloadReader reader;
    QStringList described;
    for (const QByteArray &payload : payloads)
        described << describe(reader.read({}, payload));
    QCOMPARE(described, readings);
}

void TestPayloadReader::textStreamKeepsSplitCharacters()
{
    PayloadReader reader;
    QCOMPARE(reader.read({}, "Gr\xC3").text, u"Gr"_s);
    QCOMPARE(reader.read({}, "\xBC\xC3\x9F").text, u"üß"_s);
    QCOMPARE(reader.read("thinking", "\xF0\x9F").reasoning, QString());
    QCOMPARE(reader.read("thinking", "\x98\x80").reasoning, u"😀"_s);
    QCOMPARE(reader.read({}, "\xE4\xBD").text, QString());
    QCOMPARE(reader.finish().text, u"\uFFFD\uFFFD"_s);
}

void TestPayloadReader::terminalTextIsAFullMessageOnlyInTextStreams()
{
    PayloadReader text;
    QCOMPARE(describe(text.read({}, "Hel")), u"text(Hel)"_s);
    QCOMPARE(describe(text.read("done", "Hello")), u"text(Hello) terminal"_s);

    PayloadReader undecided;
    QCOMPARE(describe(undecided.read("end", "end")), u"terminal"_s);
}

void TestPayloadReader::document_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reading");

    QTest::newRow("answer") << QByteArray(R"({"message":"Hi","conversation_id":"c","run_id":"r"})")
                            << u"text(Hi) ids(c|r)"_s;
    QTest::newRow("error object") << QByteArray(R"({"error":{"message":"model not found"}})")
                                  << u"error(model not found|)"_s;
    QTest::newRow("Django REST detail")
        << QByteArray(R"({"detail":"Not found."})") << u"error(Not found.|)"_s;
    QTest::newRow("message wins over detail")
        << QByteArray(R"({"message":"ok","detail":"x"})") << u"text(ok)"_s;
    QTest::newRow("nothing") << QByteArray("{}") << QString();
}

void TestPayloadReader::document()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reading);
    const PayloadReader reader;
    QCOMPARE(describe(reader.readDocument(QJsonDocument::fromJson(body).object())), reading);
}

QTEST_GUILESS_MAIN(TestPayloadReader)
#include "tst_payloadreader.moc"
