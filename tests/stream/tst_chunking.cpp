// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerAssembler.h"
#include "AssemblerRun.h"
#include "TestStrings.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// The recorded streams of corpus/ (written by make_corpus.py, with the outcome each must give):
// however their bytes are split, the events, the answer, the reasoning and the state are those of
// one read.
class TestChunking : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
};

namespace {

constexpr qsizetype LargeFile = 100 * 1024;
constexpr qsizetype PairsBelow = 300;
constexpr int RandomSplittings = 1000;
constexpr quint32 Seed = 20260103;

QByteArray sha256(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

AssemblerRun comparable(AssemblerRun run, bool mergeText)
{
    if (mergeText)
        run.events = mergedEvents(run.events);
    return run;
}

} // namespace

void TestChunking::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("answerStart");
    QTest::addColumn<QByteArray>("answerSha256");
    QTest::addColumn<QByteArray>("reasoningSha256");

    QFile manifest(QStringLiteral(PHAREN_STREAM_TESTS) + u"/corpus-manifest.json"_s);
    QVERIFY2(manifest.open(QIODevice::ReadOnly), qPrintable(manifest.fileName()));
    const QJsonArray entries = QJsonDocument::fromJson(manifest.readAll()).array();
    QVERIFY(entries.size() >= 20);
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString file = entry.value("file"_L1).toString();
        QTest::newRow(qPrintable(file))
            << file << entry.value("contentType"_L1).toString().toUtf8()
            << entry.value("state"_L1).toString() << entry.value("answerStart"_L1).toString()
            << entry.value("answerSha256"_L1).toString().toLatin1()
            << entry.value("reasoningSha256"_L1).toString().toLatin1();
    }
}

void TestChunking::corpus()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, state);
    QFETCH(QString, answerStart);
    QFETCH(QByteArray, answerSha256);
    QFETCH(QByteArray, reasoningSha256);

    QFile stream(QStringLiteral(PHAREN_STREAM_TESTS) + u"/corpus/"_s + file);
    QVERIFY(stream.open(QIODevice::ReadOnly));
    const QByteArray body = stream.readAll();
    const bool mergeText = bodyFormatFor(contentType) == BodyFormat::PlainText;

    const AssemblerRun whole = comparable(runAssembler(contentType, {body}), mergeText);
    const QList<uint> codePoints = whole.answer.toUcs4(); // the manifest counts code points
    QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()),
                               qMin<qsizetype>(codePoints.size(), 60)),
             answerStart);
    QCOMPARE(sha256(whole.answer), answerSha256);
    QCOMPARE(sha256(whole.reasoning), reasoningSha256);
    QCOMPARE(QString::fromLatin1(stateName(whole.state)), state);
    QVERIFY(!whole.answer.contains(QChar(QChar::ReplacementCharacter)));

    const auto check = [&](const QList<QByteArrayView> &reads, const QByteArray &how) {
        const AssemblerRun split = comparable(runAssembler(contentType, reads), mergeText);
        if (split == whole)
            return true;
        qWarning("%s: %s", how.constData(), difference(split, whole).constData());
        return false;
    };

    QVERIFY(check(splitEvery(body, 1), "1-byte reads"));
    if (body.size() >= LargeFile) {
        QRandomGenerator random(Seed);
        qInfo("%d random splittings of %s, seed %u", RandomSplittings, qPrintable(file), Seed);
        for (int round = 0; round < RandomSplittings; ++round) {
            const qsizetype largest = qsizetype(16) << random.bounded(11);
            QList<qsizetype> cuts;
            for (qsizetype at = random.bounded(int(largest)) + 1; at < body.size();
                 at += random.bounded(int(largest)) + 1)
                cuts.append(at);
            QVERIFY2(check(splitAt(body, cuts), "random splitting " + QByteArray::number(round)),
                     "a random splitting differs from one read");
        }
        return;
    }
    for (qsizetype i = 0; i <= body.size(); ++i) {
        QVERIFY2(check(splitAt(body, {i}), "cut at " + QByteArray::number(i)),
                 "a cut differs from one read");
    }
    if (body.size() >= PairsBelow)
        return;
    for (qsizetype i = 0; i <= body.size(); ++i) {
        for (qsizetype j = i; j <= body.size(); ++j) {
            QVERIFY2(check(splitAt(body, {i, j}),
                           "cuts at " + QByteArray::number(i) + ", " + QByteArray::number(j)),
                     "a pair of cuts differs from one read");
        }
    }
}

QTEST_GUILESS_MAIN(TestChunking)
#include "tst_chunking.moc"
