// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerAssembler.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QTextStream>

// Throughput of AnswerAssembler on the two shapes that stress it: very many small events, and one
// very large event in reads of various sizes. Prints MB/s (10^6 bytes a second).

namespace {

struct Figure
{
    double seconds;
    qsizetype answerChars;
    bool ok;
};

Figure measure(QByteArrayView contentType, QByteArrayView body, qsizetype readSize)
{
    QElapsedTimer timer;
    timer.start();
    AnswerAssembler assembler(contentType);
    qsizetype events = 0;
    for (qsizetype start = 0; start < body.size(); start += readSize)
        events += assembler.feed(body.sliced(start, qMin(readSize, body.size() - start))).size();
    events += assembler.finish().size();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return {seconds,
            assembler.answer().size(),
            events > 0 && assembler.problem() == AnswerAssembler::Problem::None};
}

void report(QTextStream &out, const char *what, QByteArrayView body, const Figure &figure)
{
    out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(0)
        << QString::number(double(body.size()) / 1e6 / figure.seconds, 'f', 1) << " MB/s  ("
        << QString::number(figure.seconds, 'f', 2) << " s, " << figure.answerChars
        << " answer chars" << (figure.ok ? ")" : ", FAILED)") << Qt::endl;
}

} // namespace

int main()
{
    QTextStream out(stdout);
    const QByteArray sse = "text/event-stream";

    // 100 MB of small JSON deltas, as a chatty server sends them.
    const QByteArrayList tokens = {"Die",
                                   " Antwort",
                                   " ist",
                                   " 42",
                                   ".",
                                   " Grüße",
                                   " aus",
                                   " Köln",
                                   " 你好",
                                   " 😀",
                                   "\\n",
                                   " **fett**"};
    QByteArray deltas;
    deltas.reserve(100 * 1000 * 1000 + 64);
    for (qsizetype i = 0; deltas.size() < 100 * 1000 * 1000; ++i)
        deltas += "data: {\"delta\":\"" + tokens[i % tokens.size()] + "\"}\n\n";
    deltas += "data: [DONE]\n\n";
    report(out, "100 MB of small JSON deltas, 16 KB reads", deltas, measure(sse, deltas, 16384));
    deltas = QByteArray();

    // One 10 MB event.
    const QByteArray unit = "Grüße aus Köln, 你好, 😀 ";
    const QByteArray event =
        "data: {\"delta\":\"" + unit.repeated(10 * 1000 * 1000 / unit.size()) + "\"}\n\n";
    for (const qsizetype readSize : {1, 16 * 1024, 64 * 1024}) {
        const QByteArray what =
            "10 MB single event, " + QByteArray::number(readSize) + "-byte reads";
        report(out, what.constData(), event, measure(sse, event, readSize));
    }
    return 0;
}
