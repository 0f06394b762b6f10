// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnswerState.h"
#include "BodyFormat.h"
#include "JsonBodyDecoder.h"
#include "NdjsonDecoder.h"
#include "PayloadReader.h"
#include "SseDecoder.h"
#include "StreamEvent.h"
#include "SurrogateJoiner.h"
#include "ThinkTagSplitter.h"
#include "Utf8BomSkipper.h"
#include "Utf8StreamDecoder.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

// The body of a successful chat response, read as it arrives, whatever its format (chosen by the
// Content-Type) and however its bytes are split: answer and reasoning so far, identifiers, and in
// the end how the answer ended. Pure: no QObject, no network, cost linear in the bytes.
//
// The events returned by feed() and finish() say what changed: AnswerText and ReasoningText are
// appended (an AnswerText with `snapshot` replaces the whole answer, when a cumulative snapshot
// rewrote it); a Terminal carries no text, because a full message it held was already applied.
class AnswerAssembler
{
public:
    enum class Problem
    {
        None,
        ServerError,
        EmptyAnswer,
        UnexpectedContent,
        EventTooLarge
    };
    static constexpr qsizetype DefaultMaxEventBytes = 16 * 1024 * 1024;

    // contentType: the raw Content-Type header of a 2xx response (parameters ignored,
    // case-insensitive).
    explicit AnswerAssembler(QByteArrayView contentType,
                             qsizetype maxEventBytes = DefaultMaxEventBytes);

    // Events decoded from these bytes; answer() and reasoning() are updated.
    QList<StreamEvent> feed(QByteArrayView bytes);
    // The body ended cleanly: flush, decide the final state.
    QList<StreamEvent> finish();

    // Answer text so far, after snapshot and think-tag handling.
    const QString &answer() const { return m_answer; }
    const QString &reasoning() const { return m_reasoning; }
    QString conversationId() const { return m_conversationId; }
    QString runId() const { return m_runId; }
    // A terminal event, an error, a too-large event, or finish() was called.
    bool isFinished() const { return m_finished; }
    AnswerState state() const { return m_state; }
    Problem problem() const { return m_problem; }
    // The server's own words for ServerError.
    QString serverMessage() const { return m_serverMessage; }
    QString errorCode() const { return m_errorCode; }
    // SSE or NDJSON (false for a single JSON document and plain text).
    bool isStreamFormat() const;

private:
    enum class TextMode
    {
        Undecided,
        Appending,
        Snapshots
    };

    void readSseEvents(const QList<SseDecoder::Event> &sseEvents, QList<StreamEvent> &events);
    void readLines(const QList<QByteArray> &lines, QList<StreamEvent> &events);
    void apply(const PayloadReader::Reading &reading, QList<StreamEvent> &events);
    void applyText(const QString &text, bool isDelta, QList<StreamEvent> &events);
    void applyFullMessage(const QString &text, QList<StreamEvent> &events);
    void appendRaw(const QString &text, QList<StreamEvent> &events);
    void replaceRaw(const QString &text, QList<StreamEvent> &events);
    void appendReasoning(const QString &text, QList<StreamEvent> &events);
    void emitParts(const ThinkTagSplitter::Parts &parts, QList<StreamEvent> &events);
    void readDocument(QList<StreamEvent> &events);
    void flushText(QList<StreamEvent> &events);
    void end(AnswerState stateWithText, QList<StreamEvent> &events);
    void fail(Problem problem, QList<StreamEvent> &events);
    void checkOverLimit(bool overLimit, QList<StreamEvent> &events);
    void logUnexpected(bool force);
    bool hasText() const { return !m_answer.isEmpty() || !m_reasoning.isEmpty(); }

    BodyFormat m_format;
    qsizetype m_maxEventBytes;
    SseDecoder m_sse;
    NdjsonDecoder m_ndjson;
    JsonBodyDecoder m_json;
    Utf8BomSkipper m_plainBom;
    Utf8StreamDecoder m_plainText;
    PayloadReader m_reader;
    SurrogateJoiner m_answerJoiner;
    SurrogateJoiner m_reasoningJoiner;
    ThinkTagSplitter m_think;

    QString m_raw; // the answer as the server sent it, think tags and all
    QString m_answer;
    QString m_reasoning;
    QString m_thinkReasoning; // the part of m_reasoning that came from think tags
    QString m_firstText;      // decides between deltas and snapshots
    TextMode m_textMode = TextMode::Undecided;
    bool m_dropped = false; // a payload was lost: at most MayBeIncomplete

    QString m_conversationId;
    QString m_runId;
    QString m_serverMessage;
    QString m_errorCode;
    AnswerState m_state = AnswerState::Streaming;
    Problem m_problem = Problem::None;
    bool m_finished = false;

    QByteArray m_contentType;
    QByteArray m_unexpectedHead; // the start of an unexpected body, for the log only
    bool m_unexpectedLogged = false;
};
