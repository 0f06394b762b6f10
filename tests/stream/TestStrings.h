// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnswerAssembler.h"
#include "AssemblerRun.h"

#include <QByteArray>
#include <QList>
#include <QtGlobal>

// Readable values in QCOMPARE failures, found by argument-dependent lookup.

inline QByteArray stateName(AnswerState state)
{
    switch (state) {
    case AnswerState::Streaming:
        return QByteArrayLiteral("Streaming");
    case AnswerState::Complete:
        return QByteArrayLiteral("Complete");
    case AnswerState::MayBeIncomplete:
        return QByteArrayLiteral("MayBeIncomplete");
    case AnswerState::Stopped:
        return QByteArrayLiteral("Stopped");
    case AnswerState::Interrupted:
        return QByteArrayLiteral("Interrupted");
    case AnswerState::Failed:
        return QByteArrayLiteral("Failed");
    }
    return QByteArrayLiteral("?");
}

inline QByteArray problemName(AnswerAssembler::Problem problem)
{
    switch (problem) {
    case AnswerAssembler::Problem::None:
        return QByteArrayLiteral("None");
    case AnswerAssembler::Problem::ServerError:
        return QByteArrayLiteral("ServerError");
    case AnswerAssembler::Problem::EmptyAnswer:
        return QByteArrayLiteral("EmptyAnswer");
    case AnswerAssembler::Problem::UnexpectedContent:
        return QByteArrayLiteral("UnexpectedContent");
    case AnswerAssembler::Problem::EventTooLarge:
        return QByteArrayLiteral("EventTooLarge");
    }
    return QByteArrayLiteral("?");
}

inline char *toString(AnswerState state)
{
    return qstrdup(stateName(state).constData());
}

inline char *toString(AnswerAssembler::Problem problem)
{
    return qstrdup(problemName(problem).constData());
}

inline QByteArray describe(const StreamEvent &event)
{
    static const char *const kinds[] = {
        "AnswerText", "ReasoningText", "Identifiers", "Activity", "Terminal", "Error"};
    QByteArray text = kinds[static_cast<int>(event.kind)];
    if (!event.text.isEmpty())
        text += '(' + event.text.left(40).toUtf8() + (event.snapshot ? ", snapshot)" : ")");
    if (!event.conversationId.isEmpty() || !event.runId.isEmpty())
        text += '(' + event.conversationId.toUtf8() + '/' + event.runId.toUtf8() + ')';
    if (!event.errorCode.isEmpty())
        text += '[' + event.errorCode.toUtf8() + ']';
    return text;
}

inline char *toString(const StreamEvent &event)
{
    return qstrdup(describe(event).constData());
}

// Where two runs differ first, or an empty string when they do not.
inline QByteArray difference(const AssemblerRun &a, const AssemblerRun &b)
{
    const qsizetype common = qMin(a.events.size(), b.events.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (!(a.events[i] == b.events[i]))
            return "event " + QByteArray::number(i) + ": " + describe(a.events[i]) + " vs " +
                   describe(b.events[i]);
    }
    if (a.events.size() != b.events.size())
        return "event count " + QByteArray::number(a.events.size()) + " vs " +
               QByteArray::number(b.events.size());
    if (a.answer != b.answer)
        return "answer differs";
    if (a.reasoning != b.reasoning)
        return "reasoning differs";
    if (a.state != b.state || a.problem != b.problem)
        return "state " + stateName(a.state) + '/' + problemName(a.problem) + " vs " +
               stateName(b.state) + '/' + problemName(b.problem);
    if (!(a == b))
        return "identifiers or error differ";
    return {};
}
