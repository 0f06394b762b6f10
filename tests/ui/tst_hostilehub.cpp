// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentPicker.h"
#include "Composer.h"
#include "Conversation.h"
#include "ConversationHistory.h"
#include "ConversationRecorder.h"
#include "ConversationStore.h"
#include "ConversationView.h"
#include "KeyStore.h"
#include "LoopbackHub.h"
#include "MainWindow.h"
#include "MessageEdit.h"
#include "Settings.h"
#include "ShownText.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QMutex>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUuid>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

QMutex logLock;
QStringList logged;

// Everything any category says, debug included, kept here and nowhere else: the test's own output
// must not carry a key either.
void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker locker(&logLock);
    logged.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}

// The texts that hold `key`, with the key itself replaced, for a failure message.
QString leakingLines(const QStringList &texts, const QString &key)
{
    QStringList lines = texts.filter(key);
    lines.replaceInStrings(key, u"<the key>"_s);
    return lines.join(u'\n');
}

QString takeLog()
{
    const QMutexLocker locker(&logLock);
    return std::exchange(logged, {}).join(u'\n');
}

const QString AgentId = u"5f0c1a52-7d0e-4c55-9a43-2c6f0d1e8b11"_s;

LoopbackHub::Reply agentList()
{
    const QByteArray agent = R"({"id":")" + AgentId.toLatin1() +
                             R"(","name":"Hostile Helper","description":"Says too much"})";
    return {200, "OK", "application/json", R"({"data":[)" + agent + R"(],"total":1})"};
}

// The window on `origin` with `key` given as PHAREN_API_KEY would give it, so that no keychain
// is involved; the settings and the saved conversations in `dir`.
struct Session
{
    Session(const QTemporaryDir &dir, const QUrl &origin, const QString &key)
        : settings(dir.filePath(u"settings.ini"_s))
        , keys(u"Pharen Chat Tests"_s)
    {
        settings.setActiveWorkspaceId(settings.addWorkspace(u"Hostile"_s, origin).id);
        MainWindow::Startup startup;
        startup.environmentKey = key;
        startup.databasePath = dir.filePath(u"conversations.db"_s);
        window = std::make_unique<MainWindow>(&settings, &keys, startup);
        window->show();
    }

    Settings settings;
    KeyStore keys;
    std::unique_ptr<MainWindow> window;
};

// Stands in for the desktop's browser: QDesktopServices hands it what a click would open.
class DesktopCatcher : public QObject
{
    Q_OBJECT

public:
    Q_INVOKABLE void open(const QUrl &url) { opened.append(url); }
    QList<QUrl> opened;
};

} // namespace

// Hubs on loopback that misbehave on purpose, against the real window with every pharen.*
// category at debug level. One answers with a link and an image that point at another loopback
// origin: rendering loads nothing from there, and a click hands the desktop the link as the
// answer wrote it, without the key. The others quote the request's Authorization header, or the
// bare key, back in their errors, in every body shape and in the status line, for the agent list
// and for a message: no text shown to the user, no log line and no file holds the key.
class TestHostileHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void linkAndImageToAnotherOriginCarryNoKey();
    void agentListErrorQuotingTheKey_data();
    void agentListErrorQuotingTheKey();
    void chatErrorQuotingTheKey_data();
    void chatErrorQuotingTheKey();
    void answerQuotingTheKeyIsNotSaved();

private:
    static void errorRows();
    static LoopbackHub::Reply hostileReply(const LoopbackHub::Request &request);
    static bool quotesKey(const LoopbackHub::Request &request, const QString &key);
    static void chooseTheAgent(MainWindow &window);
    static void sendAndWait(MainWindow &window, const QString &text);
    static void clickLink(ConversationView *view, const QString &href);
    static int filesMentioning(const QString &dir, const QString &key);
    static QString newKey(bool phkShaped);
    QtMessageHandler m_previous = nullptr;
};

void TestHostileHub::initTestCase()
{
    // After QTest's own handler is in place, so that nothing reaches the test's output.
    m_previous = qInstallMessageHandler(capture);
    QVERIFY(qEnvironmentVariable("QT_LOGGING_RULES").contains(u"pharen.*.debug=true"_s));
}

void TestHostileHub::cleanupTestCase()
{
    qInstallMessageHandler(m_previous);
}

QString TestHostileHub::newKey(bool phkShaped)
{
    // A key without the phk_ prefix is accepted with a warning; only the registry of known keys
    // can find it in a server's words.
    const QString random = QUuid::createUuid().toString(QUuid::Id128);
    return phkShaped ? u"phk_hostile_"_s + random : u"sk-other-"_s + random;
}

void TestHostileHub::chooseTheAgent(MainWindow &window)
{
    QListView *list = window.agentPicker()->listView();
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 10000);
    list->setCurrentIndex(list->model()->index(0, 0));
    QTRY_COMPARE(window.conversation()->agent().id, AgentId);
}

void TestHostileHub::sendAndWait(MainWindow &window, const QString &text)
{
    const qsizetype before = window.conversation()->messages().size();
    window.composer()->setMessage(text);
    QTest::keyClick(window.composer()->editor(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window.conversation()->isAnswering() &&
                                 window.conversation()->messages().size() == before + 2,
                             15000);
}

// Clicks the middle of the first piece of text that links to `href`, as a person would.
void TestHostileHub::clickLink(ConversationView *view, const QString &href)
{
    const QTextDocument *document = view->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(view->document());
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            view->setTextCursor(cursor);
            view->ensureCursorVisible();
            const QPoint point = view->cursorRect(cursor).center();
            QCOMPARE(view->anchorAt(point), href);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
            return;
        }
    }
    QFAIL(qPrintable(u"no link to "_s + href));
}

int TestHostileHub::filesMentioning(const QString &dir, const QString &key)
{
    int hits = 0;
    QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            hits += int(file.readAll().count(key.toUtf8()));
    }
    return hits;
}

void TestHostileHub::linkAndImageToAnotherOriginCarryNoKey()
{
    LoopbackHub elsewhere;
    elsewhere.setResponder([](const LoopbackHub::Request &) {
        return LoopbackHub::Reply{200, "OK", "image/png", "not really a picture"};
    });
    QVERIFY(elsewhere.listen());
    const QString other = elsewhere.origin().toString();
    const QString link = other + u"/report?id=7"_s;
    const QString image = other + u"/chart.png"_s;
    const QString bare = other + u"/bare"_s;
    const QString markdown =
        u"Read [the quarterly report](%1), or <%2>.\n\n![Revenue chart](%3)\n"_s.arg(
            link, bare, image);

    LoopbackHub hub;
    hub.setResponder([&markdown](const LoopbackHub::Request &request) {
        if (request.method == "GET")
            return agentList();
        const QJsonObject answer{{u"message"_s, markdown}, {u"conversation_id"_s, u"c-1"_s}};
        return LoopbackHub::Reply{
            200, "OK", "application/json", QJsonDocument(answer).toJson(QJsonDocument::Compact)};
    });
    QVERIFY(hub.listen());

    DesktopCatcher desktop;
    QDesktopServices::setUrlHandler(u"http"_s, &desktop, "open");
    QDesktopServices::setUrlHandler(u"https"_s, &desktop, "open");
    const auto unset = qScopeGuard([] {
        QDesktopServices::unsetUrlHandler(u"http"_s);
        QDesktopServices::unsetUrlHandler(u"https"_s);
    });

    const QString key = newKey(true);
    QTemporaryDir dir;
    {
        Session session(dir, hub.origin(), key);
        MainWindow &window = *session.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        chooseTheAgent(window);
        sendAndWait(window, u"Where is the report?"_s);
        QCOMPARE(window.conversation()->messages().last().state, AnswerState::Complete);
        QCOMPARE(hub.requests().size(), 2);
        QCOMPARE(hub.requests().last().header("authorization"), "Bearer " + key.toUtf8());

        // Rendered and shown a while: the image is a link now, and nothing was fetched.
        ConversationView *view = window.conversationView();
        view->flush();
        QTest::qWait(300);
        QVERIFY(view->toPlainText().contains(u"[image: Revenue chart]"_s));
        QCOMPARE(elsewhere.connections(), 0);

        // Clicked, each goes to the desktop exactly as the answer wrote it.
        for (const QString &href : {link, bare, image}) {
            const qsizetype before = desktop.opened.size();
            clickLink(view, href);
            QTRY_COMPARE(desktop.opened.size(), before + 1);
            QCOMPARE(desktop.opened.last(), QUrl(href));
        }
        for (const QUrl &url : std::as_const(desktop.opened)) {
            const QString text = url.toString(QUrl::FullyEncoded);
            QVERIFY2(!text.contains(key) && url.userInfo().isEmpty(), qPrintable(url.path()));
            QVERIFY(!text.contains(u"Authorization"_s, Qt::CaseInsensitive));
            QVERIFY(!text.contains(u"Bearer"_s, Qt::CaseInsensitive));
        }
        window.close();
    }
    QTest::qWait(100);
    // The other origin was never contacted: no image request, nothing sent on a click.
    QCOMPARE(elsewhere.connections(), 0);
    QVERIFY(!elsewhere.received().contains(key.toUtf8()));
    QCOMPARE(int(takeLog().count(key)), 0);
    QCOMPARE(filesMentioning(dir.path(), key), 0);
}

// The request's credential as a hostile server would quote it: the whole header, or only the key.
LoopbackHub::Reply TestHostileHub::hostileReply(const LoopbackHub::Request &request)
{
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, bareKey);
    const QByteArray header = request.header("authorization");
    const QByteArray quote =
        bareKey ? header.sliced(header.indexOf(' ') + 1) : "Authorization: " + header;
    QByteArray filled = body;
    filled.replace("QUOTE", quote);
    return {status, QByteArray(reason).replace("QUOTE", quote), contentType, filled};
}

// Whether the row's reply to `request` holds the key, so that the row tests something.
bool TestHostileHub::quotesKey(const LoopbackHub::Request &request, const QString &key)
{
    const LoopbackHub::Reply reply = hostileReply(request);
    return QByteArray(reply.reason + reply.body).contains(key.toUtf8());
}

void TestHostileHub::errorRows()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("bareKey");
    QTest::addColumn<bool>("phkShaped");
    QTest::addColumn<bool>("messageShown"); // the server's words are shown, scrubbed

    const QByteArray json = "application/json";
    const QByteArray errorObject =
        R"({"error":{"code":"invalid_token","message":"QUOTE is not valid",)"
        R"("details":{"header":"QUOTE"}}})";
    const QByteArray validation = R"({"error":{"code":"validation_error","message":)"
                                  R"("model refused for QUOTE","details":{"field":"model"}}})";
    const QByteArray html = "<html><body><h1>Bad gateway</h1><pre>QUOTE</pre></body></html>";
    for (const bool phk : {true, false}) {
        const char *shape = phk ? "phk_ key" : "unprefixed key";
        auto row = [shape](const char *name) -> QTestData & {
            return QTest::addRow("%s, %s", name, shape);
        };
        row("401 error object quoting the header")
            << 401 << QByteArray("Unauthorized") << json << errorObject << false << phk << true;
        row("401 detail quoting the bare key")
            << 401 << QByteArray("Unauthorized") << json << QByteArray(R"({"detail":"QUOTE"})")
            << true << phk << true;
        row("403 message quoting the header")
            << 403 << QByteArray("Forbidden") << json << QByteArray(R"({"message":"QUOTE"})")
            << false << phk << true;
        row("500 error string and status line quoting the header")
            << 500 << QByteArray("Internal Error QUOTE") << json
            << QByteArray(R"({"error":"QUOTE"})") << false << phk << true;
        row("500 plain text quoting the bare key")
            << 500 << QByteArray("QUOTE") << QByteArray("text/plain") << QByteArray("QUOTE") << true
            << phk << false;
        row("502 HTML quoting the header")
            << 502 << QByteArray("Bad Gateway") << QByteArray("text/html") << html << false << phk
            << false;
        row("400 validation quoting the header")
            << 400 << QByteArray("Bad Request") << json << validation << false << phk << true;
        row("400 field errors quoting the bare key")
            << 400 << QByteArray("Bad Request") << json
            << QByteArray(R"({"message":["QUOTE is not allowed here"]})") << true << phk << true;
        row("429 detail quoting the header")
            << 429 << QByteArray("Too Many Requests") << json
            << QByteArray(R"({"detail":"slow down, QUOTE"})") << false << phk << true;
        row("402 credits quoting the bare key")
            << 402 << QByteArray("Payment Required") << json
            << QByteArray(R"({"error":{"code":"credits_exhausted","message":"QUOTE"}})") << true
            << phk << true;
    }
}

void TestHostileHub::agentListErrorQuotingTheKey_data()
{
    errorRows();
}

void TestHostileHub::agentListErrorQuotingTheKey()
{
    QFETCH(bool, phkShaped);
    QFETCH(bool, messageShown);
    const QString key = newKey(phkShaped);
    LoopbackHub hub;
    hub.setResponder(&TestHostileHub::hostileReply);
    QVERIFY(hub.listen());
    ShownText::BoxWatcher boxes;
    QTemporaryDir dir;
    QStringList shown;
    {
        Session session(dir, hub.origin(), key);
        QVERIFY(QTest::qWaitForWindowExposed(session.window.get()));
        session.window->start();
        QTRY_VERIFY_WITH_TIMEOUT(ShownText::collect().join(u'\n').contains(u"Not connected to"_s),
                                 10000);
        QCOMPARE(hub.requests().size(), 1);
        QVERIFY(quotesKey(hub.requests().first(), key));
        shown = ShownText::collect() + boxes.texts();
        session.window->close();
    }
    const QString all = shown.join(u'\n');
    QVERIFY2(!all.contains(key), qPrintable(leakingLines(shown, key)));
    QVERIFY(!all.contains(u"Bearer phk_"_s));
    if (messageShown)
        QVERIFY2(all.contains(u"[redacted]"_s), "the server's message was not shown at all");
    QCOMPARE(int(takeLog().count(key)), 0);
    QCOMPARE(filesMentioning(dir.path(), key), 0);
}

void TestHostileHub::chatErrorQuotingTheKey_data()
{
    errorRows();
    const QByteArray stream = "text/event-stream";
    const QByteArray errorEvent = "data: {\"delta\":\"Partial \"}\n\n"
                                  R"(data: {"error":{"code":"boom","message":"QUOTE"}})"
                                  "\n\n";
    const QByteArray refused = R"({"error":{"code":"streaming_not_allowed",)"
                               R"("message":"streaming is not allowed for QUOTE"}})";
    for (const bool phk : {true, false}) {
        const char *shape = phk ? "phk_ key" : "unprefixed key";
        QTest::addRow("200 stream with an error event quoting the header, %s", shape)
            << 200 << QByteArray("OK") << stream << errorEvent << false << phk << true;
        QTest::addRow("200 JSON answer that is an error quoting the bare key, %s", shape)
            << 200 << QByteArray("OK") << QByteArray("application/json")
            << QByteArray(R"({"error":{"message":"QUOTE"}})") << true << phk << true;
        QTest::addRow("200 HTML page quoting the header, %s", shape)
            << 200 << QByteArray("OK") << QByteArray("text/html")
            << QByteArray("<html><body><pre>QUOTE</pre></body></html>") << false << phk << false;
        QTest::addRow("403 streaming refused quoting the header, %s", shape)
            << 403 << QByteArray("Forbidden") << QByteArray("application/json") << refused << false
            << phk << true;
    }
}

void TestHostileHub::chatErrorQuotingTheKey()
{
    QFETCH(bool, phkShaped);
    QFETCH(bool, messageShown);
    const QString key = newKey(phkShaped);
    LoopbackHub hub;
    hub.setResponder([](const LoopbackHub::Request &request) {
        return request.method == "GET" ? agentList() : hostileReply(request);
    });
    QVERIFY(hub.listen());
    ShownText::BoxWatcher boxes;
    QTemporaryDir dir;
    QStringList shown;
    {
        Session session(dir, hub.origin(), key);
        MainWindow &window = *session.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        chooseTheAgent(window);
        sendAndWait(window, u"Hello"_s);
        const ChatMessage &answer = window.conversation()->messages().last();
        QVERIFY(answer.state == AnswerState::Failed || answer.state == AnswerState::Interrupted);
        QVERIFY(hub.requests().size() >= 2);
        QVERIFY(quotesKey(hub.requests().last(), key));
        window.conversationView()->flush();
        shown = ShownText::collect() + boxes.texts();
        window.close();
    }
    const QString all = shown.join(u'\n');
    QVERIFY2(!all.contains(key), qPrintable(leakingLines(shown, key)));
    QVERIFY(!all.contains(u"Bearer phk_"_s));
    if (messageShown)
        QVERIFY2(all.contains(u"[redacted]"_s), "the server's message was not shown at all");
    QCOMPARE(int(takeLog().count(key)), 0);
    QCOMPARE(filesMentioning(dir.path(), key), 0);
}

void TestHostileHub::answerQuotingTheKeyIsNotSaved()
{
    // The answer itself, and its reasoning, quote the key: the pane shows what the server sent,
    // but the database and the exports made from it hold "[redacted]" instead.
    LoopbackHub hub;
    hub.setResponder([](const LoopbackHub::Request &request) {
        if (request.method == "GET")
            return agentList();
        const QByteArray header = request.header("authorization");
        const QString key = QString::fromUtf8(header.sliced(header.indexOf(' ') + 1));
        const QJsonObject answer{{u"message"_s, QString(u"Your key is "_s + key + u", right?"_s)},
                                 {u"reasoning"_s, QString(u"They sent "_s + key)},
                                 {u"conversation_id"_s, u"c-9"_s}};
        return LoopbackHub::Reply{
            200, "OK", "application/json", QJsonDocument(answer).toJson(QJsonDocument::Compact)};
    });
    QVERIFY(hub.listen());
    const QString key = newKey(false);
    QTemporaryDir dir;
    {
        Session session(dir, hub.origin(), key);
        MainWindow &window = *session.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        chooseTheAgent(window);
        sendAndWait(window, u"What is my key?"_s);
        const ChatMessage &answer = window.conversation()->messages().last();
        QCOMPARE(answer.state, AnswerState::Complete);
        QVERIFY(answer.text.contains(key)); // the server really quoted it
        window.recorder()->flush();
        const qint64 id = window.recorder()->storedId();
        const QList<StoredMessage> saved = window.store()->messages(id);
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.last().text, u"Your key is [redacted], right?"_s);
        QVERIFY(!saved.last().reasoning.contains(key));
        for (const QString &name : {u"export.md"_s, u"export.json"_s}) {
            QString problem;
            QVERIFY2(window.history()->exportConversation(id, dir.filePath(name), &problem),
                     qPrintable(problem));
        }
        window.close();
    }
    QCOMPARE(filesMentioning(dir.path(), key), 0);
}

int main(int argc, char *argv[])
{
    qputenv("QT_LOGGING_RULES", "pharen.*.debug=true");
    QApplication app(argc, argv);
    TestHostileHub test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostilehub.moc"
