// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Account.h"
#include "ConversationStore.h"
#include "CrashGuard.h"
#include "KeyStore.h"
#include "Log.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <memory>

int main(int argc, char *argv[])
{
    // Before anything can log or crash, so that no message and no crash report carries a key.
    CrashGuard::install();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pharen"));
    QApplication::setApplicationName(QStringLiteral("Pharen Chat"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("app.pharen.Chat"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Pharen Chat"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption settingsFile(QStringLiteral("settings"),
                                          QStringLiteral("Use this settings file."),
                                          QStringLiteral("file"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Language of the interface (de, en)."),
                                      QStringLiteral("code"));
    const QCommandLineOption simulator(QStringLiteral("simulator"),
                                       QStringLiteral("The demo server program to start."),
                                       QStringLiteral("program"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("Keep the conversations in this file."),
                                      QStringLiteral("file"));
    parser.addOptions({settingsFile, language, simulator, database});
    parser.process(app);

    auto settings = parser.isSet(settingsFile)
                        ? std::make_unique<Settings>(parser.value(settingsFile))
                        : std::make_unique<Settings>();
    Translations::install(parser.isSet(language) ? parser.value(language) : settings->language());

    KeyStore keys;
    MainWindow::Startup startup;
    startup.environmentKey = Account::cleanKey(qEnvironmentVariable("PHAREN_API_KEY"));
    Redact::registerSecret(startup.environmentKey);
    startup.simulatorProgram = parser.value(simulator);
    startup.databasePath =
        parser.isSet(database) ? parser.value(database) : ConversationStore::defaultPath();
    MainWindow window(settings.get(), &keys, startup);
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::start);
    return app.exec();
}
