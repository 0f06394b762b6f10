// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AgentDirectory.h"
#include "AgentPicker.h"
#include "Composer.h"
#include "Conversation.h"
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
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
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
    splitter->addWidget(m_picker);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 700});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(bannerRow);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_connection);
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
        if (entry == keyEntry() && m_account.apiKey.isEmpty())
            showBanner(tr("No API key is saved for %1. Enter it in the settings.")
                           .arg(m_account.origin.toString()),
                       true);
    });
    connect(m_keys, &KeyStore::keyWritten, this, [this] {
        showBanner(tr("The API key is saved in the system keychain."));
    });
    connect(m_keys, &KeyStore::failed, this, [this](const QString &, const QString &reason) {
        if (m_account.apiKey.isEmpty()) {
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
    QAction *settings = file->addAction(tr("&Settings…"));
    settings->setShortcut(QKeySequence::Preferences);
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
    AnswerStream::Limits limits;
    limits.inactivityMs = m_settings->inactivityTimeoutSeconds() * 1000;
    m_conversation->setLimits(limits);
    setWindowTitle(tr("Pharen Chat — %1").arg(title));
    m_connection->setText(isDemo() ? tr("Local demo server: %1").arg(account.origin.toString())
                                   : tr("Connected to %1").arg(account.origin.toString()));
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
    m_picker->setAgents(agents);
    if (!m_picker->choose(m_conversation->agent().id))
        m_picker->choose(m_settings->lastAgentId());
    emit agentsLoaded();
}

void MainWindow::handleAgentsFailed(const ApiError &error)
{
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
    m_conversation->setAgent(agent);
    m_view->rebuild();
    m_settings->setLastAgentId(agent.id);
    m_composer->editor()->setFocus();
}

void MainWindow::sendMessage()
{
    QString problem;
    const QString text = m_composer->message();
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
    m_conversation->clear();
    m_view->rebuild();
    m_composer->editor()->setFocus();
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
    m_conversation->clear();
    m_view->rebuild();
    if (!dialog.apiKey().isEmpty())
        m_keys->write(keyEntry(), dialog.apiKey());
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->sync();
    event->accept();
}
