// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerRenderer.h"
#include "ConversationView.h"
#include "LinkGuard.h"
#include "MarkdownRenderer.h"
#include "PaneTestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using PaneTest::agentMessage;
using PaneTest::userMessage;

// The conversation pane on its own, fed message by message as a Conversation would feed it.
class TestConversationView : public QObject
{
    Q_OBJECT

private slots:
    void showsTheTranscript();
    void streamedEqualsOneShot_data();
    void streamedEqualsOneShot();
    void eachFrameEqualsAFreshRendering_data();
    void eachFrameEqualsAFreshRendering();
    void oneShotMatchesQtsImporter_data();
    void oneShotMatchesQtsImporter();
    void adjacentCodeBlocksKeepTheirOwnHeaders_data();
    void adjacentCodeBlocksKeepTheirOwnHeaders();
    void fencesNeverFlashWhileStreaming();
    void unclosedFenceEndsAsCode();
    void halfTypedMarkdownNeverFlashes_data();
    void halfTypedMarkdownNeverFlashes();
    void costPerUpdateStaysFlat();
    void hugeLinesStreamInBoundedSteps_data();
    void hugeLinesStreamInBoundedSteps();
    void followsTheEndOnlyWhileTheUserIsThere();
    void selectionSurvivesUpdatesAndCopiesExactly();
    void hostileAnswersMakeNoRequest();
    void rawHtmlShowsAsText();
    void linkGuardDecides_data();
    void linkGuardDecides();
    void clickedLinksGoThroughTheGuard();
    void copyActions();
    void reasoningOpensWhileThinkingAndRemembersTheChoice();
    void codeAndQuotesReadableInLightAndDark();

private:
    static void stream(ConversationView &view,
                       const QString &text,
                       const QList<qsizetype> &cuts,
                       AnswerState end = AnswerState::Complete,
                       const std::function<void()> &afterFrame = {});
    static QString answerText(const ConversationView &view);
};

void TestConversationView::stream(ConversationView &view,
                                  const QString &text,
                                  const QList<qsizetype> &cuts,
                                  AnswerState end,
                                  const std::function<void()> &afterFrame)
{
    const int index = int(view.messages().size());
    view.appendMessage(agentMessage({}, AnswerState::Streaming));
    for (const qsizetype cut : cuts) {
        view.updateMessage(index, agentMessage(text.left(cut), AnswerState::Streaming));
        view.flush();
        if (afterFrame)
            afterFrame();
    }
    view.updateMessage(index, agentMessage(text, end));
    view.flush();
    if (afterFrame)
        afterFrame();
}

// The answer's text as shown: the pane's own labels and actions left out.
QString TestConversationView::answerText(const ConversationView &view)
{
    QString text;
    for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().boolProperty(PaneFormat::Decoration))
                text += it.fragment().text();
        }
        text += u'\n';
    }
    return text;
}

void TestConversationView::showsTheTranscript()
{
    ConversationView view;
    view.setAgentName(u"Helper"_s);
    view.appendMessage(userMessage(u"Hello there"_s));
    view.appendMessage(agentMessage(u"Hi, **you**."_s, AnswerState::Complete));
    ChatMessage stopped = agentMessage(u"Partial"_s, AnswerState::Stopped);
    view.appendMessage(stopped);
    const QString shown = view.toPlainText();
    QVERIFY(shown.contains(u"You"_s));
    QVERIFY(shown.contains(u"Hello there"_s));
    QVERIFY(shown.contains(u"Helper"_s));
    QVERIFY(shown.contains(u"Hi, you."_s));
    QVERIFY(shown.contains(u"Stopped by you"_s));
}

void TestConversationView::streamedEqualsOneShot_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("seed");
    const QStringList answers = PaneTest::corpus();
    for (int i = 0; i < answers.size(); ++i) {
        for (quint32 seed : {1u, 2u, 3u}) {
            QTest::addRow("answer %d, split %u", i, seed) << answers.at(i) << (seed * 7919 + i);
        }
        QTest::addRow("answer %d, one character a delta", i) << answers.at(i) << 0u;
    }
    QTest::addRow("long answer") << PaneTest::longAnswer(20000) << 99u;
}

void TestConversationView::streamedEqualsOneShot()
{
    // "Equal" means: the same blocks with the same text, block formats, list and table places,
    // and the same fragments with the same character formats, as the answer laid out in one go.
    QFETCH(QString, text);
    QFETCH(quint32, seed);
    QList<qsizetype> cuts;
    QRandomGenerator random(seed);
    for (qsizetype at = 0; at < text.size();) {
        at += seed == 0 ? 1 : 1 + random.bounded(40);
        if (at < text.size())
            cuts.append(at);
    }
    ConversationView streamed;
    streamed.appendMessage(userMessage(u"Question"_s));
    stream(streamed, text, cuts);

    ConversationView oneShot;
    oneShot.appendMessage(userMessage(u"Question"_s));
    oneShot.appendMessage(agentMessage(text, AnswerState::Complete));
    if (qEnvironmentVariableIsSet("DUMP_PANE")) {
        qInfo().noquote() << PaneTest::describe(streamed.document()) << "\n=====\n"
                          << PaneTest::describe(oneShot.document());
    }
    QCOMPARE(PaneTest::describe(streamed.document()), PaneTest::describe(oneShot.document()));
}

void TestConversationView::eachFrameEqualsAFreshRendering_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("seed");
    const QStringList answers = PaneTest::corpus();
    for (int i = 0; i < answers.size(); ++i) {
        for (quint32 seed : {1u, 2u, 3u})
            QTest::addRow("answer %d, split %u", i, seed) << answers.at(i) << (seed * 7919 + i);
        if (answers.at(i).size() < 1000)
            QTest::addRow("answer %d, one character a delta", i) << answers.at(i) << 0u;
    }
}

void TestConversationView::eachFrameEqualsAFreshRendering()
{
    // Not only the last frame: each one shows what a renderer that saw the text so far in one
    // update shows, so that a block left behind by an earlier frame is caught even when a later
    // frame happens to replace it.
    QFETCH(QString, text);
    QFETCH(quint32, seed);
    QList<qsizetype> cuts;
    QRandomGenerator random(seed);
    for (qsizetype at = 0; at < text.size();) {
        at += seed == 0 ? 1 : 1 + random.bounded(40);
        cuts.append(std::min(at, text.size()));
    }
    const MarkdownStyle style = MarkdownStyle::fromPalette(QApplication::palette());
    QTextDocument streamed;
    AnswerRenderer streaming(&streamed, style, 0, 0);
    for (const qsizetype cut : cuts) {
        const bool final = cut == text.size();
        streaming.update(text.left(cut), final);
        QTextDocument fresh;
        AnswerRenderer(&fresh, style, 0, 0).update(text.left(cut), final);
        QVERIFY2(PaneTest::describe(&streamed) == PaneTest::describe(&fresh),
                 qPrintable(u"after %1 characters\n"_s.arg(cut) + PaneTest::describe(&streamed) +
                            u"=====\n"_s + PaneTest::describe(&fresh)));
    }
}

void TestConversationView::oneShotMatchesQtsImporter_data()
{
    QTest::addColumn<QString>("text");
    const QStringList answers = PaneTest::corpus();
    for (int i = 0; i < answers.size(); ++i)
        QTest::addRow("answer %d", i) << answers.at(i);
}

void TestConversationView::oneShotMatchesQtsImporter()
{
    // The pane's own pieces, laid out together, against the whole text through Qt's importer
    // (with the same decorations): the cuts between pieces leave no trace.
    QFETCH(QString, text);
    ConversationView view;
    view.appendMessage(agentMessage(text, AnswerState::Complete));
    QTextDocument whole;
    MarkdownRenderer(MarkdownStyle::fromPalette(view.palette()), 0).renderWhole(&whole, text);
    AnswerRenderer::prepareForSplice(&whole);
    // The view: a spacer, the header, the answer, the footer with its Copy action.
    const int blocks = view.document()->blockCount();
    // The pane departs from Qt's importer on purpose in one place: two fenced blocks of one
    // language with nothing but blank lines between stay two blocks, each with its own header
    // (adjacentCodeBlocksKeepTheirOwnHeaders). The corpus has no such pair, so every answer in it
    // must come out exactly as the importer lays it out.
    QCOMPARE(PaneTest::describe(view.document(), 2, blocks - 1), PaneTest::describe(&whole, 1));
}

void TestConversationView::adjacentCodeBlocksKeepTheirOwnHeaders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("one language, a blank line between")
        << u"```js\nconst x = 1;\n```\n\n```js\nconst y = 2;\n```\n"_s << u"js"_s;
    QTest::newRow("one language, nothing between")
        << u"```js\nconst x = 1;\n```\n```js\nconst y = 2;\n```\n"_s << u"js"_s;
    QTest::newRow("no language, blank lines between")
        << u"```\nconst x = 1;\n```\n\n\n```\nconst y = 2;\n```"_s << QString();
    QTest::newRow("one language, tilde then backtick fences")
        << u"~~~js\nconst x = 1;\n~~~\n\n```js\nconst y = 2;\n```\n"_s << u"js"_s;
}

void TestConversationView::adjacentCodeBlocksKeepTheirOwnHeaders()
{
    // Qt's importer runs two such blocks together into one, which would give them one header and
    // one Copy action for both. The user wrote, and sees, two: each keeps its own header and its
    // Copy action copies that block alone, whether the answer streamed or arrived whole.
    QFETCH(QString, text);
    QFETCH(QString, language);
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < text.size(); ++i)
        cuts.append(i);
    ConversationView streamed;
    stream(streamed, text, cuts);
    ConversationView oneShot;
    oneShot.appendMessage(agentMessage(text, AnswerState::Complete));
    QCOMPARE(PaneTest::describe(streamed.document()), PaneTest::describe(oneShot.document()));
    for (ConversationView *view : {&streamed, &oneShot}) {
        QStringList shown;
        for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
            const QTextBlockFormat format = block.blockFormat();
            if (format.hasProperty(PaneFormat::CodeHeader)) {
                const int ordinal = format.intProperty(PaneFormat::CodeHeader);
                QString copy;
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    if (it.fragment().charFormat().isAnchor())
                        copy = it.fragment().charFormat().anchorHref();
                }
                QCOMPARE(copy, MarkdownRenderer::copyCodeHref(0, ordinal));
                shown.append(u"header %1: "_s.arg(ordinal) + block.text());
            } else if (format.hasProperty(QTextFormat::BlockCodeFence)) {
                shown.append(block.text());
            }
        }
        const QString header = language.isEmpty() ? u"Copy"_s : language + u"   Copy"_s;
        QCOMPARE(shown,
                 QStringList({u"header 0: "_s + header,
                              u"const x = 1;"_s,
                              u"header 1: "_s + header,
                              u"const y = 2;"_s}));
        emit view->anchorClicked(QUrl(MarkdownRenderer::copyCodeHref(0, 0)));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"const x = 1;"_s);
        emit view->anchorClicked(QUrl(MarkdownRenderer::copyCodeHref(0, 1)));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"const y = 2;"_s);
    }
}

void TestConversationView::fencesNeverFlashWhileStreaming()
{
    // F15: one character a delta; no frame shows backticks, the block appears once, and
    // "Done." is a paragraph after it.
    const QString text = u"Here is code:\n\n```swift\nlet a = 1\nprint(a)\n```\n\nDone."_s;
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < text.size(); ++i)
        cuts.append(i);
    ConversationView view;
    int frames = 0;
    stream(view, text, cuts, AnswerState::Complete, [&] {
        ++frames;
        const QString shown = answerText(view);
        QVERIFY2(!shown.contains(u'`'), qPrintable(shown));
        int headers = 0;
        for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().hasProperty(PaneFormat::CodeHeader))
                ++headers;
            if (block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage)) {
                QVERIFY2(u"let a = 1\nprint(a)"_s.contains(block.text()), qPrintable(block.text()));
            }
        }
        QVERIFY(headers <= 1);
    });
    QCOMPARE(frames, int(text.size()));
    QStringList code;
    QTextBlock done;
    for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage) &&
            !block.blockFormat().hasProperty(PaneFormat::CodeHeader)) {
            code.append(block.text());
            QCOMPARE(block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage),
                     u"swift"_s);
        }
        if (block.text() == u"Done."_s)
            done = block;
    }
    QCOMPARE(code, QStringList({u"let a = 1"_s, u"print(a)"_s}));
    QVERIFY(done.isValid());
    QVERIFY(!done.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage));
    QVERIFY(done.previous().blockFormat().hasProperty(QTextFormat::BlockCodeLanguage));
}

void TestConversationView::unclosedFenceEndsAsCode()
{
    const QString text = u"Here is code:\n\n```swift\nlet a = 1\nprint(a)\n"_s;
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < text.size(); ++i)
        cuts.append(i);
    ConversationView view;
    stream(view, text, cuts, AnswerState::Stopped);
    QStringList code;
    for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage) &&
            !block.blockFormat().hasProperty(PaneFormat::CodeHeader))
            code.append(block.text());
    }
    QCOMPARE(code, QStringList({u"let a = 1"_s, u"print(a)"_s}));
    QVERIFY(!view.toPlainText().contains(u'`'));
    QVERIFY(view.toPlainText().contains(u"Stopped by you"_s));
}

void TestConversationView::halfTypedMarkdownNeverFlashes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("neverShown");
    QTest::newRow("heading") << u"Intro.\n\n## A heading\n\nText."_s << u"#"_s;
    QTest::newRow("strong") << u"Some **strong words** here."_s << u"*"_s;
    QTest::newRow("code span") << u"Call `make test` now."_s << u"`"_s;
    QTest::newRow("table") << u"Intro.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAfter."_s << u"|"_s;
    QTest::newRow("rule") << u"Above.\n\n---\n\nBelow."_s << u"-"_s;
    QTest::newRow("tilde fence") << u"Text.\n\n~~~\ncode\n~~~\n\nMore."_s << u"~"_s;
}

void TestConversationView::halfTypedMarkdownNeverFlashes()
{
    QFETCH(QString, text);
    QFETCH(QString, neverShown);
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < text.size(); ++i)
        cuts.append(i);
    ConversationView view;
    stream(view, text, cuts, AnswerState::Complete, [&] {
        const QString shown = answerText(view);
        QVERIFY2(!shown.contains(neverShown), qPrintable(shown));
    });
}

void TestConversationView::costPerUpdateStaysFlat()
{
    // A 100,000-character answer in 5-character deltas: the characters laid out again by the
    // last 1,000 updates are about those of the first 1,000, not more.
    const QString text = PaneTest::longAnswer(100000);
    ConversationView view;
    view.resize(800, 600);
    QList<qint64> costs;
    QList<qsizetype> cuts;
    for (qsizetype at = 5; at < text.size(); at += 5)
        cuts.append(at);
    qint64 before = 0;
    stream(view, text, cuts, AnswerState::Complete, [&] {
        costs.append(view.stats().charactersInserted - before);
        before = view.stats().charactersInserted;
    });
    const auto mean = [](QList<qint64>::const_iterator from, QList<qint64>::const_iterator to) {
        return double(std::accumulate(from, to, qint64(0))) / double(std::distance(from, to));
    };
    const double first = mean(costs.cbegin(), costs.cbegin() + 1000);
    const double last = mean(costs.cend() - 1001, costs.cend() - 1);
    qInfo() << "characters laid out per update: first" << first << "last" << last;
    QVERIFY2(last <= first * 1.5, qPrintable(u"%1 vs %2"_s.arg(last).arg(first)));
    QVERIFY(view.stats().mostInserted < 4000);
}

void TestConversationView::hugeLinesStreamInBoundedSteps_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<qsizetype>("length");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("200,000 characters without a space")
        << u"Blob: "_s << qsizetype(200000) << QString();
    QTest::newRow("a fenced line of 100,000 characters")
        << u"```text\n"_s << qsizetype(100000) << u"\n```\n\nAfter."_s;
}

void TestConversationView::hugeLinesStreamInBoundedSteps()
{
    QFETCH(QString, prefix);
    QFETCH(qsizetype, length);
    QFETCH(QString, suffix);
    QString text = prefix;
    for (qsizetype i = 0; i < length; ++i)
        text += QChar(char16_t(u'a' + i % 26));
    text += suffix;
    QList<qsizetype> cuts;
    for (qsizetype at = 50; at < text.size(); at += 50)
        cuts.append(at);
    ConversationView view;
    view.resize(800, 600);
    view.show();
    qint64 most = 0;
    stream(view, text, cuts, AnswerState::Complete, [&] {
        most = std::max(most, view.stats().lastInserted);
    });
    // Each update lays out at most a segment or two, never the whole line again.
    QVERIFY2(most <= 3 * MarkdownRenderer::SegmentLength, qPrintable(QString::number(most)));
    view.selectAll();
    QVERIFY(view.selectedPlainText().contains(text.mid(prefix.size(), length)));
}

void TestConversationView::followsTheEndOnlyWhileTheUserIsThere()
{
    // F14: scrolled up, the view stays; back at the bottom it follows; sending goes to the end.
    ConversationView view;
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString text = PaneTest::longAnswer(30000);
    QScrollBar *bar = view.verticalScrollBar();
    int step = 0;
    int heldAt = -1;
    stream(view, text, {}, AnswerState::Streaming);
    view.appendMessage(userMessage(u"Next"_s));
    const int index = int(view.messages().size());
    view.appendMessage(agentMessage({}, AnswerState::Streaming));
    for (qsizetype at = 100; at < text.size(); at += 100, ++step) {
        view.updateMessage(index, agentMessage(text.left(at), AnswerState::Streaming));
        view.flush();
        QCoreApplication::processEvents();
        if (step < 20) {
            QCOMPARE(bar->value(), bar->maximum());
        } else if (step == 20) {
            // The user scrolls up two screens with the wheel.
            for (int i = 0; i < 2; ++i) {
                QWheelEvent wheel(QPointF(100, 100),
                                  view.viewport()->mapToGlobal(QPointF(100, 100)),
                                  {},
                                  QPoint(0, 120 * 5),
                                  Qt::NoButton,
                                  Qt::NoModifier,
                                  Qt::NoScrollPhase,
                                  false);
                QApplication::sendEvent(view.viewport(), &wheel);
            }
            QVERIFY(bar->value() < bar->maximum() - 2 * bar->pageStep() + 40);
            QVERIFY(!view.isFollowing());
            heldAt = bar->value();
        } else if (step < 100) {
            QCOMPARE(bar->value(), heldAt);
        } else if (step == 100) {
            bar->triggerAction(QAbstractSlider::SliderToMaximum);
            QVERIFY(view.isFollowing());
        } else {
            QCOMPARE(bar->value(), bar->maximum());
        }
    }
    QVERIFY(step > 110);
    // Scrolled up again, then a message is sent: the view goes to it.
    bar->triggerAction(QAbstractSlider::SliderToMinimum);
    QVERIFY(!view.isFollowing());
    view.updateMessage(index, agentMessage(text, AnswerState::Complete));
    view.flush();
    view.appendMessage(userMessage(u"And now?"_s));
    view.followEnd();
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(view.isFollowing());
}

void TestConversationView::selectionSurvivesUpdatesAndCopiesExactly()
{
    ConversationView view;
    view.resize(600, 400);
    view.show();
    const QString text = u"First paragraph, finished early.\n\nThe second paragraph grows while "
                         "it is selected, word by word, until the end.\n\n"_s +
                         PaneTest::longAnswer(3000);
    view.appendMessage(agentMessage({}, AnswerState::Streaming));
    auto select = [&view](const QString &words) {
        const QTextCursor found = view.document()->find(words);
        QVERIFY2(!found.isNull(), qPrintable(words));
        view.setTextCursor(found);
    };
    qsizetype at = 0;
    for (; at < 60; at += 3) {
        view.updateMessage(0, agentMessage(text.left(at), AnswerState::Streaming));
        view.flush();
    }
    select(u"First paragraph"_s);
    for (; at < 110; at += 3) {
        view.updateMessage(0, agentMessage(text.left(at), AnswerState::Streaming));
        view.flush();
        QCOMPARE(view.textCursor().selectedText(), u"First paragraph"_s);
    }
    // A selection in the paragraph that is still arriving.
    select(u"The second"_s);
    for (; at < text.size(); at += 7) {
        view.updateMessage(0, agentMessage(text.left(at), AnswerState::Streaming));
        view.flush();
        QCOMPARE(view.textCursor().selectedText(), u"The second"_s);
    }
    view.updateMessage(0, agentMessage(text, AnswerState::Complete));
    view.flush();
    QCOMPARE(view.textCursor().selectedText(), u"The second"_s);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"The second"_s);

    // Across blocks: exactly the text, one line break between paragraphs, no labels.
    QTextCursor across = view.document()->find(u"finished early."_s);
    const QTextCursor to = view.document()->find(u"The second paragraph"_s);
    across.setPosition(to.selectionEnd(), QTextCursor::KeepAnchor);
    view.setTextCursor(across);
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"finished early.\nThe second paragraph"_s);
}

void TestConversationView::hostileAnswersMakeNoRequest()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++connections;
            socket->abort();
        }
    });
    const QString base = u"http://127.0.0.1:%1"_s.arg(server.serverPort());
    const QString hostile =
        u"![remote](%1/a.png)\n\n<img src=\"%1/b.png\">\n\n[![nested](%1/c.png)](%1/d)\n\n"
        "![ref][img]\n\n[img]: %1/e.png\n\n<iframe src=\"%1/f\"></iframe>\n\n"
        "<link rel=\"stylesheet\" href=\"%1/g.css\">\n\n<style>@import url(%1/h.css);</style>\n\n"
        "![local](file:///etc/hostname) ![data](data:image/png;base64,iVBORw0KGgo=)\n\n"
        "<a href=\"%1/i\">anchor</a> and a plain [link](%1/j)."_s.arg(base);
    ConversationView view;
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QList<qsizetype> cuts;
    for (qsizetype at = 3; at < hostile.size(); at += 3)
        cuts.append(at);
    stream(view, hostile, cuts);
    view.appendMessage(agentMessage(hostile, AnswerState::Complete));
    view.grab();
    // Hovering every line of the transcript, as a reader would.
    for (int y = 0; y < view.viewport()->height(); y += 10)
        QTest::mouseMove(view.viewport(), QPoint(60, y));
    QTest::qWait(300);
    QCOMPARE(connections, 0);
    // No image is left in the document: remote images became links to open on purpose.
    QVERIFY(!view.toPlainText().contains(QChar::ObjectReplacementCharacter));
    QVERIFY(view.toPlainText().contains(u"[image: remote]"_s));
}

void TestConversationView::rawHtmlShowsAsText()
{
    ConversationView view;
    view.appendMessage(agentMessage(u"<b>bold?</b> <script>alert(1)</script>\n\n<div>block</div>"_s,
                                    AnswerState::Complete));
    const QString shown = view.toPlainText();
    QVERIFY(shown.contains(u"<b>bold?</b>"_s));
    QVERIFY(shown.contains(u"<script>alert(1)</script>"_s));
    QVERIFY(shown.contains(u"<div>block</div>"_s));
}

void TestConversationView::linkGuardDecides_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<int>("verdict");
    const int open = int(LinkGuard::Verdict::Open);
    const int confirm = int(LinkGuard::Verdict::Confirm);
    const int refuse = int(LinkGuard::Verdict::Refuse);
    QTest::newRow("https with words") << u"https://example.com/a"_s << u"the docs"_s << open;
    QTest::newRow("http autolink") << u"http://example.com/"_s << u"http://example.com"_s << open;
    QTest::newRow("bare host shown") << u"https://example.com/x"_s << u"example.com/x"_s << open;
    QTest::newRow("mailto") << u"mailto:a@example.com"_s << u"a@example.com"_s << open;
    QTest::newRow("other host shown")
        << u"https://evil.example/login"_s << u"https://bank.example/login"_s << confirm;
    QTest::newRow("other path shown")
        << u"https://example.com/b"_s << u"example.com/a"_s << confirm;
    QTest::newRow("user info") << u"https://bank.example@evil.example/"_s
                               << u"https://bank.example/"_s << confirm;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << u"click"_s << refuse;
    QTest::newRow("file") << u"file:///etc/passwd"_s << u"passwords"_s << refuse;
    QTest::newRow("data") << u"data:text/html,<b>x</b>"_s << u"x"_s << refuse;
    QTest::newRow("ftp") << u"ftp://example.com/"_s << u"files"_s << refuse;
    QTest::newRow("relative") << u"/local/path"_s << u"path"_s << refuse;
}

void TestConversationView::linkGuardDecides()
{
    QFETCH(QString, target);
    QFETCH(QString, shown);
    QFETCH(int, verdict);
    QCOMPARE(int(LinkGuard::judge(QUrl(target), shown)), verdict);
}

void TestConversationView::clickedLinksGoThroughTheGuard()
{
    ConversationView view;
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QList<QUrl> opened;
    QList<QPair<QUrl, QString>> asked;
    bool answer = false;
    view.setLinkHandlers([&](const QUrl &url) { opened.append(url); },
                         [&](const QUrl &url, const QString &text) {
                             asked.append({url, text});
                             return answer;
                         });
    QSignalSpy refused(&view, &ConversationView::linkRefused);
    view.appendMessage(agentMessage(u"[safe](https://example.com/)\n\n"
                                    "[https://bank.example/](https://evil.example/)\n\n"
                                    "[run](javascript:alert(1))"_s,
                                    AnswerState::Complete));
    auto click = [&view](const QString &text) {
        const QTextCursor found = view.document()->find(text);
        QVERIFY(!found.isNull());
        QTextCursor inside(view.document());
        inside.setPosition(found.selectionStart() + 1);
        const QPoint point = view.cursorRect(inside).center();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, point);
    };
    click(u"safe"_s);
    QCOMPARE(opened, QList<QUrl>({QUrl(u"https://example.com/"_s)}));
    click(u"https://bank.example/"_s);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first, QUrl(u"https://evil.example/"_s));
    QCOMPARE(asked.first().second, u"https://bank.example/"_s);
    QCOMPARE(opened.size(), 1);
    answer = true;
    click(u"https://bank.example/"_s);
    QCOMPARE(opened.size(), 2);
    click(u"run"_s);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(opened.size(), 2);
}

void TestConversationView::copyActions()
{
    ConversationView view;
    const QString text = u"Intro.\n\n```python\nprint(1)\n" + QString(1500, u'z') +
                         u"\n```\n\nOutro with **bold**."_s;
    view.appendMessage(agentMessage(text, AnswerState::Complete));
    emit view.anchorClicked(QUrl(MarkdownRenderer::copyCodeHref(0, 0)));
    QCOMPARE(QGuiApplication::clipboard()->text(), u"print(1)\n"_s + QString(1500, u'z'));
    emit view.anchorClicked(QUrl(u"pharen-action:copy-message?message=0"_s));
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
    QVERIFY(view.toPlainText().contains(u"python"_s));
}

void TestConversationView::reasoningOpensWhileThinkingAndRemembersTheChoice()
{
    ConversationView view;
    QSignalSpy remembered(&view, &ConversationView::keepReasoningOpenChanged);
    ChatMessage answer = agentMessage({}, AnswerState::Streaming);
    view.appendMessage(answer);
    answer.reasoning = u"Let me think about the question first."_s;
    view.updateMessage(0, answer);
    view.flush();
    QVERIFY(view.toPlainText().contains(u"Reasoning"_s));
    QVERIFY(view.toPlainText().contains(u"think about the question"_s));
    QTest::qWait(1100);
    answer.text = u"The answer."_s;
    view.updateMessage(0, answer);
    view.flush();
    // Collapsed once the answer starts, with how long it took.
    QVERIFY(!view.toPlainText().contains(u"think about the question"_s));
    QVERIFY2(view.toPlainText().contains(u"Reasoning (1 s)"_s), qPrintable(view.toPlainText()));
    answer.state = AnswerState::Complete;
    view.updateMessage(0, answer);
    view.flush();
    // The user opens it: it shows, and the choice is remembered for the next answer.
    emit view.anchorClicked(QUrl(u"pharen-action:reasoning?message=0"_s));
    QVERIFY(view.toPlainText().contains(u"think about the question"_s));
    QCOMPARE(remembered.size(), 1);
    QVERIFY(view.keepsReasoningOpen());
    ChatMessage second = agentMessage(u"Second answer."_s, AnswerState::Complete);
    second.reasoning = u"More thoughts."_s;
    view.appendMessage(second);
    QVERIFY(view.toPlainText().contains(u"More thoughts."_s));
    QVERIFY(view.toPlainText().indexOf(u"More thoughts."_s) <
            view.toPlainText().indexOf(u"Second answer."_s));
}

void TestConversationView::codeAndQuotesReadableInLightAndDark()
{
    const auto contrast = [](const QColor &a, const QColor &b) {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](float v) {
                return v <= 0.03928f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
            };
            return 0.2126f * channel(c.redF()) + 0.7152f * channel(c.greenF()) +
                   0.0722f * channel(c.blueF());
        };
        const float x = luminance(a);
        const float y = luminance(b);
        return (std::max(x, y) + 0.05f) / (std::min(x, y) + 0.05f);
    };
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QColor backgrounds[2];
    int which = 0;
    for (const QPalette &palette : {light, dark}) {
        ConversationView view;
        view.setPalette(palette);
        view.appendMessage(agentMessage(u"> quoted\n\n```\ncode\n```\n"_s, AnswerState::Complete));
        for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
            const QTextBlockFormat format = block.blockFormat();
            if (block.text() != u"code"_s && block.text() != u"quoted"_s)
                continue;
            const QColor background = format.background().color();
            const QColor text =
                block.begin().fragment().charFormat().hasProperty(QTextFormat::ForegroundBrush)
                    ? block.begin().fragment().charFormat().foreground().color()
                    : palette.color(QPalette::Text);
            QVERIFY2(contrast(background, text) >= 7.0f, qPrintable(block.text()));
            if (block.text() == u"code"_s)
                backgrounds[which] = background;
        }
        ++which;
    }
    QVERIFY(backgrounds[0].lightness() > 200);
    QVERIFY(backgrounds[1].lightness() < 60);
}

QTEST_MAIN(TestConversationView)
#include "tst_conversationview.moc"
