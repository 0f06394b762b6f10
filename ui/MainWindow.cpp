// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AgentDirectory.h"
#include "AgentPicker.h"
#include "Composer.h"
#include "Conversation.h"
#include "ConversationHistory.h"
#include "ConversationRecorder.h"
#include "ConversationSidebar.h"
#include "ConversationStore.h"
#include "ConversationView.h"
#include "DemoServer.h"
#include "KeyFile.h"
#include "KeyStore.h"
#include "Log.h"
#include "MessageEdit.h"
#include "Origin.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "WelcomeView.h"
#include "Workspace.h"
#include "WorkspaceKeys.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(Settings *settings, KeyStore *keys, const Startup &startup, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_keys(new WorkspaceKeys(settings,
                               keys,
                               startup.keyFilePath.isEmpty() ? KeyFile::defaultPath()
                                                             : startup.keyFilePath,
                               this))
    , m_maxKeyBytes(keys->maxKeyBytes())
    , m_startup(startup)
    , m_network(new QNetworkAccessManager(this))
    , m_directory(new AgentDirectory(m_network, this))
    , m_conversation(new Conversation(m_network, this))
    , m_banner(new QLabel(this))
    , m_bannerButton(new QPushButton(tr("Settings…"), this))
    , m_bannerFileButton(new QPushButton(tr("Keep it in a file…"), this))
    , m_connection(new QLabel(this))
    , m_environmentNotice(new QLabel(this))
    , m_keyFileNotice(new QLabel(this))
    , m_workspaceBox(new QComboBox(this))
    , m_welcome(new WelcomeView(this))
    , m_picker(new AgentPicker(this))
    , m_view(new ConversationView(this))
    , m_composer(new Composer(this))
    , m_history(new ConversationHistory(
          startup.databasePath, {m_conversation, m_view, m_composer, m_picker}, this))
{
    setWindowTitle(tr("Pharen Chat"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_connection->setTextFormat(Qt::PlainText);
    m_view->setConversation(m_conversation);
    m_view->setKeepReasoningOpen(m_settings->keepReasoningOpen());
    connect(m_view,
            &ConversationView::keepReasoningOpenChanged,
            m_settings,
            &Settings::setKeepReasoningOpen);
    m_composer->setThinking(m_settings->thinking());
    m_composer->setModel(m_settings->model());

    auto *bannerRow = new QWidget(this);
    bannerRow->setAutoFillBackground(true);
    bannerRow->setBackgroundRole(QPalette::ToolTipBase);
    auto *bannerLayout = new QHBoxLayout(bannerRow);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_bannerFileButton);
    bannerLayout->addWidget(m_bannerButton);
    m_bannerFileButton->setObjectName(QStringLiteral("keyFileButton"));
    m_bannerFileButton->hide();
    bannerRow->hide();

    m_welcome->hide();
    connect(m_welcome, &WelcomeView::addWorkspaceRequested, this, &MainWindow::openSettings);
    connect(m_welcome, &WelcomeView::demoRequested, this, [this] {
        m_welcome->hide();
        if (!isDemo())
            switchWorkspace(QString());
    });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_welcome);
    rightLayout->addWidget(m_view, 1);
    rightLayout->addWidget(m_composer);
    auto *splitter = new QSplitter(this);
    if (ConversationSidebar *sidebar = m_history->sidebar()) {
        auto *left = new QSplitter(Qt::Vertical, this);
        left->addWidget(sidebar);
        left->addWidget(m_picker);
        left->setStretchFactor(0, 3);
        left->setStretchFactor(1, 2);
        splitter->addWidget(left);
    } else {
        splitter->addWidget(m_picker);
    }
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 700});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(bannerRow);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    central->installEventFilter(this);
    statusBar()->addPermanentWidget(m_connection);
    m_environmentNotice->setObjectName(QStringLiteral("environmentKeyNotice"));
    m_environmentNotice->setText(tr("API key from PHAREN_API_KEY"));
    m_environmentNotice->setToolTip(
        tr("The environment variable PHAREN_API_KEY overrides the saved key for this run; it is "
           "never saved."));
    m_environmentNotice->setVisible(!m_startup.environmentKey.isEmpty());
    statusBar()->addPermanentWidget(m_environmentNotice);
    m_keyFileNotice->setObjectName(QStringLiteral("keyFileNotice"));
    m_keyFileNotice->setText(tr("API key kept in a file"));
    m_keyFileNotice->setToolTip(
        tr("There was no system keychain, so you chose to keep this workspace's API key in the "
           "file %1. It moves into the keychain as soon as one is available.")
            .arg(QDir::toNativeSeparators(m_keys->filePath())));
    m_keyFileNotice->hide();
    statusBar()->addPermanentWidget(m_keyFileNotice);

    QToolBar *toolbar = addToolBar(tr("Workspace"));
    toolbar->setObjectName(QStringLiteral("workspaceToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("Workspace:"), toolbar));
    m_workspaceBox->setObjectName(QStringLiteral("workspaceSwitcher"));
    m_workspaceBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(m_workspaceBox);
    rebuildWorkspaceBox();
    connect(m_workspaceBox, &QComboBox::activated, this, [this](int index) {
        switchWorkspace(m_workspaceBox->itemData(index).toString());
    });
    connect(m_settings, &Settings::workspacesChanged, this, &MainWindow::rebuildWorkspaceBox);
    connect(m_settings, &Settings::activeWorkspaceChanged, this, &MainWindow::rebuildWorkspaceBox);
    statusBar()->addWidget(m_history->undoRow());
    connect(m_history, &ConversationHistory::problemFound, this, [this](const QString &text) {
        showBanner(text);
    });
    connect(m_history,
            &ConversationHistory::conversationsLoaded,
            this,
            &MainWindow::conversationsLoaded);
    connect(m_history, &ConversationHistory::historyRestored, this, &MainWindow::historyRestored);
    buildMenus();

    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1100, 760);

    connect(m_bannerButton, &QPushButton::clicked, this, &MainWindow::openSettings);
    connect(m_bannerFileButton, &QPushButton::clicked, this, &MainWindow::chooseKeyFile);
    connect(m_directory, &AgentDirectory::loaded, this, &MainWindow::handleAgentsLoaded);
    connect(m_directory, &AgentDirectory::failed, this, &MainWindow::handleAgentsFailed);
    connect(m_picker, &AgentPicker::reloadRequested, this, &MainWindow::loadAgents);
    connect(m_picker, &AgentPicker::agentChosen, this, &MainWindow::handleAgentChosen);
    connect(m_composer, &Composer::sendRequested, this, &MainWindow::sendMessage);
    connect(m_composer, &Composer::stopRequested, m_conversation, &Conversation::stop);
    connect(m_composer, &Composer::choicesChanged, this, [this] {
        m_settings->setThinking(m_composer->thinking());
        m_settings->setModel(m_composer->model());
    });
    connect(m_conversation, &Conversation::answerStarted, this, [this] {
        m_composer->setAnswering(true);
    });
    connect(m_conversation, &Conversation::answerFinished, this, &MainWindow::handleAnswerFinished);
    connect(m_conversation, &Conversation::notice, this, [this](const QString &text) {
        showBanner(text);
    });
    connect(m_view, &ConversationView::retryRequested, this, [this] {
        if (m_conversation->retry())
            m_view->followEnd();
    });
    connect(m_view, &ConversationView::continueInNewRequested, this, [this] {
        if (m_conversation->continueInNewConversation())
            m_view->followEnd();
    });
    connect(m_view, &ConversationView::keySettingsRequested, this, &MainWindow::openSettings);
    connect(m_keys, &WorkspaceKeys::found, this, &MainWindow::handleKeyFound);
    connect(m_keys, &WorkspaceKeys::missing, this, &MainWindow::handleKeyMissing);
    connect(m_keys, &WorkspaceKeys::unreadable, this, &MainWindow::handleKeyUnreadable);
    connect(m_keys, &WorkspaceKeys::notSaved, this, &MainWindow::handleKeyNotSaved);
    connect(m_keys, &WorkspaceKeys::saved, this, [this](const QString &workspaceId) {
        if (isActive(workspaceId))
            showBanner(tr("The API key is saved in the system keychain."));
    });
    connect(m_keys,
            &WorkspaceKeys::movedFromFile,
            this,
            [this](const QString &workspaceId, const QString &problem) {
                if (!problem.isEmpty()) {
                    showBanner(tr("The API key is in the system keychain now, but its file copy "
                                  "could not be removed: %1")
                                   .arg(problem));
                } else if (isActive(workspaceId)) {
                    showBanner(tr("The system keychain is available now: the API key moved into "
                                  "it, and the file copy is removed."));
                }
                updateKeyFileNotice();
            });
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::welcome() const
{
    return m_welcome;
}

bool MainWindow::isDemo() const
{
    return !m_demo.isNull();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newConversation = file->addAction(tr("&New conversation"));
    newConversation->setShortcut(QKeySequence::New);
    connect(newConversation, &QAction::triggered, m_history, &ConversationHistory::newConversation);
    if (m_history->store()) {
        QAction *markdown = file->addAction(tr("Export conversation as &Markdown…"));
        connect(markdown, &QAction::triggered, this, [this] { m_history->chooseExport(0, true); });
        QAction *json = file->addAction(tr("Export conversation as &JSON…"));
        connect(json, &QAction::triggered, this, [this] { m_history->chooseExport(0, false); });
        QAction *import = file->addAction(tr("&Import conversation…"));
        connect(import, &QAction::triggered, m_history, &ConversationHistory::chooseImport);
    }
    QAction *settings = file->addAction(tr("&Settings…"));
    // Many Linux desktops define no Preferences shortcut; Ctrl+, is the common choice there.
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    settings->setShortcuts(preferences.isEmpty()
                               ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                               : preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::start()
{
    m_startRequested = true;
    // Keys kept in a file while there was no keychain move into it now if one answers, every
    // workspace's, not only the one shown.
    m_keys->moveFileKeys();
    const Workspace active = m_settings->activeWorkspace();
    if (!active.isValid() || !active.origin.isValid() || active.origin.isEmpty()) {
        m_welcome->setVisible(m_settings->workspaces().isEmpty());
        startDemo();
    } else {
        connectWorkspace(active);
    }
    // The saved conversations load once the window has painted, and once it is known whose they
    // are; no answer from the network can arrive before that.
    if (m_painted)
        m_history->open();
}

void MainWindow::connectWorkspace(const Workspace &workspace)
{
    if (m_demo) {
        // Left before it was ready, its start-up lines may still arrive while it is stopped;
        // nothing of it may reach the window then.
        m_demo->disconnect(this);
        m_demo->deleteLater();
        m_demo = nullptr;
    }
    m_welcome->hide();
    qCDebug(lcUi) << "workspace" << workspace.id << "active";
    Account account;
    account.origin = workspace.origin;
    account.teamId = workspace.teamId;
    account.workspaceId = workspace.id;
    m_account = account;
    updateKeyFileNotice();
    m_history->showWorkspace(historyWorkspace());
    if (!m_startup.environmentKey.isEmpty()) {
        account.apiKey = m_startup.environmentKey;
        useAccount(account, workspace.name);
        showBanner(tr("Using the API key from the environment variable PHAREN_API_KEY for this "
                      "run; it is not saved."));
        return;
    }
    // The window is painted already; the key arrives when the keychain answers (or at once
    // when this session knows it).
    m_conversation->setAccount(account);
    setWindowTitle(tr("Pharen Chat — %1").arg(workspace.name));
    m_connection->setText(tr("Reading the API key…"));
    m_keys->find(workspace.id);
}

void MainWindow::leaveAccount()
{
    // Nothing of the previous workspace stays: its agents, its conversation, its requests. Its
    // last conversation is remembered, to be open again when the user comes back to it.
    m_history->leave();
    m_picker->setAgents({});
    m_conversation->setAgent(Agent());
    m_view->rebuild();
    hideBanner();
}

QString MainWindow::historyWorkspace() const
{
    // The demo server's conversations are kept apart from every real workspace's.
    return isDemo() || m_account.workspaceId.isEmpty() ? QStringLiteral("demo")
                                                       : m_account.workspaceId;
}

void MainWindow::switchWorkspace(const QString &id)
{
    if (id.isEmpty() ? isDemo() : (!isDemo() && id == m_account.workspaceId))
        return;
    const std::optional<Workspace> workspace = m_settings->workspace(id);
    if (!id.isEmpty() && !workspace)
        return;
    leaveAccount();
    m_settings->setActiveWorkspaceId(id);
    if (workspace) {
        connectWorkspace(*workspace);
        return;
    }
    m_account = Account();
    startDemo();
}

void MainWindow::rebuildWorkspaceBox()
{
    const QSignalBlocker blocker(m_workspaceBox);
    m_workspaceBox->clear();
    for (const Workspace &workspace : m_settings->workspaces())
        m_workspaceBox->addItem(workspace.name, workspace.id);
    m_workspaceBox->addItem(tr("Local demo server"), QString());
    const QString active = isDemo() ? QString() : m_settings->activeWorkspaceId();
    m_workspaceBox->setCurrentIndex(qMax(0, m_workspaceBox->findData(active)));
}

bool MainWindow::isActive(const QString &workspaceId) const
{
    return !isDemo() && !workspaceId.isEmpty() && workspaceId == m_account.workspaceId;
}

void MainWindow::handleKeyFound(const QString &workspaceId, const QString &key)
{
    if (!isActive(workspaceId) || !m_account.apiKey.isEmpty())
        return;
    Account account = m_account;
    account.apiKey = key;
    const std::optional<Workspace> workspace = m_settings->workspace(workspaceId);
    useAccount(account, workspace ? workspace->name : account.origin.host());
}

void MainWindow::handleKeyMissing(const QString &workspaceId)
{
    if (!isActive(workspaceId) || !m_account.apiKey.isEmpty())
        return;
    m_connection->setText(tr("No API key"));
    showBanner(tr("No API key is saved for %1. Enter it in the settings.")
                   .arg(m_account.origin.toString()),
               true);
}

void MainWindow::handleKeyUnreadable(const QString &workspaceId, const QString &reason)
{
    if (!isActive(workspaceId) || !m_account.apiKey.isEmpty()) {
        qCWarning(lcUi) << "keychain request for another workspace failed";
        return;
    }
    m_connection->setText(tr("No API key"));
    showBanner(tr("The API key could not be read: %1 Enter it in the settings; it will "
                  "be kept for this session only.")
                   .arg(reason),
               true);
}

void MainWindow::handleKeyNotSaved(const QString &workspaceId, const QString &reason)
{
    if (!isActive(workspaceId))
        return;
    showBanner(tr("The API key could not be saved: %1 It is kept in memory for this "
                  "session only, and Pharen Chat will ask for it again next time.")
                   .arg(reason),
               false,
               true);
}

void MainWindow::startDemo()
{
    DemoServer *demo = new DemoServer(this);
    m_demo = demo;
    m_history->showWorkspace(historyWorkspace());
    m_connection->setText(tr("Starting the local demo server…"));
    connect(demo, &DemoServer::ready, this, [this, demo] {
        if (demo != m_demo)
            return;
        Account account;
        account.origin = demo->origin();
        account.apiKey = demo->apiKey();
        useAccount(account, tr("local demo server"));
        rebuildWorkspaceBox();
        showBanner(tr("Connected to the local demo server: its agents are simulated. Enter the "
                      "address of your Pharen Hub and your API key in the settings to use real "
                      "agents."),
                   true);
    });
    connect(demo, &DemoServer::failed, this, [this, demo](const QString &reason) {
        if (demo == m_demo)
            showBanner(reason, true);
    });
    demo->start(m_startup.simulatorProgram);
}

void MainWindow::useAccount(const Account &account, const QString &title)
{
    m_account = account;
    m_conversation->setAccount(account);
    m_history->setSecret(account.apiKey);
    AnswerStream::Limits limits;
    limits.inactivityMs = m_settings->inactivityTimeoutSeconds() * 1000;
    m_conversation->setLimits(limits);
    m_conversation->setStreaming(m_settings->streaming());
    setWindowTitle(tr("Pharen Chat — %1").arg(title));
    updateKeyFileNotice();
    m_connection->setText(isDemo() ? tr("Local demo server: %1").arg(account.origin.toString())
                                   : tr("Connecting to %1…").arg(account.origin.toString()));
    loadAgents();
}

void MainWindow::loadAgents()
{
    if (!m_account.isUsable())
        return;
    m_picker->setLoading();
    m_directory->load(m_account);
}

void MainWindow::handleAgentsLoaded(const QList<Agent> &agents)
{
    if (!isDemo())
        m_connection->setText(tr("Connected to %1").arg(m_account.origin.toString()));
    m_picker->setAgents(agents);
    const QString current = m_conversation->agent().id;
    if (!m_picker->choose(current)) {
        if (!current.isEmpty() && !m_conversation->messages().isEmpty()) {
            showBanner(tr("The agent “%1” of this conversation is no longer available. You can "
                          "read the conversation; choose another agent to continue in a new one.")
                           .arg(m_conversation->agent().name));
            m_composer->setProblem(tr("This conversation's agent is no longer available."));
        } else {
            m_picker->choose(m_settings->lastAgentId());
        }
    }
    emit agentsLoaded();
}

void MainWindow::handleAgentsFailed(const ApiError &error)
{
    m_connection->setText(tr("Not connected to %1").arg(m_account.origin.toString()));
    m_picker->setProblem(error.describe());
    if (error.kind == ApiError::Kind::Unauthorized)
        showBanner(error.describe(), true);
}

void MainWindow::handleAgentChosen(const Agent &agent)
{
    if (agent.id == m_conversation->agent().id)
        return;
    if (m_conversation->isAnswering())
        m_conversation->stop();
    // Another agent means a new conversation; the one shown stays saved.
    if (!m_conversation->agent().id.isEmpty())
        m_history->newConversation();
    m_conversation->setAgent(agent);
    m_view->rebuild();
    m_settings->setLastAgentId(agent.id);
    m_composer->editor()->setFocus();
}

void MainWindow::sendMessage()
{
    QString problem;
    const QString text = m_composer->message();
    if (ConversationRecorder *recorder = m_history->recorder())
        recorder->setChoices(m_composer->model(), m_composer->thinking());
    if (!m_conversation->send(text, m_composer->model(), m_composer->thinking(), &problem)) {
        m_composer->setProblem(problem);
        return;
    }
    m_lastSent = text;
    m_composer->setMessage(QString());
    m_view->followEnd();
}

void MainWindow::handleAnswerFinished(int index)
{
    m_composer->setAnswering(false);
    const ChatMessage &answer = m_conversation->messages().at(index);
    // Nothing came back: the message goes back into the editor, ready to send again.
    if (answer.state == AnswerState::Failed && !answer.conversationLost &&
        m_composer->message().isEmpty())
        m_composer->setMessage(m_lastSent);
    if (answer.error.kind == ApiError::Kind::RateLimited) {
        // Wait as the server asks, but never hammer: a minute when it does not say.
        const QDateTime until = answer.error.retryAt.isValid()
                                    ? answer.error.retryAt
                                    : QDateTime::currentDateTimeUtc().addSecs(60);
        m_composer->holdUntil(until);
    }
    if (answer.error.field == u"model")
        m_composer->setModelProblem(answer.error.describe());
    if (answer.error.kind == ApiError::Kind::Unauthorized)
        showBanner(answer.error.describe(), true);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    dialog.setWorkspaces(m_settings->workspaces(),
                         isDemo() ? QString() : m_settings->activeWorkspaceId());
    QHash<QString, QString> known = m_keys->known();
    if (!m_account.workspaceId.isEmpty() && !m_account.apiKey.isEmpty())
        known.insert(m_account.workspaceId, m_account.apiKey);
    dialog.setKnownKeys(known);
    dialog.setMaxKeyBytes(m_maxKeyBytes);
    SettingsDialog::Preferences preferences;
    preferences.model = m_settings->model();
    preferences.thinking = m_settings->thinking();
    preferences.streaming = m_settings->streaming();
    preferences.inactivityTimeoutSeconds = m_settings->inactivityTimeoutSeconds();
    preferences.language = m_settings->language();
    dialog.setPreferences(preferences);
    if (dialog.exec() != QDialog::Accepted)
        return;

    const SettingsDialog::Preferences chosen = dialog.preferences();
    m_settings->setModel(chosen.model);
    m_settings->setThinking(chosen.thinking);
    m_settings->setStreaming(chosen.streaming);
    m_settings->setInactivityTimeoutSeconds(chosen.inactivityTimeoutSeconds);
    m_settings->setLanguage(chosen.language);
    AnswerStream::Limits limits;
    limits.inactivityMs = chosen.inactivityTimeoutSeconds * 1000;
    m_conversation->setLimits(limits);
    m_conversation->setStreaming(chosen.streaming);
    if (m_conversation->messages().isEmpty()) {
        m_composer->setModel(chosen.model);
        m_composer->setThinking(chosen.thinking);
    }

    // A removed workspace takes its key with it.
    for (const QString &id : dialog.removedIds()) {
        m_keys->forget(id); // first: the name its key had before workspaces is in the settings
        m_settings->removeWorkspace(id);
    }
    QString chosenId;
    const QList<SettingsDialog::Entry> entries = dialog.entries();
    for (int i = 0; i < entries.size(); ++i) {
        const SettingsDialog::Entry &entry = entries.at(i);
        QString id = entry.id;
        if (id.isEmpty())
            id = m_settings->addWorkspace(entry.name, entry.origin, entry.teamId).id;
        else
            m_settings->updateWorkspace({id, entry.name, entry.origin, entry.teamId});
        if (!entry.key.isEmpty())
            m_keys->save(id, entry.key);
        if (i == dialog.chosenIndex())
            chosenId = id;
    }
    if (!m_settings->workspaces().isEmpty())
        m_welcome->hide();
    // A removed workspace's conversations are kept: they join the workspace shown next.
    const bool toDemo = dialog.wantsDemo() || chosenId.isEmpty();
    int moved = 0;
    for (const QString &id : dialog.removedIds())
        moved += m_history->moveWorkspace(id, toDemo ? QStringLiteral("demo") : chosenId);
    if (moved > 0) {
        statusBar()->showMessage(tr("%n conversation(s) of the removed workspace are now listed "
                                    "here.",
                                    nullptr,
                                    moved),
                                 15000);
    }

    // Reconnect even to the same workspace: its address or key may have changed.
    leaveAccount();
    if (toDemo) {
        m_settings->setActiveWorkspaceId(QString());
        if (!isDemo()) {
            m_account = Account();
            startDemo();
        } else {
            m_history->showWorkspace(historyWorkspace());
            useAccount({m_demo->origin(), m_demo->apiKey(), {}, {}}, tr("local demo server"));
        }
        rebuildWorkspaceBox();
        return;
    }
    m_settings->setActiveWorkspaceId(chosenId);
    m_account = Account();
    connectWorkspace(*m_settings->workspace(chosenId));
    rebuildWorkspaceBox();
}

void MainWindow::chooseKeyFile()
{
    const QString key = m_account.apiKey;
    if (key.isEmpty() || m_account.workspaceId.isEmpty() || !m_startup.environmentKey.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning,
                    tr("Keep the API key in a file?"),
                    tr("There is no system keychain to keep the API key in. Pharen Chat can keep "
                       "it in the file %1 instead, which only your user account may read.\n\n"
                       "The file is not encrypted: anyone who can read your files or their "
                       "backups can read the key and use your workspace's agents with it. As soon "
                       "as a system keychain is available, Pharen Chat moves the key into it and "
                       "removes the file.")
                        .arg(QDir::toNativeSeparators(m_keys->filePath())),
                    QMessageBox::Cancel,
                    this);
    QPushButton *keep = box.addButton(tr("Keep it in a file"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepInFile"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != keep)
        return;
    QString problem;
    if (!m_keys->keepInFile(m_account.workspaceId, &problem)) {
        showBanner(tr("The API key could not be kept in a file: %1 It stays in memory for this "
                      "session only.")
                       .arg(problem));
        return;
    }
    showBanner(tr("The API key is kept in the file %1. Pharen Chat moves it into the system "
                  "keychain as soon as one is available.")
                   .arg(QDir::toNativeSeparators(m_keys->filePath())));
    updateKeyFileNotice();
}

void MainWindow::updateKeyFileNotice()
{
    m_keyFileNotice->setVisible(isActive(m_account.workspaceId) &&
                                m_startup.environmentKey.isEmpty() &&
                                m_keys->isInFile(m_account.workspaceId));
}

void MainWindow::showBanner(const QString &text, bool offerSettings, bool offerKeyFile)
{
    m_banner->setText(text);
    m_bannerButton->setVisible(offerSettings);
    m_bannerFileButton->setVisible(offerKeyFile);
    m_banner->parentWidget()->show();
}

void MainWindow::hideBanner()
{
    m_banner->parentWidget()->hide();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && watched == centralWidget() && event->type() == QEvent::Paint) {
        m_painted = true;
        if (m_startRequested)
            QTimer::singleShot(0, m_history, &ConversationHistory::open);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_history->flush();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->sync();
    event->accept();
}

ConversationSidebar *MainWindow::sidebar() const
{
    return m_history->sidebar();
}

ConversationStore *MainWindow::store() const
{
    return m_history->store();
}

ConversationRecorder *MainWindow::recorder() const
{
    return m_history->recorder();
}
