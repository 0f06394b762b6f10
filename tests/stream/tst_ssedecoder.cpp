// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SseDecoder.h"

#include <QTest>

using Reads = QList<QByteArray>;
// Each event as "type[data]", a comment as ":".
using Events = QList<QByteArray>;

class TestSseDecoder : public QObject
{
    Q_OBJECT

private slots:
    void events_data();
    void events();
    void everySplitGivesTheSameEvents_data();
    void everySplitGivesTheSameEvents();
    void lastEventIdAndRetry();
    void capOnOneEvent_data();
    void capOnOneEvent();
};

namespace {

Events decode(const QList<QByteArrayView> &reads, qsizetype cap = 1 << 20, bool *over = nullptr)
{
    SseDecoder decoder(cap);
    QList<SseDecoder::Event> all;
    for (const QByteArrayView read : reads)
        all += decoder.feed(read);
    all += decoder.finish();
    if (over)
        *over = decoder.isOverLimit();
    Events events;
    for (const SseDecoder::Event &event : all)
        events.append(event.isComment ? QByteArray(":") : event.type + '[' + event.data + ']');
    return events;
}

QList<QByteArrayView> views(const Reads &reads)
{
    return QList<QByteArrayView>(reads.cbegin(), reads.cend());
}

} // namespace

void TestSseDecoder::events_data()
{
    QTest::addColumn<Reads>("reads");
    QTest::addColumn<Events>("events");

    QTest::newRow("one event") << Reads{"data: x\n\n"} << Events{"[x]"};
    QTest::newRow("named event") << Reads{"event: delta\ndata: x\n\n"} << Events{"delta[x]"};
    QTest::newRow("event type without space")
        << Reads{"event:delta\ndata:x\n\n"} << Events{"delta[x]"};
    QTest::newRow("only one space removed") << Reads{"data:  x \n\n"} << Events{"[ x ]"};
    QTest::newRow("split at the first colon only")
        << Reads{"data: key: value, a: b\n\n"} << Events{"[key: value, a: b]"};
    QTest::newRow("field without colon is an empty value")
        << Reads{"data\ndata\n\n"} << Events{"[\n]"};
    QTest::newRow("data lines joined with LF")
        << Reads{"data: line1\ndata: line2\n\n"} << Events{"[line1\nline2]"};
    QTest::newRow("empty data value still dispatches") << Reads{"data:\n\n"} << Events{"[]"};
    QTest::newRow("no data line, no event") << Reads{"event: done\n\n"} << Events{};
    QTest::newRow("type forgotten after a dropped event")
        << Reads{"event: a\n\ndata: x\n\n"} << Events{"[x]"};
    QTest::newRow("type reset after dispatch")
        << Reads{"event: a\ndata: 1\n\ndata: 2\n\n"} << Events{"a[1]", "[2]"};
    QTest::newRow("comment") << Reads{": keep-alive\ndata: x\n\n"} << Events{":", "[x]"};
    QTest::newRow("comment inside an event")
        << Reads{"data: a\n:c\ndata: b\n\n"} << Events{":", "[a\nb]"};
    QTest::newRow("field names are case-sensitive")
        << Reads{"Data: x\nDATA: y\ndata: z\n\n"} << Events{"[z]"};
    QTest::newRow("unknown fields ignored") << Reads{"foo: bar\ndata: x\nbar\n\n"} << Events{"[x]"};
    QTest::newRow("blank lines without data dispatch nothing") << Reads{"\n\n\n"} << Events{};
    QTest::newRow("CRLF") << Reads{"data: a\r\ndata: b\r\n\r\n"} << Events{"[a\nb]"};
    QTest::newRow("lone CR") << Reads{"data: a\rdata: b\r\r"} << Events{"[a\nb]"};
    QTest::newRow("CR then LF in the next read is one line end")
        << Reads{"data: a\r", "\ndata: b\r\n\r\n"} << Events{"[a\nb]"};
    QTest::newRow("mixed CRLF and LF") << Reads{"data: A\r\n\n"} << Events{"[A]"};
    QTest::newRow("BOM dropped") << Reads{"\357\273\277data: x\n\n"} << Events{"[x]"};
    QTest::newRow("BOM over three reads")
        << Reads{"\xEF", "\xBB", "\277data: x\n\n"} << Events{"[x]"};
    QTest::newRow("BOM before a comment")
        << Reads{"\xEF\xBB\xBF:hi\ndata: x\n\n"} << Events{":", "[x]"};
    QTest::newRow("second BOM is data, so no field")
        << Reads{"\xEF\xBB\xBF\357\273\277data: x\n\ndata: y\n\n"} << Events{"[y]"};
    QTest::newRow("pending event dispatched at the end")
        << Reads{"data: a\n\ndata: b\n"} << Events{"[a]", "[b]"};
    QTest::newRow("last line without LF") << Reads{"data: a\n\ndata: b"} << Events{"[a]", "[b]"};
    QTest::newRow("field name split over reads") << Reads{"da", "ta: A\n", "\n"} << Events{"[A]"};
    QTest::newRow("id and retry do not dispatch") << Reads{"id: 1\nretry: 10\n\n"} << Events{};
    QTest::newRow("several events in one read")
        << Reads{"data: a\n\ndata: b\n\ndata: c\n\n"} << Events{"[a]", "[b]", "[c]"};
}

void TestSseDecoder::events()
{
    QFETCH(Reads, reads);
    QFETCH(Events, events);
    QCOMPARE(decode(views(reads)), events);
}

void TestSseDecoder::everySplitGivesTheSameEvents_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("CRLF, comments, BOM")
        << QByteArray("\xEF\xBB\xBF: c\r\nevent: x\r\ndata: 1\r\ndata:2\r\n\r\nid: 5\r\ndata: 3");
    QTest::newRow("lone CR") << QByteArray("data: a\rdata: b\r\r:c\rdata: c\r\r");
    QTest::newRow("mixed") << QByteArray("data: a\r\n\ndata: b\n\r\ndata\r\r\n");
}

void TestSseDecoder::everySplitGivesTheSameEvents()
{
    QFETCH(QByteArray, body);
    const Events whole = decode({body});
    QVERIFY(!whole.isEmpty());
    for (qsizetype i = 0; i <= body.size(); ++i) {
        for (qsizetype j = i; j <= body.size(); ++j) {
            const QByteArrayView view(body);
            QCOMPARE(decode({view.first(i), view.sliced(i, j - i), view.sliced(j)}), whole);
        }
    }
    QList<QByteArrayView> bytes;
    for (qsizetype i = 0; i < body.size(); ++i)
        bytes.append(QByteArrayView(body).sliced(i, 1));
    QCOMPARE(decode(bytes), whole);
}

void TestSseDecoder::lastEventIdAndRetry()
{
    SseDecoder decoder(1024);
    decoder.feed("id: 7\nretry: 2500\ndata: x\n\n");
    QCOMPARE(decoder.lastEventId(), QByteArray("7"));
    QCOMPARE(decoder.reconnectionTime(), qint64(2500));
    const char odd[] = "id: a\0b\nretry: 12x\nretry: -1\nretry:\n\n";
    decoder.feed(QByteArrayView(odd, sizeof odd - 1));
    QCOMPARE(decoder.lastEventId(), QByteArray("7"));   // an id with NUL is ignored
    QCOMPARE(decoder.reconnectionTime(), qint64(2500)); // only ASCII digits count
    decoder.feed("id\n\n");
    QCOMPARE(decoder.lastEventId(), QByteArray()); // an empty id resets it
}

void TestSseDecoder::capOnOneEvent_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("readSize");
    QTest::addColumn<Events>("events");
    QTest::addColumn<bool>("over");

    const QByteArray big = "data: " + QByteArray(200, 'x') + "\n\n";
    QTest::newRow("under the cap")
        << QByteArray("data: 12345\n\n") << 1 << Events{"[12345]"} << false;
    QTest::newRow("one line over the cap, one read")
        << QByteArray("data: a\n\n" + big + "data: b\n\n") << 1000 << Events{"[a]"} << true;
    QTest::newRow("one line over the cap, byte reads")
        << QByteArray("data: a\n\n" + big + "data: b\n\n") << 1 << Events{"[a]"} << true;
    QTest::newRow("many lines over the cap")
        << QByteArray("data: a\n\n" + QByteArray("data: xxxxxxxxxxxxxxxxx\n").repeated(12) +
                      "\ndata: b\n\n")
        << 7 << Events{"[a]"} << true;
    QTest::newRow("an endless line without end") << QByteArray(300, 'x') << 16 << Events{} << true;
}

void TestSseDecoder::capOnOneEvent()
{
    QFETCH(QByteArray, body);
    QFETCH(int, readSize);
    QFETCH(Events, events);
    QFETCH(bool, over);
    QList<QByteArrayView> reads;
    for (qsizetype i = 0; i < body.size(); i += readSize)
        reads.append(QByteArrayView(body).sliced(i, qMin<qsizetype>(readSize, body.size() - i)));
    bool isOver = false;
    QCOMPARE(decode(reads, 100, &isOver), events);
    QCOMPARE(isOver, over);
}

QTEST_GUILESS_MAIN(TestSseDecoder)
#include "tst_ssedecoder.moc"
