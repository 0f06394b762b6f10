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
class ConversationHistory;
class ConversationRecorder;
class ConversationSidebar;
class ConversationStore;
class ConversationView;
class DemoServer;
class KeyStore;
class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTimer;
class Settings;
class WelcomeView;
class WorkspaceKeys;
struct Workspace;

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
        QString databasePath;     // the saved conversations; empty: none are kept
        QString keyFilePath;      // where a key goes when the user chooses a file; empty: default
    };

    MainWindow(Settings *settings,
               KeyStore *keys,
               const Startup &startup,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Called once the window is shown: reading the key never delays the first paint.
    void start();
    void openSettings();
    // One click in the toolbar: another workspace's agents, key and a new conversation. An empty
    // id is the local demo server.
    void switchWorkspace(const QString &id);

    const Account &account() const { return m_account; }
    bool isDemo() const;
    AgentPicker *agentPicker() const { return m_picker; }
    Composer *composer() const { return m_composer; }
    ConversationView *conversationView() const { return m_view; }
    Conversation *conversation() const { return m_conversation; }
    QLabel *banner() const { return m_banner; }
    QComboBox *workspaceSwitcher() const { return m_workspaceBox; }
    QWidget *welcome() const;
    QLabel *environmentKeyNotice() const { return m_environmentNotice; }
    QLabel *keyFileNotice() const { return m_keyFileNotice; }
    // Offered when the keychain could not save the key: keeping it in a file, after a warning.
    QPushButton *keyFileButton() const { return m_bannerFileButton; }
    // The saved conversations: the sidebar, opening, drafts, deletion, export and import.
    ConversationHistory *history() const { return m_history; }
    ConversationSidebar *sidebar() const;
    ConversationStore *store() const;
    ConversationRecorder *recorder() const;

signals:
    void agentsLoaded();
    // The saved conversations are listed (after the first paint).
    void conversationsLoaded();
    // After the list: the last conversation is open again, or a new one with its draft.
    void historyRestored();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void startDemo();
    void connectWorkspace(const Workspace &workspace);
    void leaveAccount();
    // The workspace whose conversations the sidebar lists; the demo server has its own.
    QString historyWorkspace() const;
    void rebuildWorkspaceBox();
    // The workspace shown is `workspaceId` (not the demo server).
    bool isActive(const QString &workspaceId) const;
    void handleKeyFound(const QString &workspaceId, const QString &key);
    void handleKeyMissing(const QString &workspaceId);
    void handleKeyUnreadable(const QString &workspaceId, const QString &reason);
    void handleKeyNotSaved(const QString &workspaceId, const QString &reason);
    void useAccount(const Account &account, const QString &title);
    void loadAgents();
    void handleAgentsLoaded(const QList<Agent> &agents);
    void handleAgentsFailed(const ApiError &error);
    void handleAgentChosen(const Agent &agent);
    void sendMessage();
    void handleAnswerFinished(int index);
    void showBanner(const QString &text, bool offerSettings = false, bool offerKeyFile = false);
    // Asks, with the warning, whether the key may be kept in a file, and keeps it there if so.
    void chooseKeyFile();
    void updateKeyFileNotice();
    void hideBanner();

    Settings *m_settings;
    WorkspaceKeys *m_keys;
    int m_maxKeyBytes;
    Startup m_startup;
    QNetworkAccessManager *m_network;
    AgentDirectory *m_directory;
    Conversation *m_conversation;
    QPointer<DemoServer> m_demo;
    Account m_account;
    QString m_lastSent;

    QLabel *m_banner;
    QPushButton *m_bannerButton;
    QPushButton *m_bannerFileButton;
    QLabel *m_connection;
    QLabel *m_environmentNotice;
    QLabel *m_keyFileNotice;
    QComboBox *m_workspaceBox;
    WelcomeView *m_welcome;
    AgentPicker *m_picker;
    ConversationView *m_view;
    Composer *m_composer;

    ConversationHistory *m_history;
    bool m_painted = false;
    bool m_startRequested = false;
};
