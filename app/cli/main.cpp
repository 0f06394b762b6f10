// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Account.h"
#include "CliSession.h"
#include "CrashGuard.h"
#include "KeyStore.h"
#include "Log.h"
#include "Origin.h"
#include "Settings.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <memory>

namespace {

// Set by Ctrl+C; the event loop looks at it, since almost nothing is safe in a signal handler.
std::atomic_bool interrupted = false;

void handleInterrupt(int)
{
    interrupted = true;
}

struct Arguments
{
    QCommandLineOption origin{QStringLiteral("origin"),
                              QStringLiteral("Pharen Hub address, e.g. https://pharen.app."),
                              QStringLiteral("url")};
    QCommandLineOption settings{QStringLiteral("settings"),
                                QStringLiteral("Read the origin and team from this settings file."),
                                QStringLiteral("file")};
    QCommandLineOption team{QStringLiteral("team"),
                            QStringLiteral("Team id for keys limited to a team."),
                            QStringLiteral("id")};
    QCommandLineOption agent{QStringLiteral("agent"),
                             QStringLiteral("The agent to ask, by id or name."),
                             QStringLiteral("id-or-name")};
    QCommandLineOption model{QStringLiteral("model"),
                             QStringLiteral("Override the agent's model."),
                             QStringLiteral("model")};
    QCommandLineOption think{QStringLiteral("think"), QStringLiteral("Ask for reasoning.")};
    QCommandLineOption conversation{QStringLiteral("conversation"),
                                    QStringLiteral("Continue this server conversation."),
                                    QStringLiteral("id")};
    QCommandLineOption events{QStringLiteral("events"),
                              QStringLiteral("Print each decoded event as one JSON line.")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               QStringLiteral("Seconds without any byte before giving up."),
                               QStringLiteral("seconds"),
                               QStringLiteral("120")};
};

int fail(const QString &text, int code)
{
    QTextStream(stderr) << text << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything can log or crash, so that no message and no crash report carries a key.
    CrashGuard::install();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Pharen"));
    QCoreApplication::setApplicationName(QStringLiteral("Pharen Chat"));
    Translations::install();

    Arguments options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Pharen Chat on the command line.\n\n"
                       "  pharen agents\n"
                       "  pharen ask --agent ID_OR_NAME [--model M] [--think] "
                       "[--conversation ID] [--events] MESSAGE\n\n"
                       "The API key comes from PHAREN_API_KEY or the system keychain."));
    parser.addHelpOption();
    parser.addOptions({options.origin,
                       options.settings,
                       options.team,
                       options.agent,
                       options.model,
                       options.think,
                       options.conversation,
                       options.events,
                       options.timeout});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("agents or ask"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command != u"agents" && command != u"ask")
        return fail(
            QCoreApplication::translate("main", "Give a command: agents or ask; see --help."),
            CliSession::Usage);
    if (command == u"ask" && (!parser.isSet(options.agent) || positional.size() < 2))
        return fail(QCoreApplication::translate("main", "ask needs --agent and a message."),
                    CliSession::Usage);

    auto settings = parser.isSet(options.settings)
                        ? std::make_unique<Settings>(parser.value(options.settings))
                        : std::make_unique<Settings>();
    Account account;
    QString problem;
    account.origin = parser.isSet(options.origin)
                         ? Origin::normalise(parser.value(options.origin), &problem)
                         : settings->origin();
    if (!account.origin.isValid() || account.origin.isEmpty()) {
        return fail(problem.isEmpty() ? QCoreApplication::translate(
                                            "main", "No Pharen Hub address: use --origin.")
                                      : problem,
                    CliSession::NoAccount);
    }
    account.teamId = parser.isSet(options.team) ? parser.value(options.team) : settings->teamId();
    // The window keeps the key under the active workspace; the same hub reads it from there.
    const Workspace active = settings->activeWorkspace();
    if (active.isValid() && Origin::isSameOrigin(active.origin, account.origin) &&
        active.teamId == account.teamId) {
        account.workspaceId = active.id;
    }

    CliSession session;
    CliSession::AskOptions ask;
    ask.agent = parser.value(options.agent);
    ask.message = positional.mid(1).join(u' ');
    ask.model = parser.value(options.model);
    ask.conversationId = parser.value(options.conversation);
    ask.thinking = parser.isSet(options.think);
    ask.events = parser.isSet(options.events);
    ask.inactivityMs = qMax(1, parser.value(options.timeout).toInt()) * 1000;
    session.setTimeout(ask.inactivityMs);

    QObject::connect(&session, &CliSession::done, &app, &QCoreApplication::exit);
    // Ctrl+C stops the answer like the window's Stop: what arrived is printed, exit code 17.
    std::signal(SIGINT, handleInterrupt);
    QTimer interruptCheck;
    QObject::connect(&interruptCheck, &QTimer::timeout, &session, [&session, &interruptCheck] {
        if (interrupted.exchange(false)) {
            interruptCheck.stop();
            session.stop();
        }
    });
    interruptCheck.start(100);
    KeyStore keys;
    auto begin = [&](const QString &key) {
        Redact::registerSecret(key);
        Account withKey = account;
        withKey.apiKey = key;
        session.setAccount(withKey);
        if (command == u"agents")
            session.listAgents();
        else
            session.ask(ask);
    };
    const QString environmentKey = Account::cleanKey(qEnvironmentVariable("PHAREN_API_KEY"));
    if (!environmentKey.isEmpty()) {
        begin(environmentKey);
    } else {
        QObject::connect(&keys, &KeyStore::keyRead, &app, [&](const QString &, const QString &key) {
            begin(key);
        });
        QObject::connect(&keys, &KeyStore::keyMissing, &app, [&] {
            app.exit(fail(QCoreApplication::translate(
                              "main", "No API key: set PHAREN_API_KEY or save one in Pharen Chat."),
                          CliSession::NoAccount));
        });
        QObject::connect(&keys, &KeyStore::failed, &app, [&](const QString &, const QString &why) {
            app.exit(fail(why + u' ' +
                              QCoreApplication::translate(
                                  "main", "Set PHAREN_API_KEY to use a key without the keychain."),
                          CliSession::NoAccount));
        });
        keys.read(account.keychainEntry());
    }
    return app.exec();
}
