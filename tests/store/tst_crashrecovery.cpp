// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationStore.h"
#include "SimProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// F18: a process that streams a long answer into the database is killed with SIGKILL. A fresh
// process finds every earlier conversation intact and the answer there up to the last second
// before the kill, marked interrupted.
class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileStreaming();
};

void TestCrashRecovery::killedWhileStreaming()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"conversations.sqlite"_s);

    // Earlier history: twenty small conversations and a large one.
    QList<qint64> earlier;
    {
        ConversationStore store;
        QCOMPARE(store.open(path).status, ConversationStore::OpenStatus::Opened);
        for (int c = 0; c < 21; ++c) {
            StoredConversation conversation;
            conversation.title = u"Earlier %1"_s.arg(c);
            conversation.agentName = u"Agent"_s;
            const int count = c == 20 ? 2000 : 6;
            QList<StoredMessage> messages;
            for (int i = 0; i < count; ++i) {
                StoredMessage m;
                m.position = i;
                m.fromUser = i % 2 == 0;
                m.text = u"Earlier conversation %1, message %2."_s.arg(c).arg(i);
                messages.append(m);
            }
            earlier.append(store.insertConversation(conversation, messages));
            QVERIFY(earlier.last() > 0);
        }
    }

    SimProcess sim;
    QVERIFY(sim.start());
    // Long and slow enough that the kill comes in the middle of it.
    sim.setNext(QJsonObject{{u"answer_length"_s, 200000}, {u"tokens_per_second"_s, 60}});

    QProcess streamer;
    streamer.setProgram(QStringLiteral(STORE_STREAMER));
    streamer.setArguments(
        {u"--db"_s, path, u"--origin"_s, sim.origin().toString(), u"--key"_s, sim.demoKey()});
    streamer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    streamer.start();
    QVERIFY(streamer.waitForStarted(10000));

    QByteArray output;
    auto linesStarting = [&output](const QByteArray &prefix) {
        QList<QList<QByteArray>> result;
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith(prefix))
                result.append(line.split(' '));
        }
        return result;
    };
    auto answerSaves = [&] {
        int count = 0;
        for (const auto &fields : linesStarting("SAVED ")) {
            if (fields.value(1) == "1" && fields.value(2).toLongLong() > 0)
                ++count;
        }
        return count;
    };
    connect(&streamer, &QProcess::readyReadStandardOutput, this, [&] {
        output += streamer.readAllStandardOutput();
    });
    // Three saves of a growing answer: the periodic save is running. No fixed wait.
    QTRY_VERIFY_WITH_TIMEOUT(answerSaves() >= 3 || !linesStarting("FAILED").isEmpty(), 60000);
    QVERIFY2(linesStarting("FAILED").isEmpty(), output.constData());
    QVERIFY2(linesStarting("FINISHED").isEmpty(), "the answer ended before the kill");
    // Kill in the middle of arriving text, not just after a save.
    const qsizetype arrivedBefore = linesStarting("ARRIVED ").size();
    QTRY_VERIFY(linesStarting("ARRIVED ").size() > arrivedBefore + 2);
    streamer.kill(); // SIGKILL
    QVERIFY(streamer.waitForFinished(10000));
    output += streamer.readAllStandardOutput();
    QCOMPARE(streamer.exitStatus(), QProcess::CrashExit);

    // What the dead process reported as saved, and what had arrived a second before its end.
    qint64 saved = 0;
    for (const auto &fields : linesStarting("SAVED ")) {
        if (fields.value(1) == "1")
            saved = qMax(saved, fields.value(2).toLongLong());
    }
    const auto arrived = linesStarting("ARRIVED ");
    QVERIFY(!arrived.isEmpty());
    const qint64 lastMs = arrived.last().value(2).toLongLong();
    qint64 arrivedSecondBefore = 0;
    // One second by design, plus one more for a loaded machine's event loop.
    for (const auto &fields : arrived) {
        if (fields.value(2).toLongLong() <= lastMs - 2000)
            arrivedSecondBefore = fields.value(1).toLongLong();
    }

    ConversationStore store;
    const auto report = store.open(path);
    QCOMPARE(report.status, ConversationStore::OpenStatus::Opened);
    QCOMPARE(report.interruptedAnswers, 1);
    const auto all = store.conversations();
    QCOMPARE(all.size(), 22);
    for (int c = 0; c < earlier.size(); ++c) {
        const QList<StoredMessage> messages = store.messages(earlier.at(c));
        QCOMPARE(messages.size(), c == 20 ? 2000 : 6);
        QCOMPARE(messages.last().text,
                 u"Earlier conversation %1, message %2."_s.arg(c).arg(messages.size() - 1));
    }
    const StoredConversation streamed = all.first();
    QVERIFY(!earlier.contains(streamed.id));
    const QList<StoredMessage> messages = store.messages(streamed.id);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).text, u"Tell me a long story, please."_s);
    QCOMPARE(messages.at(1).state, AnswerState::Interrupted);
    const qint64 kept = messages.at(1).text.size();
    QVERIFY2(kept >= saved, qPrintable(u"kept %1, reported saved %2"_s.arg(kept).arg(saved)));
    QVERIFY2(kept >= arrivedSecondBefore,
             qPrintable(u"kept %1, arrived a second before the kill %2"_s.arg(kept).arg(
                 arrivedSecondBefore)));

    // The API key is nowhere in the files.
    QDirIterator files(dir.path(), QDir::Files);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(sim.demoKey().toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
