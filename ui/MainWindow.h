// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "Agent.h"

#include <QMainWindow>
#include <QPointer>

class AgentDirectory;
class AgentPicker;
struct ApiError;
class Composer;
class Conversation;
class ConversationView;
class DemoServer;
class KeyStore;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class Settings;

// Wires the core to the widgets: where the account comes from (the settings and the keychain, the
// environment, or the local demo server), the agent list, the conversation and the composer.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Startup
    {
        QString environmentKey;   // PHAREN_API_KEY: used for this run, never saved
        QString simulatorProgram; // empty: pharen-hub-sim beside the executable
    };

    MainWindow(Settings *settings,
               KeyStore *keys,
               const Startup &startup,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Called once the window is shown: reading the key never delays the first paint.
    void start();
    void openSettings();

    const Account &account() const { return m_account; }
    bool isDemo() const;
    AgentPicker *agentPicker() const { return m_picker; }
    Composer *composer() const { return m_composer; }
    ConversationView *conversationView() const { return m_view; }
    Conversation *conversation() const { return m_conversation; }
    QLabel *banner() const { return m_banner; }

signals:
    void agentsLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void startDemo();
    void useAccount(const Account &account, const QString &title);
    void loadAgents();
    void handleAgentsLoaded(const QList<Agent> &agents);
    void handleAgentsFailed(const ApiError &error);
    void handleAgentChosen(const Agent &agent);
    void sendMessage();
    void handleAnswerFinished(int index);
    void newConversation();
    void showBanner(const QString &text, bool offerSettings = false);
    void hideBanner();
    QString keyEntry() const;

    Settings *m_settings;
    KeyStore *m_keys;
    Startup m_startup;
    QNetworkAccessManager *m_network;
    AgentDirectory *m_directory;
    Conversation *m_conversation;
    QPointer<DemoServer> m_demo;
    Account m_account;
    QString m_lastSent;

    QLabel *m_banner;
    QPushButton *m_bannerButton;
    QLabel *m_connection;
    AgentPicker *m_picker;
    ConversationView *m_view;
    Composer *m_composer;
};
