// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThinkTagSplitter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestThinkTagSplitter : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void heldBackOnlyWhileItCouldBeATag();
};

namespace {

ThinkTagSplitter::Parts run(const QStringList &pieces)
{
    ThinkTagSplitter splitter;
    ThinkTagSplitter::Parts all;
    for (const QString &piece : pieces) {
        const ThinkTagSplitter::Parts parts = splitter.feed(piece);
        all.answer += parts.answer;
        all.reasoning += parts.reasoning;
    }
    const ThinkTagSplitter::Parts rest = splitter.finish();
    all.answer += rest.answer;
    all.reasoning += rest.reasoning;
    return all;
}

} // namespace

void TestThinkTagSplitter::split_data()
{
    QTest::addColumn<QStringList>("pieces");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("reasoning");

    QTest::newRow("no tags") << QStringList{u"Hello"_s, u" world"_s} << u"Hello world"_s
                             << QString();
    QTest::newRow("think block") << QStringList{u"<think>hm</think>Answer"_s} << u"Answer"_s
                                 << u"hm"_s;
    QTest::newRow("thinking block")
        << QStringList{u"<thinking>hm</thinking>Answer"_s} << u"Answer"_s << u"hm"_s;
    QTest::newRow("tags split across pieces")
        << QStringList{u"<thi"_s, u"nk>h"_s, u"m</th"_s, u"ink>An"_s, u"swer"_s} << u"Answer"_s
        << u"hm"_s;
    QTest::newRow("whitespace around the block dropped")
        << QStringList{u"\n<think>\n"_s, u"first\nsecond\n</think>\n\n"_s, u"Answer"_s}
        << u"Answer"_s << u"first\nsecond\n"_s;
    QTest::newRow("tag later in the answer is text")
        << QStringList{u"Use <think> tags"_s} << u"Use <think> tags"_s << QString();
    QTest::newRow("second block is text")
        << QStringList{u"<think>a</think>b<think>c</think>"_s} << u"b<think>c</think>"_s << u"a"_s;
    QTest::newRow("mismatched closing tag stays reasoning")
        << QStringList{u"<thinking>a</think>b"_s} << QString() << u"a</think>b"_s;
    QTest::newRow("answer that starts like a tag")
        << QStringList{u"<th"_s, u"e end>"_s} << u"<the end>"_s << QString();
    QTest::newRow("answer that is a tag prefix")
        << QStringList{u"<thin"_s} << u"<thin"_s << QString();
    QTest::newRow("unclosed block")
        << QStringList{u"<think>still thinking</thi"_s} << QString() << u"still thinking</thi"_s;
    QTest::newRow("less-than inside the reasoning")
        << QStringList{u"<think>a < b </"_s, u"x></think>ok"_s} << u"ok"_s << u"a < b </x>"_s;
    QTest::newRow("leading space kept without a tag")
        << QStringList{u"  "_s, u"Hi"_s} << u"  Hi"_s << QString();
}

void TestThinkTagSplitter::split()
{
    QFETCH(QStringList, pieces);
    QFETCH(QString, answer);
    QFETCH(QString, reasoning);
    ThinkTagSplitter::Parts parts = run(pieces);
    QCOMPARE(parts.answer, answer);
    QCOMPARE(parts.reasoning, reasoning);

    // However the same text is cut, the result is the same.
    const QString text = pieces.join(QString());
    for (qsizetype i = 0; i <= text.size(); ++i) {
        for (qsizetype j = i; j <= text.size(); ++j) {
            parts = run({text.first(i), text.sliced(i, j - i), text.sliced(j)});
            QCOMPARE(parts.answer, answer);
            QCOMPARE(parts.reasoning, reasoning);
        }
    }
}

void TestThinkTagSplitter::heldBackOnlyWhileItCouldBeATag()
{
    ThinkTagSplitter splitter;
    QCOMPARE(splitter.feed(u"<thi").answer, QString());
    QCOMPARE(splitter.feed(u"s is").answer, u"<this is"_s); // released at once
    QCOMPARE(splitter.feed(u" it").answer, u" it"_s);

    ThinkTagSplitter inside;
    QCOMPARE(inside.feed(u"<think>abc</").reasoning, u"abc"_s);
    QCOMPARE(inside.feed(u"b").reasoning, u"</b"_s);
}

QTEST_GUILESS_MAIN(TestThinkTagSplitter)
#include "tst_thinktagsplitter.moc"
