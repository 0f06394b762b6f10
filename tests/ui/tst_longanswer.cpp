// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentPicker.h"
#include "Composer.h"
#include "Conversation.h"
#include "ConversationView.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "MessageEdit.h"
#include "PaneTestSupport.h"
#include "Settings.h"
#include "SimProcess.h"

#include <QElapsedTimer>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// F13: a long answer streams into the window while the user types in the composer.
class TestLongAnswer : public QObject
{
    Q_OBJECT

private slots:
    void typingStaysResponsiveWhileALongAnswerStreams();
};

void TestLongAnswer::typingStaysResponsiveWhileALongAnswerStreams()
{
    SimProcess sim;
    QVERIFY(sim.start());
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    settings.setOrigin(sim.origin());
    KeyStore keys(u"Pharen Chat Tests"_s);
    MainWindow::Startup startup;
    startup.environmentKey = sim.demoKey();
    MainWindow window(&settings, &keys, startup);
    QSignalSpy loaded(&window, &MainWindow::agentsLoaded);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    QListView *list = window.agentPicker()->listView();
    const QModelIndex first = list->model()->index(0, 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
    QTRY_VERIFY(!window.conversation()->agent().id.isEmpty());

    // 40,000 characters of Markdown (the simulator's answers: headings, lists, fenced blocks) as
    // 8,000 deltas of 5 characters at 200 a second. Word pieces would be only about 4,200.
    sim.setNext(QJsonObject{
        {u"tokens_per_second"_s, 200}, {u"answer_length"_s, 40000}, {u"token_length"_s, 5}});
    MessageEdit *editor = window.composer()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, u"Tell me everything"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(window.conversation()->isAnswering());

    ConversationView *view = window.conversationView();
    // What the pane had laid out when each delta of the answer arrived. Counted by decoded event,
    // not by messageChanged: one read may carry several deltas when the machine is busy.
    QList<qint64> costAtDelta;
    connect(window.conversation(),
            &Conversation::eventsDecoded,
            this,
            [&](const QList<StreamEvent> &events) {
                for (const StreamEvent &event : events) {
                    if (event.kind == StreamEvent::Kind::AnswerText)
                        costAtDelta.append(view->stats().charactersInserted);
                }
            });
    // A 50 ms timer: how late does it fire? And a key every 50 ms: how soon does it show?
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 latest = 0;
    QTimer ticker;
    ticker.setInterval(50);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        if (lastTick > 0)
            latest = std::max(latest, now - lastTick - 50);
        lastTick = now;
    });
    qint64 typedAt = -1;
    qint64 slowestEcho = 0;
    int typed = 0;
    connect(editor, &QPlainTextEdit::textChanged, this, [&] {
        if (typedAt >= 0) {
            slowestEcho = std::max(slowestEcho, clock.elapsed() - typedAt);
            typedAt = -1;
        }
    });
    QTimer typist;
    typist.setInterval(50);
    connect(&typist, &QTimer::timeout, this, [&] {
        if (typedAt >= 0)
            return;
        typedAt = clock.elapsed();
        ++typed;
        QCoreApplication::postEvent(editor, new QKeyEvent(QEvent::KeyPress, Qt::Key_A, {}, u"a"_s));
        QCoreApplication::postEvent(editor,
                                    new QKeyEvent(QEvent::KeyRelease, Qt::Key_A, {}, u"a"_s));
    });
    ticker.start();
    typist.start();
    QTRY_VERIFY_WITH_TIMEOUT(!window.conversation()->isAnswering(), 120000);
    ticker.stop();
    typist.stop();
    // The pane lays out the finished answer at its next frame; the user sees it then.
    view->flush();

    const ChatMessage &answer = window.conversation()->messages().constLast();
    QCOMPARE(answer.state, AnswerState::Complete);
    QCOMPARE(answer.text.size(), 40000);
    qInfo() << "answer deltas" << costAtDelta.size() << "keys typed" << typed << "slowest echo"
            << slowestEcho << "ms, timer at most" << latest << "ms late";
    QVERIFY(typed > 200);
    QVERIFY2(slowestEcho <= 100, qPrintable(QString::number(slowestEcho)));
    QVERIFY2(latest <= 100, qPrintable(QString::number(latest)));

    // The cost of the last 1,000 deltas (characters laid out again) is at most twice that of
    // the first 1,000.
    QCOMPARE(costAtDelta.size(), 8000);
    const qint64 firstCost = costAtDelta.at(1000) - costAtDelta.at(0);
    const qint64 lastCost =
        view->stats().charactersInserted - costAtDelta.at(costAtDelta.size() - 1000);
    qInfo() << "characters laid out: first 1,000 deltas" << firstCost << "last 1,000" << lastCost;
    QVERIFY2(lastCost <= 2 * firstCost, qPrintable(u"%1 vs %2"_s.arg(lastCost).arg(firstCost)));

    // The final rendering equals a one-shot rendering of the same transcript.
    ConversationView oneShot;
    oneShot.setAgentName(window.conversation()->agent().name);
    for (const ChatMessage &message : window.conversation()->messages())
        oneShot.appendMessage(message);
    QCOMPARE(PaneTest::describe(view->document()), PaneTest::describe(oneShot.document()));
}

QTEST_MAIN(TestLongAnswer)
#include "tst_longanswer.moc"
