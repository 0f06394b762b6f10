// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AgentDirectory.h"
#include "AgentPicker.h"
#include "Composer.h"
#include "Conversation.h"
#include "ConversationExport.h"
#include "ConversationRecorder.h"
#include "ConversationSidebar.h"
#include "ConversationStore.h"
#include "ConversationView.h"
#include "DemoServer.h"
#include "KeyStore.h"
#include "Log.h"
#include "MessageEdit.h"
#include "Origin.h"
#include "Settings.h"
#include "SettingsDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(Settings *settings, KeyStore *keys, const Startup &startup, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_keys(keys)
    , m_startup(startup)
    , m_network(new QNetworkAccessManager(this))
    , m_directory(new AgentDirectory(m_network, this))
    , m_conversation(new Conversation(m_network, this))
    , m_banner(new QLabel(this))
    , m_bannerButton(new QPushButton(tr("Settings…"), this))
    , m_connection(new QLabel(this))
    , m_picker(new AgentPicker(this))
    , m_view(new ConversationView(this))
    , m_composer(new Composer(this))
{
    setWindowTitle(tr("Pharen Chat"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_connection->setTextFormat(Qt::PlainText);
    m_view->setConversation(m_conversation);
    m_composer->setThinking(m_settings->thinking());
    m_composer->setModel(m_settings->model());

    auto *bannerRow = new QWidget(this);
    bannerRow->setAutoFillBackground(true);
    bannerRow->setBackgroundRole(QPalette::ToolTipBase);
    auto *bannerLayout = new QHBoxLayout(bannerRow);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_bannerButton);
    bannerRow->hide();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_view, 1);
    rightLayout->addWidget(m_composer);
    auto *splitter = new QSplitter(this);
    if (!m_startup.databasePath.isEmpty()) {
        // The file is opened after the first paint (openStore); the list fills then.
        m_store = new ConversationStore(this);
        m_sidebar = new ConversationSidebar(m_store, this);
        auto *left = new QSplitter(Qt::Vertical, this);
        left->addWidget(m_sidebar);
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
    m_undoRow = new QWidget(this);
    auto *undoLayout = new QHBoxLayout(m_undoRow);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(new QLabel(tr("Conversation deleted."), m_undoRow));
    auto *undo = new QPushButton(tr("Undo"), m_undoRow);
    undo->setObjectName(QStringLiteral("undoDelete"));
    undoLayout->addWidget(undo);
    statusBar()->addWidget(m_undoRow);
    m_undoRow->hide();
    connect(undo, &QPushButton::clicked, this, &MainWindow::undoDelete);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(500);
    connect(m_draftTimer, &QTimer::timeout, this, &MainWindow::saveDraft);
    connect(m_composer->editor(), &QPlainTextEdit::textChanged, this, [this] {
        if (!m_restoringDraft)
            m_draftTimer->start();
    });
    if (m_sidebar) {
        connect(m_sidebar,
                &ConversationSidebar::conversationChosen,
                this,
                &MainWindow::openConversation);
        connect(m_sidebar, &ConversationSidebar::hitChosen, this, &MainWindow::openSearchHit);
        connect(m_sidebar,
                &ConversationSidebar::newConversationRequested,
                this,
                &MainWindow::newConversation);
        connect(m_sidebar,
                &ConversationSidebar::deleteRequested,
                this,
                &MainWindow::deleteConversation);
        connect(m_sidebar, &ConversationSidebar::exportRequested, this, &MainWindow::chooseExport);
    }
    buildMenus();

    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1100, 760);

    connect(m_bannerButton, &QPushButton::clicked, this, &MainWindow::openSettings);
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
    connect(m_keys, &KeyStore::keyRead, this, [this](const QString &entry, const QString &key) {
        if (entry != keyEntry() || !m_account.apiKey.isEmpty())
            return;
        Account account = m_account;
        account.apiKey = key;
        useAccount(account, account.origin.host());
    });
    connect(m_keys, &KeyStore::keyMissing, this, [this](const QString &entry) {
        if (entry != keyEntry() || !m_account.apiKey.isEmpty())
            return;
        m_connection->setText(tr("No API key"));
        showBanner(tr("No API key is saved for %1. Enter it in the settings.")
                       .arg(m_account.origin.toString()),
                   true);
    });
    connect(m_keys, &KeyStore::keyWritten, this, [this] {
        showBanner(tr("The API key is saved in the system keychain."));
    });
    connect(m_keys, &KeyStore::failed, this, [this](const QString &, const QString &reason) {
        if (m_account.apiKey.isEmpty()) {
            m_connection->setText(tr("No API key"));
            showBanner(tr("The API key could not be read: %1 Enter it in the settings; it will "
                          "be kept for this session only.")
                           .arg(reason),
                       true);
        } else {
            showBanner(tr("The API key could not be saved: %1 It is kept in memory for this "
                          "session only, and Pharen Chat will ask for it again next time.")
                           .arg(reason));
        }
    });
}

MainWindow::~MainWindow() = default;

bool MainWindow::isDemo() const
{
    return !m_demo.isNull();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newConversation = file->addAction(tr("&New conversation"));
    newConversation->setShortcut(QKeySequence::New);
    connect(newConversation, &QAction::triggered, this, &MainWindow::newConversation);
    if (m_store) {
        QAction *markdown = file->addAction(tr("Export conversation as &Markdown…"));
        connect(markdown, &QAction::triggered, this, [this] {
            chooseExport(m_recorder ? m_recorder->storedId() : 0, true);
        });
        QAction *json = file->addAction(tr("Export conversation as &JSON…"));
        connect(json, &QAction::triggered, this, [this] {
            chooseExport(m_recorder ? m_recorder->storedId() : 0, false);
        });
        QAction *import = file->addAction(tr("&Import conversation…"));
        connect(import, &QAction::triggered, this, &MainWindow::chooseImport);
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
    // The saved conversations load once the window has painted, and before the network starts.
    m_startRequested = true;
    if (m_store && m_painted && !m_store->isOpen())
        openStore();
    const QUrl origin = m_settings->origin();
    if (!origin.isValid() || origin.isEmpty()) {
        startDemo();
        return;
    }
    m_account.origin = origin;
    m_account.teamId = m_settings->teamId();
    if (!m_startup.environmentKey.isEmpty()) {
        Account account = m_account;
        account.apiKey = m_startup.environmentKey;
        useAccount(account, origin.host());
        showBanner(tr("Using the API key from the environment variable PHAREN_API_KEY for this "
                      "run; it is not saved."));
        return;
    }
    m_connection->setText(tr("Reading the API key…"));
    m_keys->read(keyEntry());
}

void MainWindow::startDemo()
{
    m_demo = new DemoServer(this);
    m_connection->setText(tr("Starting the local demo server…"));
    connect(m_demo, &DemoServer::ready, this, [this] {
        Account account;
        account.origin = m_demo->origin();
        account.apiKey = m_demo->apiKey();
        useAccount(account, tr("local demo server"));
        showBanner(tr("Connected to the local demo server: its agents are simulated. Enter the "
                      "address of your Pharen Hub and your API key in the settings to use real "
                      "agents."),
                   true);
    });
    connect(m_demo, &DemoServer::failed, this, [this](const QString &reason) {
        showBanner(reason, true);
    });
    m_demo->start(m_startup.simulatorProgram);
}

void MainWindow::useAccount(const Account &account, const QString &title)
{
    m_account = account;
    m_conversation->setAccount(account);
    if (m_recorder)
        m_recorder->setSecret(account.apiKey);
    AnswerStream::Limits limits;
    limits.inactivityMs = m_settings->inactivityTimeoutSeconds() * 1000;
    m_conversation->setLimits(limits);
    setWindowTitle(tr("Pharen Chat — %1").arg(title));
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
        newConversation();
    m_conversation->setAgent(agent);
    m_view->rebuild();
    m_settings->setLastAgentId(agent.id);
    m_composer->editor()->setFocus();
}

void MainWindow::sendMessage()
{
    QString problem;
    const QString text = m_composer->message();
    if (m_recorder)
        m_recorder->setChoices(m_composer->model(), m_composer->thinking());
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

void MainWindow::newConversation()
{
    saveDraft();
    if (m_conversation->isAnswering())
        m_conversation->stop();
    m_conversation->clear();
    m_view->rebuild();
    m_draftOwner = 0;
    if (m_store && m_store->isOpen()) {
        m_restoringDraft = true;
        m_composer->setMessage(m_store->draft(0));
        m_restoringDraft = false;
        m_store->setValue(QStringLiteral("last_conversation"), QString());
    }
    if (m_sidebar)
        m_sidebar->setCurrent(0);
    m_composer->editor()->setFocus();
}

void MainWindow::openStore()
{
    const ConversationStore::OpenReport report = m_store->open(m_startup.databasePath);
    using Status = ConversationStore::OpenStatus;
    switch (report.status) {
    case Status::Opened:
    case Status::Migrated:
        break;
    case Status::Recovered:
        showBanner(tr("The file of saved conversations was damaged (%1). It is kept as %2; %3 "
                      "conversations and %4 messages could be read from it and are listed.")
                       .arg(report.error,
                            QDir::toNativeSeparators(report.damagedPath),
                            QString::number(report.recoveredConversations),
                            QString::number(report.recoveredMessages)));
        break;
    case Status::NewerSchema:
        showBanner(tr("The saved conversations were written by a newer Pharen Chat and are left "
                      "untouched. This session's conversations will not be saved."));
        return;
    case Status::Failed:
        showBanner(tr("The saved conversations cannot be opened: %1 This session's conversations "
                      "will not be saved.")
                       .arg(report.error));
        return;
    }
    connect(m_store, &ConversationStore::writeFailed, this, [this](const QString &reason) {
        if (m_toldWriteFailure)
            return;
        m_toldWriteFailure = true;
        showBanner(tr("Conversations cannot be saved: %1. What was saved before is kept; what is "
                      "new stays only until Pharen Chat is closed.")
                       .arg(reason));
    });
    m_recorder = new ConversationRecorder(m_store, m_conversation, this);
    m_recorder->setSecret(m_account.apiKey);
    connect(m_recorder, &ConversationRecorder::conversationCreated, this, [this](qint64 id) {
        // The new conversation's draft is what is typed from now on; the unsaved one is used up.
        m_store->setDraft(0, QString());
        m_draftOwner = id;
        m_store->setValue(QStringLiteral("last_conversation"), QString::number(id));
        if (m_sidebar)
            m_sidebar->setCurrent(id);
    });
    connect(m_sidebar,
            &ConversationSidebar::reloaded,
            this,
            &MainWindow::conversationsLoaded,
            Qt::SingleShotConnection);
    m_sidebar->reloadNow();
    // The list first, then the last conversation: a long transcript never delays the list.
    QTimer::singleShot(0, this, [this] {
        const qint64 last = m_store->value(QStringLiteral("last_conversation")).toLongLong();
        if (last == 0 || !openConversation(last)) {
            m_draftOwner = 0;
            m_restoringDraft = true;
            if (m_composer->message().isEmpty())
                m_composer->setMessage(m_store->draft(0));
            m_restoringDraft = false;
        }
        emit historyRestored();
    });
}

bool MainWindow::openConversation(qint64 id)
{
    if (!m_store || !m_store->isOpen())
        return false;
    const auto stored = m_store->conversation(id);
    if (!stored)
        return false;
    saveDraft();
    if (m_conversation->isAnswering())
        m_conversation->stop();
    const QList<StoredMessage> messages = m_store->messages(id);
    QList<ChatMessage> transcript;
    QList<qint64> rowIds;
    for (const StoredMessage &message : messages) {
        transcript.append(ConversationRecorder::toChat(message));
        rowIds.append(message.id);
    }
    Agent agent;
    agent.id = stored->agentId;
    agent.name = stored->agentName;
    m_conversation->restore(agent, stored->serverId, transcript, stored->thinking);
    m_recorder->attach(id, rowIds);
    m_recorder->setChoices(stored->model, stored->thinking);
    m_view->rebuild();
    m_composer->setModel(stored->model);
    m_composer->setThinking(stored->thinking);
    m_draftOwner = id;
    m_restoringDraft = true;
    m_composer->setMessage(stored->draft);
    m_restoringDraft = false;
    m_store->setValue(QStringLiteral("last_conversation"), QString::number(id));
    m_sidebar->setCurrent(id);
    // With the agent list loaded, the conversation's agent is chosen there too, or is gone.
    if (m_picker->listView()->model()->rowCount() > 0 && !m_picker->choose(agent.id)) {
        showBanner(tr("The agent “%1” of this conversation is no longer available. You can "
                      "read the conversation; choose another agent to continue in a new one.")
                       .arg(agent.name));
    }
    return true;
}

void MainWindow::openSearchHit(qint64 id, int position, const QString &word)
{
    if (!openConversation(id))
        return;
    if (word.isEmpty())
        return;
    // The view has no way to address a message, so the hit is found by counting the word's
    // occurrences in the messages before it, then finding as many in the rendered text.
    int before = 0;
    const QList<ChatMessage> &messages = m_conversation->messages();
    for (int i = 0; i < position && i < messages.size(); ++i) {
        before += int(messages.at(i).text.count(word, Qt::CaseInsensitive));
        before += int(messages.at(i).reasoning.count(word, Qt::CaseInsensitive));
    }
    QTextCursor cursor(m_view->document());
    QTextCursor found;
    for (int i = 0; i <= before; ++i) {
        const QTextCursor next = m_view->document()->find(word, cursor);
        if (next.isNull())
            break;
        found = next;
        cursor = next;
    }
    if (!found.isNull()) {
        m_view->setTextCursor(found);
        m_view->ensureCursorVisible();
    }
}

void MainWindow::saveDraft()
{
    m_draftTimer->stop();
    if (!m_store || !m_store->isOpen() || m_draftOwner < 0)
        return;
    const QString text = m_composer->message();
    if (m_store->draft(m_draftOwner) != text)
        m_store->setDraft(m_draftOwner, text);
}

void MainWindow::deleteConversation(qint64 id)
{
    if (!m_store || !m_store->setDeleted(id, true))
        return;
    if (m_recorder && m_recorder->storedId() == id)
        newConversation();
    m_deleted = id;
    m_undoRow->show();
}

void MainWindow::undoDelete()
{
    if (m_deleted != 0 && m_store)
        m_store->setDeleted(m_deleted, false);
    m_deleted = 0;
    m_undoRow->hide();
}

bool MainWindow::exportConversation(qint64 id, const QString &filePath, QString *problem)
{
    const auto stored = m_store ? m_store->conversation(id) : std::nullopt;
    if (!stored) {
        if (problem)
            *problem = tr("There is no saved conversation to export yet.");
        return false;
    }
    const QList<StoredMessage> messages = m_store->messages(id);
    const QByteArray bytes =
        filePath.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
            ? QJsonDocument(ConversationExport::toJson(*stored, messages)).toJson()
            : ConversationExport::toMarkdown(*stored, messages).toUtf8();
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) < 0) {
        if (problem)
            *problem = tr("%1 cannot be written: %2").arg(filePath, file.errorString());
        return false;
    }
    return true;
}

qint64 MainWindow::importConversation(const QString &filePath, QString *problem)
{
    QString why;
    QFile file(filePath);
    StoredConversation conversation;
    QList<StoredMessage> messages;
    if (!m_store || !m_store->isOpen()) {
        why = tr("Saved conversations are not available.");
    } else if (!file.open(QIODevice::ReadOnly)) {
        why = tr("%1 cannot be read: %2").arg(filePath, file.errorString());
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        if (ConversationExport::fromJson(document.object(), &conversation, &messages, &why)) {
            if (const qint64 id = m_store->insertConversation(conversation, messages))
                return id;
            why = m_store->lastError();
        }
    }
    if (problem)
        *problem = why;
    return 0;
}

void MainWindow::chooseExport(qint64 id, bool markdown)
{
    QString problem;
    const auto stored = m_store ? m_store->conversation(id) : std::nullopt;
    if (!stored) {
        showBanner(tr("There is no saved conversation to export yet."));
        return;
    }
    const QString suggested = stored->title.left(60).replace(u'/', u'-') +
                              (markdown ? QStringLiteral(".md") : QStringLiteral(".json"));
    const QString path =
        QFileDialog::getSaveFileName(this,
                                     markdown ? tr("Export as Markdown") : tr("Export as JSON"),
                                     suggested,
                                     markdown ? tr("Markdown (*.md)") : tr("JSON (*.json)"));
    if (!path.isEmpty() && !exportConversation(id, path, &problem))
        showBanner(problem);
}

void MainWindow::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import conversation"), QString(), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString problem;
    if (const qint64 id = importConversation(path, &problem))
        openConversation(id);
    else
        showBanner(problem);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    dialog.setOrigin(isDemo() ? QUrl(Origin::Production.toString()) : m_account.origin);
    dialog.setTeamId(m_account.teamId);
    if (!isDemo() && !m_account.apiKey.isEmpty())
        dialog.setKeyPlaceholder(tr("Leave empty to keep the current key"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The agents of the previous account must not stay listed under the new one.
    m_picker->setAgents({});
    m_conversation->clear();
    m_view->rebuild();
    if (dialog.wantsDemo()) {
        m_settings->setOrigin(QUrl());
        m_account = Account();
        hideBanner();
        if (!isDemo())
            startDemo();
        else
            useAccount({m_demo->origin(), m_demo->apiKey(), {}}, tr("local demo server"));
        return;
    }

    const bool sameOrigin = !isDemo() && dialog.origin() == m_account.origin;
    m_settings->setOrigin(dialog.origin());
    m_settings->setTeamId(dialog.teamId());
    Account account;
    account.origin = dialog.origin();
    account.teamId = dialog.teamId();
    account.apiKey = dialog.apiKey().isEmpty() && sameOrigin ? m_account.apiKey : dialog.apiKey();
    if (m_demo) {
        m_demo->deleteLater();
        m_demo = nullptr;
    }
    hideBanner();
    m_account = account;
    if (!dialog.apiKey().isEmpty())
        m_keys->write(keyEntry(), dialog.apiKey());
    if (m_recorder)
        m_recorder->setSecret(account.apiKey);
    if (account.apiKey.isEmpty()) {
        m_account.apiKey.clear();
        m_keys->read(keyEntry());
        return;
    }
    useAccount(account, account.origin.host());
}

QString MainWindow::keyEntry() const
{
    return m_account.keychainEntry();
}

void MainWindow::showBanner(const QString &text, bool offerSettings)
{
    m_banner->setText(text);
    m_bannerButton->setVisible(offerSettings);
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
        if (m_startRequested && m_store && !m_store->isOpen())
            QTimer::singleShot(0, this, &MainWindow::openStore);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_recorder)
        m_recorder->flush();
    saveDraft();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->sync();
    event->accept();
}
