// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurrogateJoiner.h"
#include "Utf8StreamDecoder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

using Reads = QList<QByteArray>;

class TestUtf8StreamDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void randomBytesDecodeAlikeHoweverSplit();
    void surrogates_data();
    void surrogates();
};

namespace {

QString decodeAll(const QList<QByteArrayView> &reads)
{
    Utf8StreamDecoder decoder;
    QString text;
    for (const QByteArrayView read : reads)
        text += decoder.decode(read);
    return text + decoder.finish();
}

} // namespace

void TestUtf8StreamDecoder::decode_data()
{
    QTest::addColumn<Reads>("reads");
    QTest::addColumn<QString>("text");

    QTest::newRow("ascii") << Reads{"abc"} << u"abc"_s;
    QTest::newRow("umlaut split 1+1") << Reads{"K\xC3", "\xA4se"} << u"Käse"_s;
    QTest::newRow("CJK split after the lead byte")
        << Reads{"\xE4", "\xBD\xA0\xE5\xA5\xBD"} << u"你好"_s;
    QTest::newRow("emoji over three reads")
        << Reads{"ok \xF0\x9F", "\x98", "\x80!"} << u"ok \U0001F600!"_s;
    QTest::newRow("emoji one byte a read") << Reads{"\xF0", "\x9F", "\x98", "\x80"} << u"😀"_s;
    QTest::newRow("BOM is kept as U+FEFF") << Reads{"\357\273\277a"} << u"\uFEFFa"_s;
    QTest::newRow("invalid byte") << Reads{"a\377b"} << u"a\uFFFDb"_s;
    QTest::newRow("cut short at the end") << Reads{"a\xE4\xBD"} << u"a\uFFFD\uFFFD"_s;
    QTest::newRow("lead byte then ascii") << Reads{"\xC3", "A"} << u"\uFFFDA"_s;
    QTest::newRow("stray continuation") << Reads{"\x80", "a"} << u"\uFFFDa"_s;
}

void TestUtf8StreamDecoder::decode()
{
    QFETCH(Reads, reads);
    QFETCH(QString, text);
    QList<QByteArrayView> views(reads.cbegin(), reads.cend());
    QCOMPARE(decodeAll(views), text);
    const QByteArray whole = reads.join();
    QCOMPARE(decodeAll({whole}), text);
}

void TestUtf8StreamDecoder::randomBytesDecodeAlikeHoweverSplit()
{
    // Biased towards the bytes that make sequences, valid or not.
    static const unsigned char alphabet[] = {'a',
                                             0x80,
                                             0x9F,
                                             0xA0,
                                             0xBF,
                                             0xC2,
                                             0xC3,
                                             0xE0,
                                             0xE4,
                                             0xED,
                                             0xEF,
                                             0xF0,
                                             0xF4,
                                             0xF5,
                                             0xFF,
                                             0xBB};
    QRandomGenerator random(20260102);
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes;
        const int size = random.bounded(1, 12);
        for (int i = 0; i < size; ++i)
            bytes.append(char(alphabet[random.bounded(int(sizeof alphabet))]));
        const QString whole = decodeAll({bytes});
        QCOMPARE(whole,
                 QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes)
                     .prepend(bytes.startsWith("\xEF\xBB\xBF") ? u"\uFEFF"_s : QString()));
        for (qsizetype i = 0; i <= bytes.size(); ++i) {
            for (qsizetype j = i; j <= bytes.size(); ++j) {
                const QList<QByteArrayView> reads{QByteArrayView(bytes).first(i),
                                                  QByteArrayView(bytes).sliced(i, j - i),
                                                  QByteArrayView(bytes).sliced(j)};
                QCOMPARE(decodeAll(reads), whole);
            }
        }
    }
}

void TestUtf8StreamDecoder::surrogates_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QString>("joined");

    const QString high(QChar(0xD83D));
    const QString low(QChar(0xDE00));
    QTest::newRow("pair split over two texts")
        << QStringList{u"ok "_s + high, low + u"!"_s} << u"ok \U0001F600!"_s;
    QTest::newRow("pair in one text") << QStringList{high + low} << u"😀"_s;
    QTest::newRow("high without partner") << QStringList{u"a"_s + high, u"b"_s} << u"a\uFFFDb"_s;
    QTest::newRow("high at the very end") << QStringList{u"a"_s + high} << u"a\uFFFD"_s;
    QTest::newRow("lone low") << QStringList{low + u"x"_s} << u"\uFFFDx"_s;
    QTest::newRow("high inside a text") << QStringList{high + u"x"_s} << u"\uFFFDx"_s;
    QTest::newRow("two pairs, each split") << QStringList{high, low + high, low} << u"😀😀"_s;
}

void TestUtf8StreamDecoder::surrogates()
{
    QFETCH(QStringList, texts);
    QFETCH(QString, joined);
    SurrogateJoiner joiner;
    QString text;
    for (const QString &piece : texts)
        text += joiner.take(piece);
    text += joiner.finish();
    QCOMPARE(text, joined);
    QCOMPARE(SurrogateJoiner::sanitized(texts.join(QString())), joined);
}

QTEST_GUILESS_MAIN(TestUtf8StreamDecoder)
#include "tst_utf8streamdecoder.moc"
