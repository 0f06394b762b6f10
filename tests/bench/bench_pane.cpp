// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationView.h"
#include "PaneTestSupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextBrowser>

#include <cstdio>

using namespace Qt::StringLiterals;

// Not a test: streams a 100,000-character Markdown answer as 5-character deltas through the real
// pane (run it with QT_QPA_PLATFORM=offscreen) and prints what one update costs at the start and
// at the end, and the longest time the GUI thread was away from its event loop; then the same for
// the naive way, the whole document's Markdown set again on every delta.
namespace {

struct Figures
{
    double firstMs = 0;
    double lastMs = 0;
    double longestMs = 0;
};

double mean(const QList<qint64> &nanoseconds, qsizetype from, qsizetype count)
{
    qint64 sum = 0;
    for (qsizetype i = from; i < from + count; ++i)
        sum += nanoseconds.at(i);
    return double(sum) / double(count) / 1e6;
}

void print(const char *name, const Figures &figures, int samples)
{
    std::printf("%-12s first %d updates: %8.3f ms mean   last %d: %8.3f ms mean   ratio %6.2f   "
                "longest stall %8.1f ms\n",
                name,
                samples,
                figures.firstMs,
                samples,
                figures.lastMs,
                figures.lastMs / figures.firstMs,
                figures.longestMs);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"length"_s, u"Answer length in characters."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"delta"_s, u"Characters a delta."_s, u"n"_s, u"5"_s});
    parser.addOption({u"samples"_s, u"Updates averaged at each end."_s, u"n"_s, u"1000"_s});
    parser.addOption({u"skip-naive"_s, u"Measure the pane only."_s});
    parser.process(app);
    const QString text = PaneTest::longAnswer(parser.value(u"length"_s).toLongLong());
    const qsizetype delta = parser.value(u"delta"_s).toLongLong();
    const int samples = parser.value(u"samples"_s).toInt();
    QList<qsizetype> ends;
    for (qsizetype end = delta; end < text.size(); end += delta)
        ends.append(end);
    ends.append(text.size());
    std::printf("%lld characters in %lld deltas of %lld\n",
                qlonglong(text.size()),
                qlonglong(ends.size()),
                qlonglong(delta));

    // The pane: each delta is one update, rendered and painted before the next.
    {
        ConversationView view;
        view.resize(900, 700);
        view.show();
        QCoreApplication::processEvents();
        view.appendMessage(PaneTest::userMessage(u"Write a long answer."_s));
        view.appendMessage(PaneTest::agentMessage({}, AnswerState::Streaming));
        QList<qint64> costs;
        QElapsedTimer clock;
        for (qsizetype i = 0; i < ends.size(); ++i) {
            clock.start();
            const bool last = i == ends.size() - 1;
            view.updateMessage(
                1,
                PaneTest::agentMessage(text.left(ends.at(i)),
                                       last ? AnswerState::Complete : AnswerState::Streaming));
            view.flush();
            view.viewport()->repaint();
            QCoreApplication::processEvents();
            costs.append(clock.nsecsElapsed());
        }
        Figures figures;
        figures.firstMs = mean(costs, 0, samples);
        figures.lastMs = mean(costs, costs.size() - samples - 1, samples);
        figures.longestMs = double(*std::max_element(costs.cbegin(), costs.cend())) / 1e6;
        print("incremental", figures, samples);
    }
    if (parser.isSet(u"skip-naive"_s))
        return 0;

    // The naive way: the whole Markdown set again on every delta. Only the first and the last
    // `samples` deltas are measured; the ones between are skipped to keep the run short.
    {
        QTextBrowser view;
        view.resize(900, 700);
        view.show();
        QCoreApplication::processEvents();
        QList<qint64> costs;
        QElapsedTimer clock;
        const auto update = [&](qsizetype end) {
            clock.start();
            view.document()->setMarkdown(
                text.left(end),
                QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                QTextDocument::MarkdownNoHTML));
            view.viewport()->repaint();
            QCoreApplication::processEvents();
            costs.append(clock.nsecsElapsed());
        };
        for (qsizetype i = 0; i < samples; ++i)
            update(ends.at(i));
        for (qsizetype i = ends.size() - samples - 1; i < ends.size() - 1; ++i)
            update(ends.at(i));
        Figures figures;
        figures.firstMs = mean(costs, 0, samples);
        figures.lastMs = mean(costs, samples, samples);
        figures.longestMs = double(*std::max_element(costs.cbegin(), costs.cend())) / 1e6;
        print("naive", figures, samples);
    }
    return 0;
}
