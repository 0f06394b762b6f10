// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentPicker.h"
#include "Composer.h"
#include "Conversation.h"
#include "ConversationView.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "MessageEdit.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SimProcess.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The window driven as a person would, through QTest, against the simulator over loopback.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void demoServerWhenNoAccount();
    void pickAgentTypeSendAndWatchItStream();
    void thinkingAndModelChangeWhatIsSent();
    void enterSendsShiftEnterBreaksTheLine();
    void searchAndInactiveAgents();
    void serverErrorsInWords();
    void forgottenConversationContinuesInANewOne();
    void rateLimitWaitsAndSaysWhen();
    void refusedModelIsShownNextToTheModelField();
    void stopKeepsWhatArrived();
    void commandLineShowsTheSameText();
    void settingsDialogPutsTheKeyInTheKeychain();

private:
    void openWindow();
    void chooseAgentByClick(const QString &name);
    void typeAndSend(const QString &text);
    QJsonObject lastChatBody();
    void waitForAnswer();

    QTemporaryDir m_dir;
    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_sim = std::make_unique<SimProcess>();
    QVERIFY(m_sim->start());
    // Quick answers by default; a test that watches the stream slows it down.
    m_sim->setNext(QJsonObject{{u"tokens_per_second"_s, 400}});
    const QString name = QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_s;
    m_settings = std::make_unique<Settings>(m_dir.filePath(name));
    m_keys = std::make_unique<KeyStore>(u"Pharen Chat Tests"_s);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_keys.reset();
    m_settings.reset();
    m_sim.reset();
}

void TestMainWindow::openWindow()
{
    m_settings->setOrigin(m_sim->origin());
    MainWindow::Startup startup;
    startup.environmentKey = m_sim->demoKey();
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_keys.get(), startup);
    QSignalSpy loaded(m_window.get(), &MainWindow::agentsLoaded);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
}

void TestMainWindow::chooseAgentByClick(const QString &name)
{
    QListView *list = m_window->agentPicker()->listView();
    const QModelIndexList hits = list->model()->match(
        list->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    QVERIFY2(!hits.isEmpty(), qPrintable(name));
    list->scrollTo(hits.first());
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, {}, list->visualRect(hits.first()).center());
    QTRY_COMPARE(m_window->conversation()->agent().name, name);
}

void TestMainWindow::typeAndSend(const QString &text)
{
    MessageEdit *editor = m_window->composer()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, text);
    QCOMPARE(editor->toPlainText(), text);
    QTest::keyClick(editor, Qt::Key_Return);
}

void TestMainWindow::waitForAnswer()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->conversation()->isAnswering(), 30000);
}

QJsonObject TestMainWindow::lastChatBody()
{
    const QJsonArray chats = m_sim->chatRequests();
    if (chats.isEmpty())
        return {};
    return QJsonDocument::fromJson(chats.last().toObject().value(u"body"_s).toString().toUtf8())
        .object();
}

void TestMainWindow::demoServerWhenNoAccount()
{
    // No origin in the settings: the window starts the simulator itself and says so.
    MainWindow::Startup startup;
    startup.simulatorProgram = qEnvironmentVariable("PHAREN_SIM");
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_keys.get(), startup);
    QSignalSpy loaded(m_window.get(), &MainWindow::agentsLoaded);
    m_window->show();
    m_window->start();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000);
    QVERIFY(m_window->isDemo());
    QVERIFY(m_window->windowTitle().contains(u"local demo server"_s));
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY(m_window->banner()->text().contains(u"local demo server"_s));
    QVERIFY(m_window->agentPicker()->listView()->model()->rowCount() >= 3);
    // The demo never becomes the configured account.
    QVERIFY(m_settings->origin().isEmpty());
}

void TestMainWindow::pickAgentTypeSendAndWatchItStream()
{
    openWindow();
    const QString agentName =
        m_window->agentPicker()->listView()->model()->index(0, 0).data().toString();
    chooseAgentByClick(agentName);
    m_sim->setNext(QJsonObject{{u"tokens_per_second"_s, 60}, {u"answer_length"_s, 600}});

    // Every distinct rendering of the pane while the answer streams.
    QStringList partials;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] {
        const QString text = m_window->conversationView()->toPlainText();
        if (m_window->conversation()->isAnswering() &&
            (partials.isEmpty() || partials.last() != text))
            partials << text;
    });
    sampler.start(25);
    typeAndSend(u"Hello there"_s);
    QCOMPARE(m_window->composer()->editor()->toPlainText(), QString());
    QTRY_VERIFY(m_window->conversation()->isAnswering());
    QCOMPARE(m_window->composer()->sendButton()->text(), u"Stop"_s);
    waitForAnswer();
    sampler.stop();

    QVERIFY2(partials.size() >= 3, qPrintable(QString::number(partials.size())));
    const QList<ChatMessage> &messages = m_window->conversation()->messages();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(1).state, AnswerState::Complete);
    const QJsonArray chats = m_sim->chatRequests();
    QCOMPARE(chats.size(), 1);
    QCOMPARE(messages.at(1).text, chats.first().toObject().value(u"answer"_s).toString());
    QCOMPARE(m_window->composer()->sendButton()->text(), u"Send"_s);
    // Rendered as Markdown: no fence or heading marks left in the pane.
    const QString shown = m_window->conversationView()->toPlainText();
    QVERIFY(shown.contains(u"Hello there"_s));
    QVERIFY(!shown.contains(u"```"_s));

    // The second message continues the same conversation on the server.
    const QString conversationId = m_window->conversation()->conversationId();
    QVERIFY(!conversationId.isEmpty());
    typeAndSend(u"And more?"_s);
    waitForAnswer();
    const QJsonObject second = lastChatBody();
    QCOMPARE(second.value(u"conversation_id"_s).toString(), conversationId);
    QCOMPARE(second.value(u"conversation_uuid"_s).toString(), conversationId);
    QCOMPARE(m_window->conversation()->messages().size(), 4);
}

void TestMainWindow::thinkingAndModelChangeWhatIsSent()
{
    openWindow();
    chooseAgentByClick(m_window->agentPicker()->listView()->model()->index(0, 0).data().toString());

    typeAndSend(u"Defaults"_s);
    waitForAnswer();
    QJsonObject body = lastChatBody();
    QCOMPARE(body.value(u"enable_thinking"_s), QJsonValue(false));
    QVERIFY(!body.contains(u"model"_s));

    QTest::mouseClick(m_window->composer()->thinkingToggle(), Qt::LeftButton);
    QVERIFY(m_window->composer()->thinking());
    QTest::keyClicks(m_window->composer()->modelField(), u"sim-large"_s);
    typeAndSend(u"With reasoning"_s);
    waitForAnswer();
    body = lastChatBody();
    QCOMPARE(body.value(u"enable_thinking"_s), QJsonValue(true));
    QCOMPARE(body.value(u"model"_s).toString(), u"sim-large"_s);

    // Reasoning is shown apart from the answer, and the model is named in the answer.
    const ChatMessage &answer = m_window->conversation()->messages().constLast();
    QVERIFY(!answer.reasoning.isEmpty());
    QVERIFY(!answer.text.contains(answer.reasoning.left(40)));
    QVERIFY(answer.text.contains(u"sim-large"_s));
    // Reasoning folds away once the answer starts; the reader opens it again.
    m_window->conversationView()->setKeepReasoningOpen(true);
    const QString shown = m_window->conversationView()->toPlainText();
    QVERIFY(shown.contains(u"Reasoning"_s));
    QVERIFY(shown.contains(answer.reasoning.left(40)));
}

void TestMainWindow::enterSendsShiftEnterBreaksTheLine()
{
    openWindow();
    chooseAgentByClick(m_window->agentPicker()->listView()->model()->index(0, 0).data().toString());
    MessageEdit *editor = m_window->composer()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, u"first line"_s);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(editor, u"second line"_s);
    QCOMPARE(editor->toPlainText(), u"first line\nsecond line"_s);
    QVERIFY(m_window->conversation()->messages().isEmpty());
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_window->conversation()->messages().size(), 2);
    QCOMPARE(m_window->conversation()->messages().first().text, u"first line\nsecond line"_s);
    waitForAnswer();
}

void TestMainWindow::searchAndInactiveAgents()
{
    openWindow();
    AgentPicker *picker = m_window->agentPicker();
    QAbstractItemModel *model = picker->listView()->model();
    const int all = model->rowCount();
    QVERIFY(all >= 3);
    int inactiveRow = -1;
    for (int row = 0; row < all; ++row) {
        if (!(model->flags(model->index(row, 0)) & Qt::ItemIsEnabled))
            inactiveRow = row;
    }
    QVERIFY2(inactiveRow >= 0, "the simulator lists one inactive agent");
    const QModelIndex inactive = model->index(inactiveRow, 0);
    QVERIFY(!(model->flags(inactive) & Qt::ItemIsSelectable));
    QTest::mouseClick(picker->listView()->viewport(),
                      Qt::LeftButton,
                      {},
                      picker->listView()->visualRect(inactive).center());
    QVERIFY(m_window->conversation()->agent().id.isEmpty());

    const QString name = model->index(0, 0).data().toString();
    QTest::keyClicks(picker->searchField(), name.left(5).toUpper());
    QVERIFY(model->rowCount() >= 1);
    QVERIFY(model->rowCount() < all);
    QVERIFY(model->index(0, 0).data().toString().startsWith(name.left(5)));
    picker->searchField()->clear();
    QCOMPARE(model->rowCount(), all);
}

void TestMainWindow::serverErrorsInWords()
{
    openWindow();
    chooseAgentByClick(m_window->agentPicker()->listView()->model()->index(0, 0).data().toString());
    // A refused key: words, not a code, and the message back in the editor.
    m_sim->setNext(QJsonObject{{u"fault"_s, u"status:401"_s}});
    typeAndSend(u"Are you there?"_s);
    waitForAnswer();
    QCOMPARE(m_window->conversation()->messages().constLast().state, AnswerState::Failed);
    QTRY_VERIFY(m_window->conversationView()->toPlainText().contains(u"API key rejected"_s));
    QVERIFY(!m_window->conversationView()->toPlainText().contains(u"401"_s));
    QCOMPARE(m_window->composer()->message(), u"Are you there?"_s);
}

void TestMainWindow::forgottenConversationContinuesInANewOne()
{
    openWindow();
    chooseAgentByClick(m_window->agentPicker()->listView()->model()->index(0, 0).data().toString());
    typeAndSend(u"First"_s);
    waitForAnswer();
    // The server forgets the conversation (as after a restart of the service).
    m_window->conversation()->setConversationId(u"conv_123"_s);
    typeAndSend(u"Second"_s);
    waitForAnswer();
    const ChatMessage &lost = m_window->conversation()->messages().constLast();
    QCOMPARE(lost.state, AnswerState::Failed);
    QVERIFY(lost.conversationLost);
    QTRY_VERIFY(
        m_window->conversationView()->toPlainText().contains(u"Continue in a new conversation"_s));
    QCOMPARE(m_window->conversation()->messages().size(), 4);

    emit m_window->conversationView()->anchorClicked(QUrl(u"pharen-action:continue-in-new"_s));
    waitForAnswer();
    const QList<ChatMessage> &messages = m_window->conversation()->messages();
    QCOMPARE(messages.size(), 5);
    QCOMPARE(messages.constLast().state, AnswerState::Complete);
    QCOMPARE(messages.first().text, u"First"_s);
    const QJsonObject body = lastChatBody();
    QCOMPARE(body.value(u"message"_s).toString(), u"Second"_s);
    QVERIFY(!body.contains(u"conversation_id"_s));
    QVERIFY(!m_window->conversation()->conversationId().isEmpty());
    QVERIFY(m_window->conversation()->conversationId() != u"conv_123"_s);
    // Offered once: a second click does nothing.
    QVERIFY(!m_window->conversation()->continueInNewConversation());
}

void TestMainWindow::rateLimitWaitsAndSaysWhen()
{
    openWindow();
    chooseAgentByClick(m_window->agentPicker()->listView()->model()->index(0, 0).data().toString());
    m_sim->setNext(QJsonObject{{u"fault"_s, u"status:429"_s}});
    typeAndSend(u"Quick question"_s);
    waitForAnswer();
    const ChatMessage &answer = m_window->conversation()->messages().constLast();
    QCOMPARE(answer.error.kind, ApiError::Kind::RateLimited);
    QVERIFY(answer.error.retryAt.isValid());
    QTRY_VERIFY(m_window->conversationView()->toPlainText().contains(u"Rate limited"_s));
    // The message waits in the editor; sending is held with the time left shown.
    QCOMPARE(m_window->composer()->message(), u"Quick question"_s);
    QVERIFY(m_window->composer()->isHeld());
    QVERIFY(!m_window->composer()->sendButton()->isEnabled());
    const int requests = int(m_sim->chatRequests().size());
    QTest::keyClick(m_window->composer()->editor(), Qt::Key_Return);
    QTest::qWait(100);
    QCOMPARE(int(m_sim->chatRequests().size()), requests);
}

void TestMainWindow::refusedModelIsShownNextToTheModelField()
{
    openWindow();
    chooseAgentByClick(m_window->agentPicker()->listView()->model()->index(0, 0).data().toString());
    QTest::keyClicks(m_window->composer()->modelField(), u"sim-blocked"_s);
    typeAndSend(u"Use the blocked model"_s);
    waitForAnswer();
    const ChatMessage &answer = m_window->conversation()->messages().constLast();
    QCOMPARE(answer.error.kind, ApiError::Kind::Validation);
    QCOMPARE(answer.error.field, u"model"_s);
    auto *modelProblem = m_window->composer()->findChild<QLabel *>(u"modelProblem"_s);
    QVERIFY(modelProblem);
    QVERIFY(modelProblem->isVisible());
    QVERIFY(modelProblem->text().contains(u"not allowed"_s));
    // Correcting the model clears the remark.
    QTest::keyClick(m_window->composer()->modelField(), Qt::Key_Backspace);
    QVERIFY(!modelProblem->isVisible());
}

void TestMainWindow::stopKeepsWhatArrived()
{
    openWindow();
    chooseAgentByClick(m_window->agentPicker()->listView()->model()->index(0, 0).data().toString());
    m_sim->setNext(QJsonObject{{u"tokens_per_second"_s, 30}});
    typeAndSend(u"Tell me a long story"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->conversation()->messages().constLast().text.size() > 20,
                             10000);
    QTest::mouseClick(m_window->composer()->sendButton(), Qt::LeftButton);
    waitForAnswer();
    const ChatMessage &answer = m_window->conversation()->messages().constLast();
    QCOMPARE(answer.state, AnswerState::Stopped);
    QVERIFY(answer.text.size() > 20);
    QTRY_VERIFY(m_window->conversationView()->toPlainText().contains(u"Stopped by you"_s));
    QCOMPARE(m_window->composer()->sendButton()->text(), u"Send"_s);
}

void TestMainWindow::commandLineShowsTheSameText()
{
    openWindow();
    const QString agentName =
        m_window->agentPicker()->listView()->model()->index(0, 0).data().toString();
    chooseAgentByClick(agentName);
    typeAndSend(u"Same words please"_s);
    waitForAnswer();
    const QString windowText = m_window->conversation()->messages().constLast().text;
    QVERIFY(!windowText.isEmpty());

    // The simulator answers a conversation's first message the same way for the same agent.
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PHAREN_API_KEY"_s, m_sim->demoKey());
    cli.setProcessEnvironment(environment);
    cli.start(qEnvironmentVariable("PHAREN_CLI"),
              {u"ask"_s,
               u"--origin"_s,
               m_sim->origin().toString(),
               u"--agent"_s,
               m_window->conversation()->agent().id,
               u"Same words please"_s});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    QString printed = QString::fromUtf8(cli.readAllStandardOutput());
    if (!windowText.endsWith(u'\n') && printed.endsWith(u'\n'))
        printed.chop(1);
    QCOMPARE(printed, windowText);
}

void TestMainWindow::settingsDialogPutsTheKeyInTheKeychain()
{
    // Start in demo mode, then configure the simulator as if it were a real hub.
    MainWindow::Startup startup;
    startup.simulatorProgram = qEnvironmentVariable("PHAREN_SIM");
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_keys.get(), startup);
    m_window->show();
    m_window->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isDemo() && m_window->account().isUsable(), 15000);

    const QString origin = m_sim->origin().toString() + u"/api/"_s;
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->keyField()->echoMode(), QLineEdit::Password);
        dialog->originField()->setText(origin);
        dialog->keyField()->setText(u"  Bearer "_s + m_sim->demoKey() + u" "_s);
        filled = true;
        dialog->accept();
    });
    QSignalSpy loaded(m_window.get(), &MainWindow::agentsLoaded);
    m_window->openSettings();
    QVERIFY(filled);
    QCOMPARE(m_window->account().origin, m_sim->origin());
    QCOMPARE(m_window->account().apiKey, m_sim->demoKey());
    QVERIFY(!m_window->isDemo());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);

    // In the keychain under the origin, and nowhere in the settings file.
    KeyStore reader(u"Pharen Chat Tests"_s);
    QSignalSpy read(&reader, &KeyStore::keyRead);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->text().contains(u"keychain"_s), 10000);
    reader.read(m_window->account().keychainEntry());
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 10000);
    QCOMPARE(read.first().at(1).toString(), m_sim->demoKey());
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains(m_sim->origin().host().toUtf8()));
    QVERIFY(!stored.contains(m_sim->demoKey().toUtf8()));
    m_keys->remove(m_window->account().keychainEntry());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
