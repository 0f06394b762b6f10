// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnswerAssembler.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Everything an AnswerAssembler made of one body, for comparing runs. Shared by the stream tests,
// the fuzzer and the benchmark.
struct AssemblerRun
{
    QList<StreamEvent> events;
    QString answer;
    QString reasoning;
    QString conversationId;
    QString runId;
    QString serverMessage;
    QString errorCode;
    AnswerState state = AnswerState::Streaming;
    AnswerAssembler::Problem problem = AnswerAssembler::Problem::None;
    bool isStreamFormat = false;

    friend bool operator==(const AssemblerRun &, const AssemblerRun &) = default;
};

// Feeds \a reads one by one, then finishes the body.
inline AssemblerRun runAssembler(QByteArrayView contentType,
                                 const QList<QByteArrayView> &reads,
                                 qsizetype maxEventBytes = AnswerAssembler::DefaultMaxEventBytes)
{
    AnswerAssembler assembler(contentType, maxEventBytes);
    AssemblerRun run;
    for (const QByteArrayView read : reads)
        run.events += assembler.feed(read);
    run.events += assembler.finish();
    run.answer = assembler.answer();
    run.reasoning = assembler.reasoning();
    run.conversationId = assembler.conversationId();
    run.runId = assembler.runId();
    run.serverMessage = assembler.serverMessage();
    run.errorCode = assembler.errorCode();
    run.state = assembler.state();
    run.problem = assembler.problem();
    run.isStreamFormat = assembler.isStreamFormat();
    return run;
}

// \a body cut at the given ascending positions.
inline QList<QByteArrayView> splitAt(QByteArrayView body, const QList<qsizetype> &cuts)
{
    QList<QByteArrayView> reads;
    qsizetype start = 0;
    for (const qsizetype cut : cuts) {
        reads.append(body.sliced(start, cut - start));
        start = cut;
    }
    reads.append(body.sliced(start));
    return reads;
}

// Reads of \a size bytes each (the last may be shorter).
inline QList<QByteArrayView> splitEvery(QByteArrayView body, qsizetype size)
{
    QList<QByteArrayView> reads;
    for (qsizetype start = 0; start < body.size(); start += size)
        reads.append(body.sliced(start, qMin(size, body.size() - start)));
    return reads;
}

// Adjacent text deltas merged: the events of a plain-text body follow its reads, and only this
// form of them is the same however the body was split.
inline QList<StreamEvent> mergedEvents(const QList<StreamEvent> &events)
{
    QList<StreamEvent> merged;
    for (const StreamEvent &event : events) {
        const bool isDelta = (event.kind == StreamEvent::Kind::AnswerText ||
                              event.kind == StreamEvent::Kind::ReasoningText) &&
                             !event.snapshot;
        if (isDelta && !merged.isEmpty() && merged.back().kind == event.kind &&
            !merged.back().snapshot) {
            merged.back().text += event.text;
        } else {
            merged.append(event);
        }
    }
    return merged;
}
