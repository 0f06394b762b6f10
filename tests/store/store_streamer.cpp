// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Not a test by itself: tst_crashrecovery runs this, lets it stream a long answer from the
// simulator into a database with the same recorder the app uses, and kills it with SIGKILL.
// Prints one line per event: "ARRIVED <length> <ms>", "SAVED <index> <length>", "FINISHED".
#include "AgentDirectory.h"
#include "ApiError.h"
#include "Conversation.h"
#include "ConversationRecorder.h"
#include "ConversationStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db(
        QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("file"));
    const QCommandLineOption origin(
        QStringLiteral("origin"), QStringLiteral("origin"), QStringLiteral("url"));
    const QCommandLineOption key(
        QStringLiteral("key"), QStringLiteral("API key"), QStringLiteral("key"));
    parser.addOptions({db, origin, key});
    parser.process(app);

    auto say = [](const QByteArray &line) {
        std::fputs(line.constData(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    };
    ConversationStore store;
    const auto report = store.open(parser.value(db));
    if (report.status != ConversationStore::OpenStatus::Opened) {
        say("FAILED open");
        return 1;
    }
    Account account;
    account.origin = QUrl(parser.value(origin));
    account.apiKey = parser.value(key);
    QNetworkAccessManager network;
    Conversation conversation(&network);
    conversation.setAccount(account);
    ConversationRecorder recorder(&store, &conversation);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&conversation, &Conversation::messageChanged, [&](int index) {
        say("ARRIVED " + QByteArray::number(conversation.messages().at(index).text.size()) + ' ' +
            QByteArray::number(clock.elapsed()));
    });
    QObject::connect(&recorder, &ConversationRecorder::messageSaved, [&](int index, qint64 length) {
        say("SAVED " + QByteArray::number(index) + ' ' + QByteArray::number(length));
    });
    QObject::connect(&conversation, &Conversation::answerFinished, [&] {
        say("FINISHED");
        app.quit();
    });
    AgentDirectory directory(&network);
    QObject::connect(&directory, &AgentDirectory::loaded, [&](const QList<Agent> &agents) {
        for (const Agent &agent : agents) {
            if (!agent.isActive)
                continue;
            conversation.setAgent(agent);
            QString problem;
            if (!conversation.send(
                    QStringLiteral("Tell me a long story, please."), {}, false, &problem))
                say("FAILED send");
            return;
        }
        say("FAILED no agent");
    });
    QObject::connect(&directory, &AgentDirectory::failed, [&](const ApiError &) {
        say("FAILED agents");
        app.exit(1);
    });
    directory.load(account);
    return app.exec();
}
