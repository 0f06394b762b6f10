// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentPicker.h"
#include "Composer.h"
#include "Conversation.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "MessageEdit.h"
#include "Settings.h"
#include "Translations.h"

#include <QApplication>
#include <QListView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

// Usage: pharen-screenshot OUTPUT.png [language]
// Opens the real window on the local demo server, sends one message with reasoning on, and saves
// a picture of the window once the answer has streamed in.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 2) {
        QTextStream(stderr) << "usage: pharen-screenshot OUTPUT.png [language]\n";
        return 2;
    }
    const QString output = arguments.at(1);
    Translations::install(arguments.value(2, QStringLiteral("en")));

    QTemporaryDir scratch;
    Settings settings(scratch.filePath(QStringLiteral("settings.ini")));
    settings.setThinking(true);
    KeyStore keys;
    MainWindow window(&settings, &keys, {});
    window.resize(1180, 800);
    window.show();

    QObject::connect(&window, &MainWindow::agentsLoaded, &window, [&window] {
        QListView *list = window.agentPicker()->listView();
        list->setCurrentIndex(list->model()->index(0, 0));
        window.composer()->setMessage(
            QCoreApplication::translate("screenshot", "How should we plan the release?"));
        emit window.composer()->sendRequested();
    });
    QObject::connect(window.conversation(), &Conversation::answerFinished, &window, [&] {
        // One more frame so that the last update is painted.
        QTimer::singleShot(100, &window, [&] {
            const bool saved = window.grab().save(output);
            QTextStream(stdout) << (saved ? "saved " : "could not save ") << output << '\n';
            QApplication::exit(saved ? 0 : 1);
        });
    });
    QTimer::singleShot(60'000, &app, [] {
        QTextStream(stderr) << "no answer within a minute\n";
        QApplication::exit(1);
    });
    QTimer::singleShot(0, &window, &MainWindow::start);
    return app.exec();
}
