// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerStream.h"
#include "Conversation.h"
#include "NetTestSupport.h"
#include "ScriptedHttpServer.h"
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;
using Ending = ScriptedHttpServer::Ending;
using Reply = ScriptedHttpServer::Reply;
using namespace NetTest;

// F10 (stalls, timeouts, keep-alive) and F11 (Stop racing the network and the inactivity timer)
// of field-reports.md, through a Conversation over loopback HTTP. Meant to run under
// AddressSanitizer too (PHAREN_SANITIZE=ON). No assertion depends on how fast the machine is:
// the 500 ms limit is only ever compared with silences of seconds or keep-alives of 200 ms.
class TestAbortRaces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void inactivity_data();
    void inactivity();
    void simulatorStalls_data();
    void simulatorStalls();
    void userStopIsNotATimeout();
    void stopAtRandomMoments();
    void stopInTheSamePassAsTheTimeout_data();
    void stopInTheSamePassAsTheTimeout();
    void stopFromInsideASignal_data();
    void stopFromInsideASignal();
    void conversationGoesAwayMidAnswer();

private:
    std::unique_ptr<Conversation> conversationWith(const QUrl &origin, const QString &key);

    QNetworkAccessManager m_network;
    std::unique_ptr<SimProcess> m_sim;
};

namespace {

constexpr int InactivityMs = 500;
const QString Agent1 = u"1859d074-d5c9-45d0-92c7-e8681305809d"_s; // the simulator's Code Reviewer
const QString ScriptedKey = u"phk_scripted_test_key"_s;

const ChatMessage *waitForAnswer(Conversation &conversation, QSignalSpy &finished, int count)
{
    if (!QTest::qWaitFor([&] { return finished.size() >= count; }, 60000))
        return nullptr;
    return &conversation.messages().at(finished.at(count - 1).first().toInt());
}

// An answer that ended is consistent: Stopped without an error, or Interrupted by a timeout.
bool stopOrTimeout(const ChatMessage &message)
{
    if (message.state == AnswerState::Stopped)
        return message.error.kind == Kind::None;
    return message.state == AnswerState::Interrupted && message.error.kind == Kind::Timeout;
}

} // namespace

void TestAbortRaces::initTestCase()
{
    m_sim = std::make_unique<SimProcess>();
    QVERIFY(m_sim->start());
}

void TestAbortRaces::cleanup()
{
    m_sim->clearNext();
    m_sim->clearRequests();
}

std::unique_ptr<Conversation> TestAbortRaces::conversationWith(const QUrl &origin,
                                                               const QString &key)
{
    auto conversation = std::make_unique<Conversation>(&m_network);
    conversation->setAccount(accountFor(origin, key));
    AnswerStream::Limits limits;
    limits.inactivityMs = InactivityMs;
    conversation->setLimits(limits);
    Agent agent;
    agent.id = Agent1;
    conversation->setAgent(agent);
    return conversation;
}

void TestAbortRaces::inactivity_data()
{
    QTest::addColumn<Reply>("reply");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<AnswerState>("state");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("F10 D(Thinking), then silence")
        << Reply::eventStream({d("Thinking")}, Ending::Stall) << u"Thinking"_s
        << AnswerState::Interrupted << Kind::Timeout;
    QTest::newRow("F10 silence before the response head")
        << Reply::silence() << QString() << AnswerState::Failed << Kind::Timeout;
    QTest::newRow("F10 the response head, then silence")
        << Reply::eventStream({}, Ending::Stall) << QString() << AnswerState::Failed
        << Kind::Timeout;
    {
        QByteArrayList pieces{d("Thinking")};
        for (int i = 0; i < 10; ++i) // 2 s of keep-alives, four times the limit
            pieces.append(": keep-alive\n\n");
        pieces << d("!") << End;
        Reply reply = Reply::eventStream(pieces);
        reply.gapMs = 200;
        QTest::newRow("F10 a comment every 200 ms for 2 s keeps it alive")
            << reply << u"Thinking!"_s << AnswerState::Complete << Kind::None;
    }
    QTest::newRow("F10 END, then the connection stays open")
        << Reply::eventStream({d("Hi"), End}, Ending::Stall) << u"Hi"_s << AnswerState::Complete
        << Kind::None;
    QTest::newRow("F10 a done event, then the connection stays open")
        << Reply::eventStream({d("Hi"), "event: done\ndata: {}\n\n"}, Ending::Stall) << u"Hi"_s
        << AnswerState::Complete << Kind::None;
}

void TestAbortRaces::inactivity()
{
    QFETCH(Reply, reply);
    QFETCH(QString, answer);
    QFETCH(AnswerState, state);
    QFETCH(Kind, kind);

    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setReplies({reply, Reply::eventStream({d("again"), End})});
    const auto conversation = conversationWith(server.origin(), ScriptedKey);
    QSignalSpy finished(conversation.get(), &Conversation::answerFinished);
    QVERIFY(conversation->send(u"Hello"_s, {}, false));
    const ChatMessage *message = waitForAnswer(*conversation, finished, 1);
    QVERIFY(message);
    QCOMPARE(message->text, answer);
    QCOMPARE(message->state, state);
    QCOMPARE(message->error.kind, kind);
    if (kind == Kind::Timeout) {
        QVERIFY(message->error.describe().contains(u"timed out"_s));
        // Saved as interrupted (or failed, with nothing to keep), with Retry.
        QVERIFY(conversation->retry());
        message = waitForAnswer(*conversation, finished, 2);
        QVERIFY(message);
        QCOMPARE(message->text, u"again"_s);
        QCOMPARE(message->state, AnswerState::Complete);
        QCOMPARE(conversation->messages().at(1).text, answer); // the cut-off one stays
    }
    QTest::qWait(100);
    QCOMPARE(finished.size(), kind == Kind::Timeout ? 2 : 1);
}

void TestAbortRaces::simulatorStalls_data()
{
    QTest::addColumn<QJsonObject>("switches");
    QTest::addColumn<AnswerState>("state");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("F10 simulator stalls after 300 bytes")
        << QJsonObject{{u"fault"_s, u"stall-after:300"_s}, {u"tokens_per_second"_s, 0}}
        << AnswerState::Interrupted << Kind::Timeout;
    // Six keep-alives 200 ms apart: longer than the limit in all, yet never silent for as long.
    QTest::newRow("F10 simulator keep-alives only, 200 ms apart")
        << QJsonObject{{u"fault"_s, u"comments-only"_s}, {u"tokens_per_second"_s, 5}}
        << AnswerState::Failed << Kind::EmptyAnswer;
}

void TestAbortRaces::simulatorStalls()
{
    QFETCH(QJsonObject, switches);
    QFETCH(AnswerState, state);
    QFETCH(Kind, kind);

    m_sim->setNext(switches);
    const auto conversation = conversationWith(m_sim->origin(), m_sim->demoKey());
    QSignalSpy finished(conversation.get(), &Conversation::answerFinished);
    QVERIFY(conversation->send(u"Hello"_s, {}, false));
    const ChatMessage *message = waitForAnswer(*conversation, finished, 1);
    QVERIFY(message);
    QCOMPARE(message->state, state);
    QCOMPARE(message->error.kind, kind);
    const QString logged = m_sim->chatRequests().first().toObject().value(u"answer"_s).toString();
    QVERIFY(logged.startsWith(message->text));
    QCOMPARE(message->text.isEmpty(), state == AnswerState::Failed);
}

void TestAbortRaces::userStopIsNotATimeout()
{
    m_sim->setNext({{u"tokens_per_second"_s, 40}, {u"answer_length"_s, 3000}});
    const auto conversation = conversationWith(m_sim->origin(), m_sim->demoKey());
    QSignalSpy finished(conversation.get(), &Conversation::answerFinished);
    QVERIFY(conversation->send(u"Hello"_s, {}, false));
    QTRY_VERIFY_WITH_TIMEOUT(conversation->messages().last().text.size() > 10, 20000);
    conversation->stop();
    QCOMPARE(finished.size(), 1);
    // Well past the inactivity limit: the stopped answer stays stopped.
    QTest::qWait(3 * InactivityMs);
    QCOMPARE(finished.size(), 1);
    const ChatMessage &message = conversation->messages().last();
    QCOMPARE(message.state, AnswerState::Stopped);
    QCOMPARE(message.error.kind, Kind::None);
    QVERIFY(message.text.size() > 10);
    QVERIFY(!conversation->retry()); // Retry is for interrupted answers, not stopped ones
}

void TestAbortRaces::stopAtRandomMoments()
{
    constexpr int Rounds = 200;
    const quint32 seed = qEnvironmentVariableIsSet("PHAREN_RACE_SEED")
                             ? quint32(qEnvironmentVariableIntValue("PHAREN_RACE_SEED"))
                             : 20260707u;
    qInfo("F11: %d rounds of send and Stop, seed %u (set PHAREN_RACE_SEED to change it)",
          Rounds,
          seed);
    QRandomGenerator random(seed);

    m_sim->setNext({{u"tokens_per_second"_s, 40}, {u"answer_length"_s, 3000}});
    const auto conversation = conversationWith(m_sim->origin(), m_sim->demoKey());
    QSignalSpy finished(conversation.get(), &Conversation::answerFinished);
    for (int round = 0; round < Rounds; ++round) {
        // Round 0 stops in the same pass as the send, before a byte has left.
        const int delayMs = round == 0 ? 0 : int(random.bounded(500));
        QVERIFY2(conversation->send(u"Round %1"_s.arg(round), {}, false),
                 qPrintable(u"round %1"_s.arg(round)));
        if (delayMs > 0)
            QTest::qWait(delayMs);
        conversation->stop();
        QCOMPARE(finished.size(), round + 1);
        const ChatMessage &message = conversation->messages().last();
        const QByteArray where =
            "round " + QByteArray::number(round) + ", Stop after " + QByteArray::number(delayMs);
        QVERIFY2(message.state == AnswerState::Stopped, where.constData());
        QVERIFY2(message.error.kind == Kind::None, where.constData());
        QVERIFY2(!conversation->isAnswering(), where.constData());
    }

    // The next answer streams normally, whole.
    m_sim->clearRequests();
    m_sim->setNext({{u"tokens_per_second"_s, 2000}, {u"answer_length"_s, 1000}});
    QVERIFY(conversation->send(u"Now all of it"_s, {}, false));
    const ChatMessage *message = waitForAnswer(*conversation, finished, Rounds + 1);
    QVERIFY(message);
    QCOMPARE(message->state, AnswerState::Complete);
    const QJsonArray chats = m_sim->chatRequests();
    QCOMPARE(chats.size(), 1);
    QCOMPARE(message->text, chats.first().toObject().value(u"answer"_s).toString());
    QCOMPARE(conversation->messages().size(), 2 * (Rounds + 1));
    QTRY_COMPARE(conversation->findChildren<AnswerStream *>().size(), 0);
}

void TestAbortRaces::stopInTheSamePassAsTheTimeout_data()
{
    QTest::addColumn<int>("stopAfterMs");
    QTest::addColumn<int>("blockMs");

    // The event loop is blocked until both the inactivity timer and the Stop are due; both then
    // fire in one pass, in the order of their deadlines.
    QTest::newRow("F11 Stop due first, timeout in the same pass") << 100 << 1200;
    QTest::newRow("F11 timeout due first, Stop in the same pass") << 900 << 1500;
}

void TestAbortRaces::stopInTheSamePassAsTheTimeout()
{
    QFETCH(int, stopAfterMs);
    QFETCH(int, blockMs);

    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setReplies(
        {Reply::eventStream({d("Thinking")}, Ending::Stall), Reply::eventStream({d("Next"), End})});
    const auto conversation = conversationWith(server.origin(), ScriptedKey);
    QSignalSpy finished(conversation.get(), &Conversation::answerFinished);
    QVERIFY(conversation->send(u"Hello"_s, {}, false));
    QTRY_COMPARE_WITH_TIMEOUT(conversation->messages().last().text, u"Thinking"_s, 20000);
    QTimer::singleShot(stopAfterMs, conversation.get(), &Conversation::stop);
    QThread::msleep(blockMs);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1); // one end, whichever came first
    const ChatMessage &message = conversation->messages().last();
    qInfo("ended as %s", message.state == AnswerState::Stopped ? "stopped" : "timed out");
    QVERIFY(stopOrTimeout(message));
    QCOMPARE(message.text, u"Thinking"_s);

    QVERIFY(conversation->send(u"Again"_s, {}, false));
    const ChatMessage *next = waitForAnswer(*conversation, finished, 2);
    QVERIFY(next);
    QCOMPARE(next->text, u"Next"_s);
    QCOMPARE(next->state, AnswerState::Complete);
}

void TestAbortRaces::stopFromInsideASignal_data()
{
    QTest::addColumn<int>("where");
    QTest::newRow("F11 Stop from textChanged") << 0;
    QTest::newRow("F11 Stop from eventsDecoded") << 1;
    QTest::newRow("F11 Stop from messageChanged") << 2;
}

void TestAbortRaces::stopFromInsideASignal()
{
    QFETCH(int, where);

    m_sim->setNext({{u"tokens_per_second"_s, 40}, {u"answer_length"_s, 2000}});
    const auto conversation = conversationWith(m_sim->origin(), m_sim->demoKey());
    QSignalSpy finished(conversation.get(), &Conversation::answerFinished);
    QMetaObject::Connection hook;
    const auto stopOnce = [&] {
        QObject::disconnect(hook);
        conversation->stop();
    };
    if (where == 2)
        hook = connect(conversation.get(), &Conversation::messageChanged, this, stopOnce);
    else if (where == 1)
        hook = connect(conversation.get(), &Conversation::eventsDecoded, this, stopOnce);
    QVERIFY(conversation->send(u"Hello"_s, {}, false));
    if (where == 0) {
        const auto streams = conversation->findChildren<AnswerStream *>();
        QCOMPARE(streams.size(), 1);
        hook = connect(streams.first(), &AnswerStream::textChanged, this, stopOnce);
    }
    const ChatMessage *message = waitForAnswer(*conversation, finished, 1);
    QVERIFY(message);
    QCOMPARE(message->state, AnswerState::Stopped);
    QCOMPARE(message->error.kind, Kind::None);

    m_sim->setNext({{u"tokens_per_second"_s, 2000}, {u"answer_length"_s, 500}});
    QVERIFY(conversation->send(u"Again"_s, {}, false));
    message = waitForAnswer(*conversation, finished, 2);
    QVERIFY(message);
    QCOMPARE(message->state, AnswerState::Complete);
    QCOMPARE(message->text.toUcs4().size(), 500);
}

void TestAbortRaces::conversationGoesAwayMidAnswer()
{
    m_sim->setNext({{u"tokens_per_second"_s, 40}, {u"answer_length"_s, 2000}});
    auto conversation = conversationWith(m_sim->origin(), m_sim->demoKey());
    QVERIFY(conversation->send(u"Hello"_s, {}, false));
    QTRY_VERIFY_WITH_TIMEOUT(!conversation->messages().last().text.isEmpty(), 20000);
    conversation->clear(); // File > New conversation while an answer streams
    QVERIFY(!conversation->isAnswering());
    QVERIFY(conversation->send(u"Hello again"_s, {}, false));
    QTRY_VERIFY_WITH_TIMEOUT(!conversation->messages().last().text.isEmpty(), 20000);
    conversation.reset(); // the window closes while an answer streams
    QTest::qWait(200);    // whatever the network still delivers finds nothing freed
}

QTEST_GUILESS_MAIN(TestAbortRaces)
#include "tst_abortraces.moc"
