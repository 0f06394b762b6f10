// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerStream.h"
#include "Conversation.h"
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The transport and the conversation against the simulator, over real loopback HTTP.
class TestAnswerStream : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void longAnswerArrivesWholeInManyReads();
    void secondMessageCarriesTheConversationId();
    void reasoningStaysApart();
    void unknownConversationIsNotFound();
    void stopKeepsTheTextAndSaysStopped();
    void singleJsonAnswer();
    void tooLongMessageNeverLeaves();
    void refusedStreamingFallsBackOnceAndIsRemembered();
    void compressedAnswerIsUnexpected();

private:
    ChatRequest request(const QString &message) const;
    std::unique_ptr<AnswerStream> run(const ChatRequest &chat, int *reads = nullptr);

    QNetworkAccessManager m_network;
    std::unique_ptr<SimProcess> m_sim;
    Account m_account;
    QString m_agentId;
};

void TestAnswerStream::initTestCase()
{
    m_sim = std::make_unique<SimProcess>();
    QVERIFY(m_sim->start());
    m_account = {m_sim->origin(), m_sim->demoKey(), {}};
}

void TestAnswerStream::init()
{
    m_sim->clearRequests();
    m_sim->setNext(QJsonObject{{u"tokens_per_second"_s, 2000}});
    if (m_agentId.isEmpty()) {
        QNetworkRequest list = ApiRequests::agents(m_account, 1);
        QNetworkReply *reply = m_network.get(list);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        const QJsonArray agents =
            QJsonDocument::fromJson(reply->readAll()).object().value(u"data"_s).toArray();
        reply->deleteLater();
        for (const QJsonValue &agent : agents) {
            if (agent.toObject().value(u"is_active"_s).toBool(true)) {
                m_agentId = agent.toObject().value(u"id"_s).toString();
                break;
            }
        }
        QVERIFY(!m_agentId.isEmpty());
    }
}

void TestAnswerStream::cleanup()
{
    m_sim->clearNext();
}

ChatRequest TestAnswerStream::request(const QString &message) const
{
    ChatRequest chat;
    chat.agentId = m_agentId;
    chat.message = message;
    return chat;
}

std::unique_ptr<AnswerStream> TestAnswerStream::run(const ChatRequest &chat, int *reads)
{
    auto stream =
        std::make_unique<AnswerStream>(&m_network, m_account, chat, AnswerStream::Limits());
    QSignalSpy finished(stream.get(), &AnswerStream::finished);
    QSignalSpy decoded(stream.get(), &AnswerStream::eventsDecoded);
    stream->start();
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    }();
    if (reads)
        *reads = int(decoded.size());
    return stream;
}

void TestAnswerStream::longAnswerArrivesWholeInManyReads()
{
    m_sim->setNext(QJsonObject{{u"answer_length"_s, 5000}, {u"tokens_per_second"_s, 1500}});
    int reads = 0;
    const auto stream = run(request(u"Write at length."_s), &reads);
    QCOMPARE(stream->state(), AnswerState::Complete);
    QVERIFY2(reads >= 50, qPrintable(u"only %1 reads"_s.arg(reads)));
    const QJsonArray chats = m_sim->chatRequests();
    QCOMPARE(chats.size(), 1);
    const QString expected = chats.first().toObject().value(u"answer"_s).toString();
    QCOMPARE(expected.toUcs4().size(), 5000);
    QCOMPARE(stream->answer(), expected);
}

void TestAnswerStream::secondMessageCarriesTheConversationId()
{
    Conversation conversation(&m_network);
    conversation.setAccount(m_account);
    Agent agent;
    agent.id = m_agentId;
    conversation.setAgent(agent);
    QSignalSpy finished(&conversation, &Conversation::answerFinished);
    QVERIFY(conversation.send(u"First"_s, {}, false));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const QString id = conversation.conversationId();
    QVERIFY(!id.isEmpty());
    QVERIFY(conversation.send(u"Second"_s, {}, false));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(conversation.messages().at(3).state, AnswerState::Complete);

    const QJsonArray chats = m_sim->chatRequests();
    QCOMPARE(chats.size(), 2);
    const QJsonObject first =
        QJsonDocument::fromJson(chats.at(0).toObject().value(u"body"_s).toString().toUtf8())
            .object();
    const QJsonObject second =
        QJsonDocument::fromJson(chats.at(1).toObject().value(u"body"_s).toString().toUtf8())
            .object();
    QVERIFY(!first.contains(u"conversation_id"_s));
    QVERIFY(!first.contains(u"conversation_uuid"_s));
    QCOMPARE(second.value(u"conversation_id"_s).toString(), id);
    QCOMPARE(second.value(u"conversation_uuid"_s).toString(), id);
    QCOMPARE(chats.at(1).toObject().value(u"conversation_id"_s).toString(), id);
    QCOMPARE(conversation.conversationId(), id);
}

void TestAnswerStream::reasoningStaysApart()
{
    ChatRequest chat = request(u"Think first."_s);
    chat.thinking = true;
    const auto stream = run(chat);
    QCOMPARE(stream->state(), AnswerState::Complete);
    const QJsonObject recorded = m_sim->chatRequests().first().toObject();
    QCOMPARE(stream->reasoning(), recorded.value(u"reasoning"_s).toString());
    QCOMPARE(stream->answer(), recorded.value(u"answer"_s).toString());
    QVERIFY(!stream->reasoning().isEmpty());
}

void TestAnswerStream::unknownConversationIsNotFound()
{
    ChatRequest chat = request(u"Hello?"_s);
    chat.conversationId = u"conv_123"_s;
    const auto stream = run(chat);
    QCOMPARE(stream->state(), AnswerState::Failed);
    QCOMPARE(stream->error().kind, ApiError::Kind::NotFound);
    QVERIFY(stream->answer().isEmpty());
}

void TestAnswerStream::stopKeepsTheTextAndSaysStopped()
{
    m_sim->setNext(QJsonObject{{u"tokens_per_second"_s, 40}});
    AnswerStream stream(&m_network, m_account, request(u"Go on."_s), AnswerStream::Limits());
    QSignalSpy finished(&stream, &AnswerStream::finished);
    stream.start();
    QTRY_VERIFY_WITH_TIMEOUT(stream.answer().size() > 10, 10000);
    stream.stop();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(stream.state(), AnswerState::Stopped);
    QCOMPARE(stream.error().kind, ApiError::Kind::None);
    QVERIFY(stream.answer().size() > 10);
    stream.stop(); // harmless after the end
    QCOMPARE(finished.size(), 1);
}

void TestAnswerStream::singleJsonAnswer()
{
    ChatRequest chat = request(u"No stream."_s);
    chat.stream = false;
    const auto stream = run(chat);
    QCOMPARE(stream->state(), AnswerState::Complete);
    const QJsonObject recorded = m_sim->chatRequests().first().toObject();
    QCOMPARE(stream->answer(), recorded.value(u"answer"_s).toString());
    QVERIFY(!stream->conversationId().isEmpty());
}

void TestAnswerStream::tooLongMessageNeverLeaves()
{
    const auto stream = run(request(QString(32001, u'x')));
    QCOMPARE(stream->state(), AnswerState::Failed);
    QCOMPARE(stream->error().kind, ApiError::Kind::MessageTooLong);
    QCOMPARE(m_sim->chatRequests().size(), 0);
}

void TestAnswerStream::refusedStreamingFallsBackOnceAndIsRemembered()
{
    Conversation conversation(&m_network);
    conversation.setAccount({m_sim->origin(), u"phk_sim_nostream"_s, {}});
    Agent agent;
    agent.id = m_agentId;
    conversation.setAgent(agent);
    QSignalSpy finished(&conversation, &Conversation::answerFinished);
    QSignalSpy notices(&conversation, &Conversation::notice);
    QVERIFY(conversation.send(u"One"_s, {}, false));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(conversation.messages().at(1).state, AnswerState::Complete);
    QVERIFY(!conversation.messages().at(1).text.isEmpty());
    QCOMPARE(notices.size(), 1);
    QJsonArray chats = m_sim->chatRequests();
    QCOMPARE(chats.size(), 2);
    QCOMPARE(chats.at(0).toObject().value(u"query"_s).toString(), u"stream=true"_s);
    QVERIFY(!chats.at(1).toObject().value(u"query"_s).toString().contains(u"stream"_s));

    // Remembered for this origin and key: the next message asks without streaming at once.
    QVERIFY(conversation.send(u"Two"_s, {}, false));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(conversation.messages().at(3).state, AnswerState::Complete);
    chats = m_sim->chatRequests();
    QCOMPARE(chats.size(), 3);
    QVERIFY(!chats.at(2).toObject().value(u"query"_s).toString().contains(u"stream"_s));
    QCOMPARE(notices.size(), 1);
}

void TestAnswerStream::compressedAnswerIsUnexpected()
{
    // The client asks for identity; a server or proxy that compresses anyway is reported, not
    // shown as an empty answer.
    m_sim->setNext(QJsonObject{{u"fault"_s, u"gzip"_s}, {u"tokens_per_second"_s, 2000}});
    const auto stream = run(request(u"Squeeze it."_s));
    QCOMPARE(stream->state(), AnswerState::Failed);
    QCOMPARE(stream->error().kind, ApiError::Kind::Unexpected);
    QVERIFY(stream->answer().isEmpty());
}

QTEST_GUILESS_MAIN(TestAnswerStream)
#include "tst_answerstream.moc"
