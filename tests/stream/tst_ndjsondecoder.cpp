// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonBodyDecoder.h"
#include "NdjsonDecoder.h"

#include <QTest>

using Reads = QList<QByteArray>;
using Lines = QList<QByteArray>;

class TestNdjsonDecoder : public QObject
{
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
    void lineOverTheCap();
    void jsonBody_data();
    void jsonBody();
    void jsonBodyOverTheCap();
};

void TestNdjsonDecoder::lines_data()
{
    QTest::addColumn<Reads>("reads");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("LF") << Reads{"{\"a\":1}\n{\"b\":2}\n"} << Lines{"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("CRLF and blank lines")
        << Reads{"{\"a\":1}\r\n\r\n  \n{\"b\":2}\r\n"} << Lines{"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("line split over reads") << Reads{"{\"a\"", ":1}", "\n"} << Lines{"{\"a\":1}"};
    QTest::newRow("last line without LF")
        << Reads{"{\"a\":1}\n{\"b\""} << Lines{"{\"a\":1}", "{\"b\""};
    QTest::newRow("BOM dropped") << Reads{"\xEF\xBB", "\xBF{}\n"} << Lines{"{}"};
    QTest::newRow("surrounding spaces trimmed") << Reads{"  {}\t\n"} << Lines{"{}"};
}

void TestNdjsonDecoder::lines()
{
    QFETCH(Reads, reads);
    QFETCH(Lines, lines);
    NdjsonDecoder decoder(1000);
    Lines decoded;
    for (const QByteArray &read : reads)
        decoded += decoder.feed(read);
    decoded += decoder.finish();
    QCOMPARE(decoded, lines);
    QVERIFY(!decoder.isOverLimit());
}

void TestNdjsonDecoder::lineOverTheCap()
{
    NdjsonDecoder oneRead(10);
    QCOMPARE(oneRead.feed("{}\n{\"long\":\"line\"}\n{}\n"), Lines{"{}"});
    QVERIFY(oneRead.isOverLimit());
    QCOMPARE(oneRead.finish(), Lines{});

    NdjsonDecoder tinyReads(10);
    Lines decoded;
    for (const char c : QByteArray("{}\n{\"long\":\"line\"}\n{}\n"))
        decoded += tinyReads.feed(QByteArrayView(&c, 1));
    QCOMPARE(decoded, Lines{"{}"});
    QVERIFY(tinyReads.isOverLimit());
}

void TestNdjsonDecoder::jsonBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isLineStream");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("one compact document") << QByteArray("{\"message\":\"hi\"}") << false << Lines{};
    QTest::newRow("one document and a newline")
        << QByteArray("{\"message\":\"hi\"}\n\n  \n") << false << Lines{};
    QTest::newRow("pretty-printed document")
        << QByteArray("{\n  \"message\": \"hi\"\n}\n") << false << Lines{};
    QTest::newRow("two objects on two lines")
        << QByteArray("{\"delta\":\"a\"}\n{\"delta\":\"b\"}\n") << true
        << Lines{"{\"delta\":\"a\"}", "{\"delta\":\"b\"}"};
    QTest::newRow("blank line before the objects")
        << QByteArray("\n{\"delta\":\"a\"}\r\n{\"delta\":\"b\"}") << true
        << Lines{"{\"delta\":\"a\"}", "{\"delta\":\"b\"}"};
    QTest::newRow("BOM before the objects") << QByteArray("\xEF\xBB\xBF{\"delta\":\"a\"}\n{}\n")
                                            << true << Lines{"{\"delta\":\"a\"}", "{}"};
    QTest::newRow("first line not an object") << QByteArray("[1,\n2]\n{}\n") << false << Lines{};
}

void TestNdjsonDecoder::jsonBody()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, isLineStream);
    QFETCH(Lines, lines);
    for (qsizetype cut = 0; cut <= body.size(); ++cut) {
        JsonBodyDecoder decoder(1000);
        Lines decoded = decoder.feed(QByteArrayView(body).first(cut));
        decoded += decoder.feed(QByteArrayView(body).sliced(cut));
        decoded += decoder.finish();
        QCOMPARE(decoder.isLineStream(), isLineStream);
        QCOMPARE(decoded, lines);
        if (!isLineStream)
            QCOMPARE(decoder.document(), body);
    }
}

void TestNdjsonDecoder::jsonBodyOverTheCap()
{
    JsonBodyDecoder document(20);
    document.feed("{\n\"message\": \"");
    QVERIFY(!document.isOverLimit());
    document.feed("a long answer\"}");
    QVERIFY(document.isOverLimit());

    // As JSON lines, the cap applies to each line, not to the body.
    JsonBodyDecoder lines(20);
    Lines decoded;
    for (int i = 0; i < 10; ++i)
        decoded += lines.feed("{\"delta\":\"abc\"}\n");
    QCOMPARE(decoded.size(), 10);
    QVERIFY(!lines.isOverLimit());
}

QTEST_GUILESS_MAIN(TestNdjsonDecoder)
#include "tst_ndjsondecoder.moc"
