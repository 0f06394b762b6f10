// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineReader.h"
#include "Utf8BomSkipper.h"

#include <QTest>

using Lines = QList<QByteArray>;
using Reads = QList<QByteArray>;

class TestLineReader : public QObject
{
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
    void everySplitGivesTheSameLines();
    void callbackStopsTheRead();
    void longLineInTinyReads();
    void bomSkipper_data();
    void bomSkipper();
};

namespace {

Lines readAll(const Reads &reads)
{
    LineReader reader;
    Lines lines;
    const auto collect = [&](QByteArrayView line) {
        lines.append(line.toByteArray());
        return true;
    };
    for (const QByteArray &read : reads)
        reader.feed(read, collect);
    reader.finish(collect);
    return lines;
}

} // namespace

void TestLineReader::lines_data()
{
    QTest::addColumn<Reads>("reads");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("LF") << Reads{"a\nb\n"} << Lines{"a", "b"};
    QTest::newRow("CRLF") << Reads{"a\r\nb\r\n"} << Lines{"a", "b"};
    QTest::newRow("lone CR") << Reads{"a\rb\r"} << Lines{"a", "b"};
    QTest::newRow("mixed endings") << Reads{"a\r\n\nb\rc\n"} << Lines{"a", "", "b", "c"};
    QTest::newRow("CR ends a read, LF starts the next") << Reads{"a\r", "\nb\n"} << Lines{"a", "b"};
    QTest::newRow("CR ends a read, text starts the next") << Reads{"a\r", "b\n"} << Lines{"a", "b"};
    QTest::newRow("CR ends a read, CR starts the next")
        << Reads{"a\r", "\rb\n"} << Lines{"a", "", "b"};
    QTest::newRow("CR, empty read, LF") << Reads{"a\r", "", "\n"} << Lines{"a"};
    QTest::newRow("two CRLF blank line") << Reads{"a\r\n\r\n"} << Lines{"a", ""};
    QTest::newRow("line over three reads") << Reads{"da", "ta: x", "y\n"} << Lines{"data: xy"};
    QTest::newRow("unterminated last line") << Reads{"a\nlast"} << Lines{"a", "last"};
    QTest::newRow("empty body") << Reads{} << Lines{};
    QTest::newRow("BOM dropped") << Reads{"\357\273\277a\n"} << Lines{"a"};
    QTest::newRow("BOM over three reads") << Reads{"\xEF", "\xBB", "\277a\n"} << Lines{"a"};
    QTest::newRow("second BOM is data")
        << Reads{"\xEF\xBB\xBF\357\273\277a\n"} << Lines{"\357\273\277a"};
    QTest::newRow("partial BOM is data") << Reads{"\xEF\xBB", "x\n"} << Lines{"\xEF\xBBx"};
    QTest::newRow("partial BOM at the end is data") << Reads{"\xEF\xBB"} << Lines{"\xEF\xBB"};
    QTest::newRow("BOM after text is data")
        << Reads{"a\n\357\273\277b\n"} << Lines{"a", "\357\273\277b"};
}

void TestLineReader::lines()
{
    QFETCH(Reads, reads);
    QFETCH(Lines, lines);
    QCOMPARE(readAll(reads), lines);
}

void TestLineReader::everySplitGivesTheSameLines()
{
    const QByteArray body = "\357\273\277one\r\ntwo\rthree\n\r\nfour\r\r\nfive";
    const Lines whole = readAll({body});
    QCOMPARE(whole, (Lines{"one", "two", "three", "", "four", "", "five"}));
    for (qsizetype i = 0; i <= body.size(); ++i) {
        for (qsizetype j = i; j <= body.size(); ++j) {
            const Reads reads{body.first(i), body.sliced(i, j - i), body.sliced(j)};
            QCOMPARE(readAll(reads), whole);
        }
    }
}

void TestLineReader::callbackStopsTheRead()
{
    LineReader reader;
    Lines lines;
    const bool more = reader.feed("a\nstop\nb\n", [&](QByteArrayView line) {
        lines.append(line.toByteArray());
        return line != "stop";
    });
    QVERIFY(!more);
    QCOMPARE(lines, (Lines{"a", "stop"}));
}

void TestLineReader::longLineInTinyReads()
{
    LineReader reader;
    qsizetype lineSize = -1;
    const auto collect = [&](QByteArrayView line) {
        lineSize = line.size();
        return true;
    };
    const QByteArray line(100000, 'x');
    for (const char c : line)
        reader.feed(QByteArrayView(&c, 1), collect);
    QCOMPARE(reader.pendingSize(), line.size());
    reader.feed("\n", collect);
    QCOMPARE(lineSize, line.size());
    QCOMPARE(reader.pendingSize(), 0);
}

void TestLineReader::bomSkipper_data()
{
    QTest::addColumn<Reads>("reads");
    QTest::addColumn<QByteArray>("passed");

    QTest::newRow("no BOM") << Reads{"abc"} << QByteArray("abc");
    QTest::newRow("BOM") << Reads{"\357\273\277abc"} << QByteArray("abc");
    QTest::newRow("BOM split 1+2") << Reads{"\xEF", "\xBB\277a"} << QByteArray("a");
    QTest::newRow("BOM split 2+1") << Reads{"\xEF\xBB", "\277a"} << QByteArray("a");
    QTest::newRow("BOM alone") << Reads{"\xEF\xBB\xBF"} << QByteArray();
    QTest::newRow("held bytes were data") << Reads{"\xEF", "\xBB", "a"} << QByteArray("\xEF\273a");
    QTest::newRow("held bytes at the end") << Reads{"\xEF"} << QByteArray("\xEF");
    QTest::newRow("only the first BOM")
        << Reads{"\xEF\xBB\xBF", "\xEF\xBB\xBF"} << QByteArray("\xEF\xBB\xBF");
}

void TestLineReader::bomSkipper()
{
    QFETCH(Reads, reads);
    QFETCH(QByteArray, passed);
    Utf8BomSkipper skipper;
    QByteArray out;
    for (const QByteArray &read : reads) {
        QByteArray scratch;
        out += skipper.filter(read, scratch).toByteArray();
    }
    out += skipper.finish();
    QCOMPARE(out, passed);
}

QTEST_GUILESS_MAIN(TestLineReader)
#include "tst_linereader.moc"
