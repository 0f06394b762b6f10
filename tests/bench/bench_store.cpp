// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Conversation.h"
#include "ConversationHistory.h"
#include "ConversationSidebar.h"
#include "ConversationStore.h"
#include "ConversationView.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

// The saved conversations at scale. Fills a database with 10,000 conversations and 200,000
// messages of varied text (one conversation has 1,000 messages; one in five conversations belongs
// to another workspace), then runs itself again on it and
// prints: start to a painted window, start to a filled list, opening the 1,000-message
// conversation, and full-text searches. Run with QT_QPA_PLATFORM=offscreen where there is no
// display. Goals: list 300 ms, open 300 ms, search 50 ms.

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

const QStringList Words = {
    u"the"_s,      u"answer"_s,     u"agent"_s,    u"review"_s,   u"function"_s,   u"returns"_s,
    u"value"_s,    u"error"_s,      u"because"_s,  u"database"_s, u"should"_s,     u"never"_s,
    u"thread"_s,   u"widget"_s,     u"layout"_s,   u"invoice"_s,  u"customer"_s,   u"quarter"_s,
    u"budget"_s,   u"forecast"_s,   u"Rechnung"_s, u"Kunde"_s,    u"Übersicht"_s,  u"Straße"_s,
    u"Änderung"_s, u"migration"_s,  u"schema"_s,   u"index"_s,    u"query"_s,      u"performance"_s,
    u"and"_s,      u"with"_s,       u"for"_s,      u"this"_s,     u"that"_s,       u"translation"_s,
    u"meeting"_s,  u"summary"_s,    u"deadline"_s, u"release"_s,  u"kubernetes"_s, u"container"_s,
    u"latency"_s,  u"throughput"_s, u"cache"_s,    u"penguin"_s,  u"harbour"_s,    u"lighthouse"_s,
    u"orchard"_s,  u"glacier"_s,
};

QString sentence(QRandomGenerator &random)
{
    const int count = 6 + int(random.bounded(14));
    QStringList words;
    for (int i = 0; i < count; ++i) {
        // A skewed choice, as in real text: a few words are very common.
        const double r = random.generateDouble();
        words << Words.at(int(r * r * Words.size()));
    }
    words.first()[0] = words.first().at(0).toUpper();
    return words.join(u' ') + u'.';
}

QString messageText(QRandomGenerator &random, bool fromUser)
{
    QString text;
    const int paragraphs = fromUser ? 1 : 1 + int(random.bounded(4));
    for (int p = 0; p < paragraphs; ++p) {
        if (!fromUser && random.bounded(5) == 0)
            text += u"## "_s + sentence(random) + u"\n\n"_s;
        const int sentences = fromUser ? 1 + int(random.bounded(3)) : 2 + int(random.bounded(5));
        for (int s = 0; s < sentences; ++s)
            text += sentence(random) + u' ';
        if (!fromUser && random.bounded(6) == 0)
            text += u"\n\n```cpp\nint value = compute(42);\nreturn value;\n```"_s;
        if (!fromUser && random.bounded(6) == 0)
            text += u"\n\n- first point\n- second point\n- third point"_s;
        text += u"\n\n"_s;
    }
    return text.trimmed();
}

QString settingsPathFor(const QString &databasePath)
{
    return databasePath + u".ini"_s;
}

int fill(const QString &path, int conversations, int messages)
{
    QElapsedTimer timer;
    timer.start();
    ConversationStore store;
    if (store.open(path).status != ConversationStore::OpenStatus::Opened) {
        out << "cannot create " << path << Qt::endl;
        return 1;
    }
    // The window's workspace holds four conversations in five (the long one among them); the
    // rest belong to another workspace, which the list and the search must skip.
    Settings settings(settingsPathFor(path));
    const QString ours = settings.addWorkspace(u"Bench"_s, QUrl(u"http://127.0.0.1:9"_s)).id;
    QRandomGenerator random(18);
    const QDateTime now = QDateTime::currentDateTime();
    const int big = 1000;
    int remaining = messages - big;
    for (int c = 0; c < conversations; ++c) {
        const int left = conversations - c;
        int count = c == 0 ? big : qMax(1, remaining / left + int(random.bounded(9)) - 4);
        count = qMin(count, qMax(1, remaining - (left - 1)));
        if (c != 0)
            remaining -= count;
        StoredConversation conversation;
        conversation.agentId = u"agent-%1"_s.arg(random.bounded(6));
        conversation.agentName = u"Agent %1"_s.arg(conversation.agentId.right(1));
        conversation.serverId = u"conv-%1"_s.arg(c);
        conversation.updatedAt = now.addSecs(-qint64(random.bounded(2 * 365 * 24 * 3600)));
        if (c == 0)
            conversation.updatedAt = now.addDays(-400); // not at the top of the list
        conversation.createdAt = conversation.updatedAt.addSecs(-3600);
        QList<StoredMessage> list;
        for (int i = 0; i < count; ++i) {
            StoredMessage m;
            m.position = i;
            m.fromUser = i % 2 == 0;
            m.text = messageText(random, m.fromUser);
            m.createdAt = m.updatedAt = conversation.createdAt.addSecs(i * 30);
            list.append(m);
        }
        conversation.title = c == 0 ? u"The long one"_s : list.first().text.left(60);
        store.setWorkspace(c % 5 == 4 ? u"elsewhere"_s : ours);
        if (store.insertConversation(conversation, list) == 0) {
            out << "insert failed: " << store.lastError() << Qt::endl;
            return 1;
        }
        if (c % 1000 == 999)
            out << "  " << c + 1 << " conversations written" << Qt::endl;
    }
    store.close();
    out << "filled " << conversations << " conversations, " << messages << " messages in "
        << timer.elapsed() / 1000.0 << " s; file " << QFileInfo(path).size() / (1024 * 1024)
        << " MB" << Qt::endl;
    return 0;
}

int measure(QElapsedTimer &sinceStart, int argc, char *argv[], const QString &path)
{
    QApplication app(argc, argv);
    Settings settings(settingsPathFor(path));
    // A closed port on loopback: the agent list fails at once and nothing leaves the machine.
    settings.setOrigin(QUrl(u"http://127.0.0.1:9"_s));
    KeyStore keys(u"Pharen Chat Bench"_s);
    MainWindow::Startup startup;
    startup.environmentKey = u"phk_bench_not_a_key"_s;
    startup.databasePath = path;
    MainWindow window(&settings, &keys, startup);

    qint64 painted = -1;
    qint64 listed = -1;
    struct PaintWatch : QObject
    {
        qint64 *at;
        QElapsedTimer *clock;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && *at < 0)
                *at = clock->elapsed();
            return false;
        }
    } watch;
    watch.at = &painted;
    watch.clock = &sinceStart;
    window.centralWidget()->installEventFilter(&watch);
    QObject::connect(
        &window, &MainWindow::conversationsLoaded, [&] { listed = sinceStart.elapsed(); });
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::start);
    QElapsedTimer wait;
    wait.start();
    while ((painted < 0 || listed < 0) && wait.elapsed() < 60000)
        app.processEvents(QEventLoop::AllEvents, 5);
    // Then the reopened last conversation and the agent request (which fails at once) settle.
    bool restored = false;
    QObject::connect(&window, &MainWindow::historyRestored, [&] { restored = true; });
    while (!restored && wait.elapsed() < 60000)
        app.processEvents(QEventLoop::AllEvents, 5);
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500)
        app.processEvents(QEventLoop::AllEvents, 5);
    out << "start to painted window: " << painted << " ms" << Qt::endl;
    out << "start to filled list:    " << listed << " ms (goal 300)" << Qt::endl;

    // The 1,000-message conversation, laid out and painted.
    qint64 id = 0;
    for (const StoredConversation &c : window.store()->conversations()) {
        if (c.title == u"The long one")
            id = c.id;
    }
    QElapsedTimer timer;
    timer.start();
    const qsizetype read = window.store()->messages(id).size();
    const qint64 reading = timer.elapsed();
    timer.restart();
    window.history()->openConversation(id);
    app.processEvents();
    const qint64 opened = timer.elapsed();
    out << "open 1,000 messages:     " << opened << " ms (goal 300), "
        << window.conversation()->messages().size() << " messages; reading the " << read
        << " messages alone: " << reading << " ms" << Qt::endl;
    timer.restart();
    window.conversationView()->rebuild();
    app.processEvents();
    out << "  of which ConversationView::rebuild(): " << timer.elapsed() << " ms" << Qt::endl;

    for (const QString &query :
         {u"lighthouse"_s, u"penguin harb"_s, u"the"_s, u"Straße"_s, u"glacier orchard"_s}) {
        QList<qint64> times;
        qsizetype hits = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            hits = window.store()->search(query).size();
            times.append(t.nsecsElapsed() / 1000);
        }
        std::sort(times.begin(), times.end());
        out << "search \"" << query << "\": " << times.at(2) / 1000.0 << " ms median of 5, " << hits
            << " hits (goal 50)" << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--measure") == 0)
            return measure(sinceStart, argc, argv, QString::fromLocal8Bit(argv[i + 1]));
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption conversations(u"conversations"_s, u"How many."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption messages(u"messages"_s, u"How many."_s, u"n"_s, u"200000"_s);
    const QCommandLineOption keep(u"database"_s, u"Use (and keep) this file."_s, u"file"_s);
    parser.addOptions({conversations, messages, keep});
    parser.process(app);
    QTemporaryDir dir;
    const QString path =
        parser.isSet(keep) ? parser.value(keep) : dir.filePath(u"conversations.sqlite"_s);
    if (!QFileInfo::exists(path)) {
        const int status =
            fill(path, parser.value(conversations).toInt(), parser.value(messages).toInt());
        if (status != 0)
            return status;
    }
    // A fresh process, so that start-up is measured from its own start.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"--measure"_s, path});
    child.waitForFinished(-1);
    return child.exitCode();
}
