// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawHttpClient.h"
#include "SimProcess.h"
#include "SimTestClient.h"
#include "SseSplitter.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const auto englishAgent = u"1859d074-d5c9-45d0-92c7-e8681305809d"_s;
const auto chatTarget = "/api/agents/1859d074-d5c9-45d0-92c7-e8681305809d/chat/?stream=true"_ba;

struct Decoded
{
    QString answer;
    QString reasoning;
    bool terminal = false;
    QString conversationId;
    QStringList errors;
};

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QString errorMessage(const QJsonObject &object)
{
    return object.value(u"error"_s).toObject().value(u"message"_s).toString();
}

// What a careful client would make of each dialect; the tests' own reading, independent of the
// client's decoders.
Decoded decode(const QByteArray &dialect, const QByteArray &rawBody)
{
    // Invalid UTF-8 becomes U+FFFD, as a client's decoder does, before any JSON is read.
    const QByteArray body = QString::fromUtf8(rawBody).toUtf8();
    Decoded out;
    if (dialect == "plain") {
        out.answer = QString::fromUtf8(body);
        return out;
    }
    if (dialect == "json") {
        const QJsonObject object = parseObject(body);
        out.answer = object.value(u"message"_s).toString();
        out.reasoning = object.value(u"reasoning"_s).toString();
        out.conversationId = object.value(u"conversation_id"_s).toString();
        out.terminal = object.contains(u"message"_s);
        if (object.contains(u"error"_s))
            out.errors.append(errorMessage(object));
        return out;
    }
    if (dialect == "ndjson") {
        QByteArray lines = body;
        lines.replace('\r', '\n');
        for (const QByteArray &line : lines.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject object = parseObject(line);
            if (object.contains(u"error"_s))
                out.errors.append(errorMessage(object));
            else if (object.value(u"type"_s).toString() == u"reasoning-delta"_s)
                out.reasoning += object.value(u"delta"_s).toString();
            else
                out.answer += object.value(u"delta"_s).toString();
            out.terminal = out.terminal || object.value(u"done"_s).toBool();
            if (object.contains(u"conversation_id"_s))
                out.conversationId = object.value(u"conversation_id"_s).toString();
        }
        return out;
    }
    for (const SseEvent &event : SseSplitter::split(body)) {
        if (event.data == "[DONE]") {
            out.terminal = true;
            continue;
        }
        if (dialect == "sse-text") {
            if (event.name == "error")
                out.errors.append(QString::fromUtf8(event.data));
            else if (event.name == "reasoning")
                out.reasoning += QString::fromUtf8(event.data);
            else
                out.answer += QString::fromUtf8(event.data);
            continue;
        }
        const QJsonObject object = parseObject(event.data);
        if (object.contains(u"error"_s)) {
            out.errors.append(errorMessage(object));
            continue;
        }
        const QJsonObject ids = object.value(u"metadata"_s).toObject().isEmpty()
                                    ? object
                                    : object.value(u"metadata"_s).toObject();
        if (ids.contains(u"conversation_id"_s))
            out.conversationId = ids.value(u"conversation_id"_s).toString();
        if (dialect == "openai") {
            const QJsonObject delta = object.value(u"choices"_s)[0][u"delta"_s].toObject();
            out.answer += delta.value(u"content"_s).toString();
            out.reasoning += delta.value(u"reasoning_content"_s).toString();
        } else if (dialect == "anthropic") {
            const QJsonObject delta = object.value(u"delta"_s).toObject();
            out.answer += delta.value(u"text"_s).toString();
            out.reasoning += delta.value(u"thinking"_s).toString();
            out.terminal = out.terminal || event.name == "message_stop";
        } else if (dialect == "snapshots" && object.contains(u"text"_s)) {
            out.answer = object.value(u"text"_s).toString();
        } else if (event.name == "reasoning") {
            out.reasoning += object.value(u"delta"_s).toString();
        } else if (event.name.isEmpty()) {
            out.answer += object.value(u"delta"_s).toString();
        }
    }
    if (dialect == "think-tags" && out.answer.startsWith(u"<think>"_s)) {
        const qsizetype close = out.answer.indexOf(u"</think>"_s);
        out.reasoning = out.answer.mid(7, close - 7);
        out.answer = out.answer.mid(close + 8);
        if (out.answer.startsWith(u"\n\n"_s))
            out.answer.remove(0, 2);
    }
    return out;
}

} // namespace

class TestSimDialects : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void dialects_data();
    void dialects();
    void chunking_data();
    void chunking();
    void tokenLength();
    void lineEndings_data();
    void lineEndings();
    void byteOrderMarkAndComments();
    void resetAfterBytes();
    void stallAfterBytes();
    void pauseAfterBytes();
    void errorEvent_data();
    void errorEvent();
    void statusFaults_data();
    void statusFaults();
    void htmlEmptyAndCommentOnlyBodies();
    void gzip();
    void redirectStaysOnLoopback();
    void bigEvent();
    void invalidUtf8_data();
    void invalidUtf8();
    void badSwitchesAreRefused_data();
    void badSwitchesAreRefused();
    void switchesAreLoggedAndSteerable();

private:
    // A streamed chat request over a raw socket, with these X-Sim-* headers.
    RawResponse exchange(const Headers &switches, bool thinking = true, int timeoutMs = 20000);
    QJsonObject lastChat() { return m_sim->chatRequests().last().toObject(); }

    QNetworkAccessManager m_network;
    std::unique_ptr<SimProcess> m_sim;
};

void TestSimDialects::initTestCase()
{
    m_sim = std::make_unique<SimProcess>(QStringList{u"--tokens-per-second"_s, u"0"_s});
    QVERIFY(m_sim->start());
}

void TestSimDialects::init()
{
    m_sim->clearNext();
    m_sim->clearRequests();
}

RawResponse TestSimDialects::exchange(const Headers &switches, bool thinking, int timeoutMs)
{
    RawHttpClient client(m_sim->port());
    if (!client.connectToServer())
        return {};
    Headers headers{{"Authorization"_ba, "Bearer "_ba + m_sim->demoKey().toUtf8()},
                    {"Content-Type"_ba, "application/json"_ba}};
    if (std::none_of(switches.cbegin(), switches.cend(), [](const auto &header) {
            return header.first == "X-Sim-Answer-Length";
        })) {
        headers.append({"X-Sim-Answer-Length"_ba, "400"_ba});
    }
    const QByteArray body =
        thinking ? R"({"message":"Hi","enable_thinking":true})"_ba : R"({"message":"Hi"})"_ba;
    client.send(RawHttpClient::request("POST"_ba, chatTarget, headers + switches, body));
    return client.readResponse(timeoutMs);
}

void TestSimDialects::dialects_data()
{
    QTest::addColumn<QByteArray>("dialect");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("thinking");
    const QList<std::pair<QByteArray, QByteArray>> dialects{
        {"sse-json"_ba, "text/event-stream"_ba},
        {"sse-text"_ba, "text/event-stream; charset=utf-8"_ba},
        {"openai"_ba, "text/event-stream"_ba},
        {"anthropic"_ba, "text/event-stream"_ba},
        {"ndjson"_ba, "application/x-ndjson"_ba},
        {"plain"_ba, "text/plain; charset=utf-8"_ba},
        {"json"_ba, "application/json"_ba},
        {"snapshots"_ba, "text/event-stream"_ba},
        {"think-tags"_ba, "text/event-stream"_ba},
    };
    for (const auto &[dialect, contentType] : dialects) {
        for (const bool thinking : {false, true}) {
            QTest::addRow("%s, thinking %s", dialect.constData(), thinking ? "on" : "off")
                << dialect << contentType << thinking;
        }
    }
}

void TestSimDialects::dialects()
{
    QFETCH(QByteArray, dialect);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, thinking);
    const RawResponse response = exchange({{"X-Sim-Dialect"_ba, dialect}}, thinking);
    QCOMPARE(response.status, 200);
    QVERIFY(response.complete);
    QCOMPARE(response.header("Content-Type"), contentType);
    if (dialect == "json")
        QCOMPARE(response.header("Content-Length").toInt(), response.body.size());
    else
        QCOMPARE(response.header("Transfer-Encoding"), "chunked"_ba);

    const QJsonObject recorded = lastChat();
    QCOMPARE(recorded.value(u"sim"_s)[u"dialect"_s].toString(), QString::fromLatin1(dialect));
    const Decoded decoded = decode(dialect, response.body);
    QCOMPARE(decoded.answer, recorded.value(u"answer"_s).toString());
    QCOMPARE(decoded.answer.toUcs4().size(), 400);
    QCOMPARE(decoded.reasoning, recorded.value(u"reasoning"_s).toString());
    // Plain text has no place for reasoning, so none is sent or recorded.
    QCOMPARE(!decoded.reasoning.isEmpty(), thinking && dialect != "plain");
    QVERIFY(decoded.errors.isEmpty());
    QCOMPARE(QString::fromLatin1(response.header("X-Conversation-Id")),
             recorded.value(u"conversation_id"_s).toString());
    if (dialect != "plain" && dialect != "sse-text") {
        QVERIFY(decoded.terminal);
        QCOMPARE(decoded.conversationId, recorded.value(u"conversation_id"_s).toString());
    }
}

void TestSimDialects::chunking_data()
{
    QTest::addColumn<QByteArray>("chunking");
    QTest::newRow("token") << "token"_ba;
    QTest::newRow("byte") << "byte"_ba;
    QTest::newRow("fixed") << "fixed:7"_ba;
    QTest::newRow("random") << "random:5"_ba;
    QTest::newRow("all") << "all"_ba;
}

void TestSimDialects::chunking()
{
    QFETCH(QByteArray, chunking);
    const RawResponse response = exchange({{"X-Sim-Chunking"_ba, chunking}});
    QVERIFY(response.complete);
    QCOMPARE(decode("sse-json"_ba, response.body).answer, lastChat()[u"answer"_s].toString());
    QList<qsizetype> sizes;
    for (const QByteArray &chunk : response.chunks)
        sizes.append(chunk.size());
    if (chunking == "token") {
        for (const QByteArray &chunk : response.chunks)
            QCOMPARE(SseSplitter::split(chunk).size(), 1);
    } else if (chunking == "byte") {
        QCOMPARE(sizes.size(), response.body.size());
        QVERIFY(std::all_of(sizes.cbegin(), sizes.cend(), [](qsizetype s) { return s == 1; }));
    } else if (chunking == "fixed:7") {
        QVERIFY(std::all_of(sizes.cbegin(), sizes.cend() - 1, [](qsizetype s) { return s == 7; }));
        QVERIFY(sizes.last() >= 1 && sizes.last() <= 7);
    } else if (chunking == "random:5") {
        QVERIFY(std::all_of(
            sizes.cbegin(), sizes.cend(), [](qsizetype s) { return s >= 1 && s <= 64; }));
        QVERIFY(QSet<qsizetype>(sizes.cbegin(), sizes.cend()).size() > 10);
        // The same seed splits a body of the same length the same way.
        const RawResponse again = exchange({{"X-Sim-Chunking"_ba, chunking}});
        QList<qsizetype> againSizes;
        for (const QByteArray &chunk : again.chunks)
            againSizes.append(chunk.size());
        QCOMPARE(againSizes, sizes);
    } else {
        QCOMPARE(sizes.size(), 1);
    }
}

void TestSimDialects::tokenLength()
{
    // Each delta of answer and reasoning is exactly N code points, the last possibly fewer: 400
    // code points of answer are 80 deltas of 5.
    const RawResponse response = exchange({{"X-Sim-Token-Length"_ba, "5"_ba}});
    QVERIFY(response.complete);
    QStringList answer;
    QStringList reasoning;
    for (const SseEvent &event : SseSplitter::split(response.body)) {
        const QJsonObject object = parseObject(event.data);
        if (!object.contains(u"delta"_s))
            continue;
        (event.name == "reasoning" ? reasoning : answer).append(object[u"delta"_s].toString());
    }
    const QJsonObject recorded = lastChat();
    QCOMPARE(recorded[u"sim"_s][u"token_length"_s].toInt(), 5);
    QCOMPARE(answer.join(QString()), recorded[u"answer"_s].toString());
    QCOMPARE(reasoning.join(QString()), recorded[u"reasoning"_s].toString());
    QCOMPARE(answer.size(), 80);
    QVERIFY(!reasoning.isEmpty());
    for (const QStringList &deltas : {answer, reasoning}) {
        for (qsizetype i = 0; i < deltas.size(); ++i) {
            const qsizetype length = deltas.at(i).toUcs4().size();
            QVERIFY2(i == deltas.size() - 1 ? length >= 1 && length <= 5 : length == 5,
                     qPrintable(deltas.at(i)));
        }
    }
    // Without the switch the log says so: word pieces, the default.
    exchange({});
    QCOMPARE(lastChat()[u"sim"_s][u"token_length"_s].toInt(), 0);
}

void TestSimDialects::lineEndings_data()
{
    QTest::addColumn<QByteArray>("dialect");
    QTest::addColumn<QByteArray>("ending");
    for (const QByteArray &dialect : {"sse-json"_ba, "sse-text"_ba, "ndjson"_ba}) {
        for (const QByteArray &ending : {"lf"_ba, "crlf"_ba, "cr"_ba}) {
            QTest::addRow("%s, %s", dialect.constData(), ending.constData()) << dialect << ending;
        }
    }
}

void TestSimDialects::lineEndings()
{
    QFETCH(QByteArray, dialect);
    QFETCH(QByteArray, ending);
    const RawResponse response =
        exchange({{"X-Sim-Dialect"_ba, dialect}, {"X-Sim-Line-Ending"_ba, ending}});
    QVERIFY(response.complete);
    const QByteArray &body = response.body;
    const qsizetype crlf = body.count("\r\n");
    if (ending == "lf") {
        QVERIFY(!body.contains('\r'));
        QVERIFY(body.count('\n') > 10);
    } else if (ending == "crlf") {
        QVERIFY(crlf > 10);
        QCOMPARE(body.count('\r'), crlf);
        QCOMPARE(body.count('\n'), crlf);
    } else {
        QVERIFY(!body.contains('\n'));
        QVERIFY(body.count('\r') > 10);
    }
    const QJsonObject recorded = lastChat();
    QCOMPARE(decode(dialect, body).answer, recorded[u"answer"_s].toString());
    QCOMPARE(recorded[u"sim"_s][u"line_ending"_s].toString(), QString::fromLatin1(ending));
}

void TestSimDialects::byteOrderMarkAndComments()
{
    const RawResponse marked =
        exchange({{"X-Sim-Bom"_ba, "1"_ba}, {"X-Sim-Chunking"_ba, "byte"_ba}});
    QVERIFY(marked.body.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(marked.chunks.at(0), "\xEF"_ba); // the mark itself arrives over three reads
    QCOMPARE(decode("sse-json"_ba, marked.body).answer, lastChat()[u"answer"_s].toString());

    const RawResponse commented = exchange({{"X-Sim-Comments"_ba, "1"_ba}});
    int comments = 0;
    const QList<SseEvent> events = SseSplitter::split(commented.body, &comments);
    QVERIFY(comments > 5);
    QVERIFY(commented.body.startsWith("event: meta"));
    QVERIFY(commented.body.endsWith("data: [DONE]\n\n"));
    QCOMPARE(decode("sse-json"_ba, commented.body).answer, lastChat()[u"answer"_s].toString());
    QVERIFY(decode("sse-json"_ba, commented.body).terminal);
}

void TestSimDialects::resetAfterBytes()
{
    const RawResponse response = exchange({{"X-Sim-Fault"_ba, "reset-after:300"_ba}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body.size(), 300);
    QVERIFY(!response.complete);
    QVERIFY(response.closed);
    QCOMPARE(lastChat()[u"sim"_s][u"fault"_s].toString(), u"reset-after:300"_s);
}

void TestSimDialects::stallAfterBytes()
{
    const RawResponse response = exchange({{"X-Sim-Fault"_ba, "stall-after:200"_ba}}, true, 1200);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body.size(), 200);
    QVERIFY(!response.complete);
    QVERIFY(!response.closed);
}

void TestSimDialects::pauseAfterBytes()
{
    const RawResponse response = exchange({{"X-Sim-Fault"_ba, "pause-after:150:700"_ba}});
    QVERIFY(response.complete);
    qint64 longestGap = 0;
    for (qsizetype i = 1; i < response.chunkTimes.size(); ++i)
        longestGap = qMax(longestGap, response.chunkTimes.at(i) - response.chunkTimes.at(i - 1));
    QVERIFY2(longestGap >= 600, qPrintable(QString::number(longestGap)));
    QCOMPARE(decode("sse-json"_ba, response.body).answer, lastChat()[u"answer"_s].toString());
}

void TestSimDialects::errorEvent_data()
{
    QTest::addColumn<QByteArray>("dialect");
    for (const char *dialect :
         {"sse-json", "sse-text", "openai", "anthropic", "ndjson", "snapshots", "json", "plain"})
        QTest::newRow(dialect) << QByteArray(dialect);
}

void TestSimDialects::errorEvent()
{
    QFETCH(QByteArray, dialect);
    const RawResponse response =
        exchange({{"X-Sim-Dialect"_ba, dialect}, {"X-Sim-Fault"_ba, "error-event"_ba}}, false);
    QCOMPARE(response.status, 200);
    QVERIFY(response.complete);
    const Decoded decoded = decode(dialect, response.body);
    const QString full = lastChat()[u"answer"_s].toString();
    QVERIFY(!decoded.terminal);
    QVERIFY(decoded.answer.size() < full.size());
    QVERIFY(full.startsWith(decoded.answer));
    if (dialect == "json")
        QVERIFY(decoded.answer.isEmpty());
    else
        QVERIFY(!decoded.answer.isEmpty());
    // Plain text cannot say why it ended; every other dialect names the error.
    if (dialect != "plain") {
        QCOMPARE(decoded.errors.size(), 1);
        QVERIFY(decoded.errors.first().contains(u"simulated error"_s));
    }
}

void TestSimDialects::statusFaults_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("401") << "status:401"_ba << 401 << u"invalid_token"_s;
    QTest::newRow("402") << "status:402"_ba << 402 << u"insufficient_credits"_s;
    QTest::newRow("403 scope") << "status:403"_ba << 403 << u"insufficient_permissions"_s;
    QTest::newRow("403 streaming")
        << "status:403-streaming"_ba << 403 << u"streaming_not_permitted"_s;
    QTest::newRow("404") << "status:404"_ba << 404 << u"not_found"_s;
    QTest::newRow("429") << "status:429"_ba << 429 << u"rate_limited"_s;
    QTest::newRow("500 html") << "status:500-html"_ba << 500 << QString();
    QTest::newRow("502") << "status:502"_ba << 502 << u"server_error"_s;
}

void TestSimDialects::statusFaults()
{
    QFETCH(QByteArray, fault);
    QFETCH(int, status);
    QFETCH(QString, code);
    const RawResponse response = exchange({{"X-Sim-Fault"_ba, fault}});
    QCOMPARE(response.status, status);
    QVERIFY(response.complete);
    if (code.isEmpty()) {
        QCOMPARE(response.header("Content-Type"), "text/html"_ba);
        QVERIFY(response.body.startsWith("<!DOCTYPE html>"));
    } else {
        const QJsonObject error = parseObject(response.body).value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), code);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    }
    if (status == 429) {
        QCOMPARE(response.header("Retry-After"), "20"_ba);
        QCOMPARE(response.header("X-RateLimit-Remaining"), "0"_ba);
    }
    QCOMPARE(m_sim->chatRequests().last()[u"status"_s].toInt(), status);
}

void TestSimDialects::htmlEmptyAndCommentOnlyBodies()
{
    const RawResponse html = exchange({{"X-Sim-Fault"_ba, "html-200"_ba}});
    QCOMPARE(html.status, 200);
    QCOMPARE(html.header("Content-Type"), "text/html; charset=utf-8"_ba);
    QVERIFY(html.body.contains("<form"));

    const RawResponse empty = exchange({{"X-Sim-Fault"_ba, "empty-body"_ba}});
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.header("Content-Type"), "text/event-stream"_ba);
    QVERIFY(empty.complete);
    QVERIFY(empty.body.isEmpty());

    const RawResponse comments = exchange({{"X-Sim-Fault"_ba, "comments-only"_ba}});
    QVERIFY(comments.complete);
    int count = 0;
    QVERIFY(SseSplitter::split(comments.body, &count).isEmpty());
    QVERIFY(count >= 3);
}

void TestSimDialects::gzip()
{
    const RawResponse raw = exchange({{"X-Sim-Fault"_ba, "gzip"_ba}});
    QCOMPARE(raw.header("Content-Encoding"), "gzip"_ba);
    QVERIFY(raw.body.startsWith("\x1f\x8b\x08"));

    // QNetworkAccessManager asks for gzip on its own and inflates it: the stream is intact.
    const QUrl origin = m_sim->origin();
    const SimReply inflated =
        sendToSim(&m_network,
                  origin,
                  "POST"_ba,
                  QString::fromLatin1(chatTarget),
                  R"({"message":"Hi","enable_thinking":true})"_ba,
                  {{"Authorization"_ba, "Bearer "_ba + m_sim->demoKey().toUtf8()},
                   {"X-Sim-Fault"_ba, "gzip"_ba}});
    QCOMPARE(inflated.status, 200);
    const Decoded decoded = decode("sse-json"_ba, inflated.body);
    QVERIFY(decoded.terminal);
    QCOMPARE(decoded.answer, lastChat()[u"answer"_s].toString());
    QCOMPARE(decoded.reasoning, lastChat()[u"reasoning"_s].toString());
}

void TestSimDialects::redirectStaysOnLoopback()
{
    const QByteArray target = "http://127.0.0.1:9/api/agents/x/chat/?stream=true"_ba;
    const RawResponse redirect = exchange({{"X-Sim-Fault"_ba, "redirect:"_ba + target}});
    QCOMPARE(redirect.status, 307);
    QCOMPARE(redirect.header("Location"), target);

    // The simulator never points a client, and its key, away from this machine.
    const RawResponse refused = exchange({{"X-Sim-Fault"_ba, "redirect:http://192.0.2.1/"_ba}});
    QCOMPARE(refused.status, 400);
    QCOMPARE(parseObject(refused.body)[u"error"_s][u"code"_s].toString(), u"sim_bad_switch"_s);
}

void TestSimDialects::bigEvent()
{
    const RawResponse response = exchange({{"X-Sim-Fault"_ba, "big-event:300000"_ba}}, false);
    QVERIFY(response.complete);
    int textEvents = 0;
    for (const SseEvent &event : SseSplitter::split(response.body))
        textEvents += event.name.isEmpty() && event.data != "[DONE]" ? 1 : 0;
    QCOMPARE(textEvents, 1);
    const Decoded decoded = decode("sse-json"_ba, response.body);
    QCOMPARE(decoded.answer.toUcs4().size(), 300000);
    QCOMPARE(decoded.answer, lastChat()[u"answer"_s].toString());
}

void TestSimDialects::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("dialect");
    for (const char *dialect : {"sse-json", "ndjson", "plain", "json"})
        QTest::newRow(dialect) << QByteArray(dialect);
}

void TestSimDialects::invalidUtf8()
{
    QFETCH(QByteArray, dialect);
    const RawResponse response =
        exchange({{"X-Sim-Dialect"_ba, dialect}, {"X-Sim-Fault"_ba, "invalid-utf8"_ba}}, false);
    QVERIFY(response.complete);
    QCOMPARE(response.body.count('\xFF'), 1);
    const QString recorded = lastChat()[u"answer"_s].toString();
    QCOMPARE(recorded.count(QChar(0xFFFD)), 1);
    QCOMPARE(decode(dialect, response.body).answer, recorded);
}

void TestSimDialects::badSwitchesAreRefused_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("unknown dialect") << "X-Sim-Dialect"_ba
                                     << "klingon"_ba;
    QTest::newRow("unknown header") << "X-Sim-Colour"_ba
                                    << "red"_ba;
    QTest::newRow("unknown fault") << "X-Sim-Fault"_ba
                                   << "explode"_ba;
    QTest::newRow("fixed chunks of 0") << "X-Sim-Chunking"_ba
                                       << "fixed:0"_ba;
    QTest::newRow("negative length") << "X-Sim-Answer-Length"_ba
                                     << "-1"_ba;
    QTest::newRow("negative token length") << "X-Sim-Token-Length"_ba
                                           << "-5"_ba;
    QTest::newRow("unknown line ending") << "X-Sim-Line-Ending"_ba
                                         << "nel"_ba;
}

void TestSimDialects::badSwitchesAreRefused()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    const RawResponse response = exchange({{header, value}});
    QCOMPARE(response.status, 400);
    const QJsonObject error = parseObject(response.body)[u"error"_s].toObject();
    QCOMPARE(error[u"code"_s].toString(), u"sim_bad_switch"_s);
    QVERIFY(
        error[u"message"_s].toString().contains(QString::fromLatin1(header), Qt::CaseInsensitive));
}

void TestSimDialects::switchesAreLoggedAndSteerable()
{
    exchange({{"X-Sim-Dialect"_ba, "openai"_ba},
              {"X-Sim-Chunking"_ba, "fixed:9"_ba},
              {"X-Sim-Line-Ending"_ba, "crlf"_ba},
              {"X-Sim-Bom"_ba, "1"_ba},
              {"X-Sim-Comments"_ba, "1"_ba},
              {"X-Sim-Tokens-Per-Second"_ba, "5000"_ba},
              {"X-Sim-Fault"_ba, "pause-after:10:1"_ba}});
    const QJsonObject sim = lastChat()[u"sim"_s].toObject();
    QCOMPARE(sim[u"dialect"_s].toString(), u"openai"_s);
    QCOMPARE(sim[u"chunking"_s].toString(), u"fixed:9"_s);
    QCOMPARE(sim[u"line_ending"_s].toString(), u"crlf"_s);
    QCOMPARE(sim[u"bom"_s].toBool(), true);
    QCOMPARE(sim[u"comments"_s].toBool(), true);
    QCOMPARE(sim[u"tokens_per_second"_s].toDouble(), 5000.0);
    QCOMPARE(sim[u"answer_length"_s].toInt(), 400);
    QCOMPARE(sim[u"fault"_s].toString(), u"pause-after:10:1"_s);

    // Through /_sim/next the same switches reach clients that cannot add headers; a fault
    // meant for chat answers leaves the agent list alone.
    m_sim->setNext({{u"fault"_s, u"status:429"_s}, {u"dialect"_s, u"plain"_s}});
    QCOMPARE(exchange({}).status, 429);
    const Headers key{{"Authorization"_ba, "Bearer "_ba + m_sim->demoKey().toUtf8()}};
    QCOMPARE(sendToSim(&m_network, m_sim->origin(), "GET"_ba, u"/api/agents/"_s, {}, key).status,
             200);
    m_sim->setNext({{u"dialect"_s, u"plain"_s}});
    const RawResponse plain = exchange({});
    QCOMPARE(plain.header("Content-Type"), "text/plain; charset=utf-8"_ba);
    QCOMPARE(lastChat()[u"sim"_s][u"dialect"_s].toString(), u"plain"_s);
    // A header fault on the agent list answers there too.
    const SimReply listFault = sendToSim(&m_network,
                                         m_sim->origin(),
                                         "GET"_ba,
                                         u"/api/agents/"_s,
                                         {},
                                         key + Headers{{"X-Sim-Fault"_ba, "status:500-html"_ba}});
    QCOMPARE(listFault.status, 500);
}

QTEST_GUILESS_MAIN(TestSimDialects)
#include "tst_simdialects.moc"
