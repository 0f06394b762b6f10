// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerAssembler.h"
#include "TestStrings.h"

#include <QElapsedTimer>
#include <QTest>

using Problem = AnswerAssembler::Problem;

// Size and cost: a 10 MB event read one byte at a time decodes (a rescan per read would take
// hours), and an event over the cap ends the answer with a clear problem.
class TestLargeEvents : public QObject
{
    Q_OBJECT

private slots:
    void tenMegabyteEventInByteReads_data();
    void tenMegabyteEventInByteReads();
    void overTheCap_data();
    void overTheCap();
};

namespace {

constexpr qsizetype TenMegabytes = 10 * 1024 * 1024;

} // namespace

void TestLargeEvents::tenMegabyteEventInByteReads_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("suffix");

    QTest::newRow("SSE JSON delta") << QByteArray("text/event-stream")
                                    << QByteArray("data: {\"delta\":\"") << QByteArray("\"}\n\n");
    QTest::newRow("SSE plain text")
        << QByteArray("text/event-stream") << QByteArray("data: ") << QByteArray("\n\n");
    QTest::newRow("NDJSON line") << QByteArray("application/x-ndjson")
                                 << QByteArray("{\"token\":\"") << QByteArray("\"}\n");
    QTest::newRow("JSON document")
        << QByteArray("application/json") << QByteArray("{\"message\":\"") << QByteArray("\"}");
}

void TestLargeEvents::tenMegabyteEventInByteReads()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, suffix);

    // Multi-byte characters too, so that the UTF-8 assembly is exercised at every read.
    const QByteArray unit = "Gr\xC3\xBC\xC3\x9F \xE4\xBD\xA0\xE5\xA5\xBD \xF0\x9F\x98\x80 ";
    const QByteArray text = unit.repeated(TenMegabytes / unit.size());
    const QByteArray body = prefix + text + suffix;

    QElapsedTimer timer;
    timer.start();
    AnswerAssembler assembler(contentType);
    qsizetype events = 0;
    for (qsizetype i = 0; i < body.size(); ++i)
        events += assembler.feed(QByteArrayView(body).sliced(i, 1)).size();
    events += assembler.finish().size();
    qInfo(
        "%lld bytes in 1-byte reads: %lld ms", qlonglong(body.size()), qlonglong(timer.elapsed()));

    QVERIFY(events > 0);
    QCOMPARE(assembler.problem(), Problem::None);
    QCOMPARE(assembler.answer().size(), QString::fromUtf8(text).size());
    QVERIFY(assembler.answer() == QString::fromUtf8(text));
}

void TestLargeEvents::overTheCap_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("readSize");
    QTest::addColumn<AnswerState>("state");

    const QByteArray big(5000, 'x');
    const QByteArray sse = "text/event-stream";
    const QByteArray ndjson = "application/x-ndjson";
    const QByteArray json = "application/json";
    for (const int readSize : {1, 100, 100000}) {
        QTest::addRow("SSE, before text, %d-byte reads", readSize)
            << sse << QByteArray("data: " + big + "\n\n") << readSize << AnswerState::Failed;
        QTest::addRow("SSE, after text, %d-byte reads", readSize)
            << sse
            << QByteArray("data: {\"delta\":\"a\"}\n\ndata: {\"delta\":\"" + big +
                          "\"}\n\ndata: {\"delta\":\"b\"}\n\n")
            << readSize << AnswerState::Interrupted;
        QTest::addRow("SSE, many data lines, %d-byte reads", readSize)
            << sse << QByteArray("data: x\n").repeated(3000) << readSize << AnswerState::Failed;
        QTest::addRow("NDJSON, after text, %d-byte reads", readSize)
            << ndjson << QByteArray("{\"token\":\"a\"}\n{\"token\":\"" + big + "\"}\n") << readSize
            << AnswerState::Interrupted;
        QTest::addRow("JSON document, %d-byte reads", readSize)
            << json << QByteArray("{\"message\":\"" + big + "\"}") << readSize
            << AnswerState::Failed;
    }
}

void TestLargeEvents::overTheCap()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, readSize);
    QFETCH(AnswerState, state);

    AnswerAssembler assembler(contentType, 4096);
    for (qsizetype i = 0; i < body.size() && !assembler.isFinished(); i += readSize)
        assembler.feed(QByteArrayView(body).sliced(i, qMin<qsizetype>(readSize, body.size() - i)));
    assembler.finish();
    QVERIFY(assembler.isFinished());
    QCOMPARE(assembler.problem(), Problem::EventTooLarge);
    QCOMPARE(assembler.state(), state);
    QVERIFY(!assembler.answer().contains(u'x'));
    QVERIFY(!assembler.answer().contains(u'b')); // nothing after the large event is read
}

QTEST_GUILESS_MAIN(TestLargeEvents)
#include "tst_largeevents.moc"
