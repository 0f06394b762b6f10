// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerAssembler.h"
#include "AssemblerRun.h"
#include "TestStrings.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Problem = AnswerAssembler::Problem;

// The decoding cases of field-reports.md (F01 to F06, F08), each with its reads exactly as the
// report gives them. D(x) is an event with the delta x, END is [DONE].
class TestFieldReports : public QObject
{
    Q_OBJECT

private slots:
    void fieldReport_data();
    void fieldReport();
    void f06dSavedAsFourBytes();
};

namespace {

QByteArray d(const QByteArray &text)
{
    return "data: {\"delta\":\"" + text + "\"}\n\n";
}

const QByteArray End = "data: [DONE]\n\n";
const QByteArray Sse = "text/event-stream";

} // namespace

void TestFieldReports::fieldReport_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArrayList>("reads");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<AnswerState>("state");
    QTest::addColumn<Problem>("problem");

    const auto Complete = AnswerState::Complete;
    const auto Maybe = AnswerState::MayBeIncomplete;
    const auto Failed = AnswerState::Failed;
    const auto None = Problem::None;

    QTest::newRow("F01a line split across reads")
        << Sse << QByteArrayList{"data: {\"delta\":\"Hel", "lo\"}\n\n", End} << u"Hello"_s
        << Complete << None;
    QTest::newRow("F01b split inside the field name")
        << Sse << QByteArrayList{"da", "ta: {\"delta\":\"A\"}\n", "\n", End} << u"A"_s << Complete
        << None;
    {
        QByteArrayList reads;
        const QByteArray body = d(QByteArray(40000, 'x')) + End;
        for (qsizetype i = 0; i < body.size(); i += 1460)
            reads.append(body.mid(i, 1460));
        QTest::newRow("F01c 40,000 x in 1,460-byte reads")
            << Sse << reads << QString(40000, u'x') << Complete << None;
    }
    QTest::newRow("F01d four events in one read")
        << Sse << QByteArrayList{d("a") + d("b") + d("c") + End} << u"abc"_s << Complete << None;

    QTest::newRow("F02a CRLF everywhere, [DONE]\\r recognised")
        << Sse
        << QByteArrayList{"data: {\"delta\":\"Hi\"}\r\n\r\n",
                          "data: {\"delta\":\"!\"}\r\n\r\n",
                          "data: [DONE]\r\n\r\n"}
        << u"Hi!"_s << Complete << None;
    QTest::newRow("F02b lone CR everywhere") << Sse
                                             << QByteArrayList{"data: {\"delta\":\"Hi\"}\r\r",
                                                               "data: {\"delta\":\"!\"}\r\r",
                                                               "data: [DONE]\r\r"}
                                             << u"Hi!"_s << Complete << None;
    QTest::newRow("F02c CR ends a read, LF starts the next, inside an event")
        << Sse << QByteArrayList{"data: {\"delta\":\r", "\ndata: \"AB\"}\r\n\r\n", End} << u"AB"_s
        << Complete << None;
    QTest::newRow("F02d mixed CRLF and LF")
        << Sse << QByteArrayList{"data: {\"delta\":\"A\"}\r\n\n"} << u"A"_s << Maybe << None;

    QTest::newRow("F03a no space after the colon")
        << Sse << QByteArrayList{"data:{\"delta\":\"Hi\"}\n\n", "data:[DONE]\n\n"} << u"Hi"_s
        << Complete << None;
    QTest::newRow("F03b colons inside the value")
        << Sse << QByteArrayList{d("key: value, a: b"), End} << u"key: value, a: b"_s << Complete
        << None;
    QTest::newRow("F03c event:delta without a space")
        << Sse << QByteArrayList{"event:delta\ndata:{\"delta\":\"x\"}\n\n", End} << u"x"_s
        << Complete << None;
    QTest::newRow("F03c event type without a space is the type")
        << Sse << QByteArrayList{"event:thinking\ndata:{\"delta\":\"r\"}\n\n" + d("a") + End}
        << u"a"_s << Complete << None;

    QTest::newRow("F04 last event without a blank line")
        << Sse << QByteArrayList{d("Hello"), "data: {\"delta\":\" world\"}\n"} << u"Hello world"_s
        << Maybe << None;
    QTest::newRow("F04 last event without a final LF")
        << Sse << QByteArrayList{d("Hello"), "data: {\"delta\":\" world\"}"} << u"Hello world"_s
        << Maybe << None;

    QTest::newRow("F05 multi-line JSON data")
        << Sse << QByteArrayList{"data: {\"delta\":\n", "data: \"Hi\"}\n\n", End} << u"Hi"_s
        << Complete << None;
    QTest::newRow("F05 multi-line plain text")
        << Sse << QByteArrayList{"data: line1\ndata: line2\n\n"} << u"line1\nline2"_s << Maybe
        << None;

    QTest::newRow("F06a umlaut split across reads")
        << Sse << QByteArrayList{"data: {\"delta\":\"K\xC3", "\xA4se\"}\n\n", End} << u"Käse"_s
        << Complete << None;
    QTest::newRow("F06b CJK split after a lead byte")
        << Sse << QByteArrayList{"data: {\"delta\":\"\xE4", "\xBD\xA0\xE5\xA5\xBD\"}\n\n", End}
        << u"你好"_s << Complete << None;
    QTest::newRow("F06c emoji over three reads")
        << Sse << QByteArrayList{"data: {\"delta\":\"ok \xF0\x9F", "\x98", "\x80!\"}\n\n", End}
        << u"ok 😀!"_s << Complete << None;
    QTest::newRow("F06c emoji over three reads, text stream")
        << Sse << QByteArrayList{"data: ok \xF0\x9F", "\x98", "\x80!\n\n", End} << u"ok 😀!"_s
        << Complete << None;
    QTest::newRow("F06d surrogate escapes in two events")
        << Sse << QByteArrayList{d("\\ud83d"), d("\\ude00"), End} << u"😀"_s << Complete << None;
    QTest::newRow("F06d surrogate escapes in two NDJSON lines")
        << QByteArray("application/x-ndjson")
        << QByteArrayList{"{\"token\":\"a\\ud83d\"}\n{\"token\":\"\\ude00b\"}\n"} << u"a😀b"_s
        << Maybe << None;

    QTest::newRow("F08a empty event stream")
        << Sse << QByteArrayList{} << QString() << Failed << Problem::EmptyAnswer;
    QTest::newRow("F08b only comments")
        << Sse << QByteArrayList{": keep-alive\n\n", ":\n", ": ping\r\n\r\n"} << QString() << Failed
        << Problem::EmptyAnswer;
    QTest::newRow("F08c JSON error with a success status")
        << QByteArray("application/json")
        << QByteArrayList{"{\"error\":{\"message\":\"model not found\"}}"} << QString() << Failed
        << Problem::ServerError;
    QTest::newRow("F08d login page from a proxy")
        << QByteArray("text/html")
        << QByteArrayList{"<!DOCTYPE html><html><body><form>Login</form></body></html>"}
        << QString() << Failed << Problem::UnexpectedContent;
}

void TestFieldReports::fieldReport()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArrayList, reads);
    QFETCH(QString, answer);
    QFETCH(AnswerState, state);
    QFETCH(Problem, problem);

    const AssemblerRun run =
        runAssembler(contentType, QList<QByteArrayView>(reads.cbegin(), reads.cend()));
    QCOMPARE(run.answer, answer);
    QCOMPARE(run.state, state);
    QCOMPARE(run.problem, problem);
    QVERIFY(!run.answer.contains(QChar(QChar::ReplacementCharacter)));
    if (problem == Problem::ServerError)
        QCOMPARE(run.serverMessage, u"model not found"_s);

    // The whole kind, not the one input: every single cut of the same bytes gives the same.
    const QByteArray body = reads.join();
    if (body.size() > 2000)
        return;
    const AssemblerRun whole = runAssembler(contentType, {body});
    for (qsizetype cut = 0; cut <= body.size(); ++cut) {
        const AssemblerRun split = runAssembler(contentType, splitAt(body, {cut}));
        const QByteArray message =
            "cut at " + QByteArray::number(cut) + ": " + difference(split, whole);
        QVERIFY2(split == whole, message.constData());
    }
}

void TestFieldReports::f06dSavedAsFourBytes()
{
    const AssemblerRun run = runAssembler(Sse, {d("\\ud83d"), d("\\ude00"), End});
    QCOMPARE(run.answer.toUtf8(), QByteArray("\xF0\x9F\x98\x80"));
}

QTEST_GUILESS_MAIN(TestFieldReports)
#include "tst_fieldreports.moc"
