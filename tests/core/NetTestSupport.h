// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conversation.h"

#include <QSignalSpy>
#include <QTest>

// Small helpers shared by the tests that run field-report cases over loopback HTTP.
namespace NetTest {

inline Account accountFor(const QUrl &origin, const QString &key)
{
    Account account;
    account.origin = origin;
    account.apiKey = key;
    return account;
}

// D(x) of field-reports.md: an event whose JSON payload carries the delta x.
inline QByteArray d(const QByteArray &text)
{
    return "data: {\"delta\":\"" + text + "\"}\n\n";
}

inline const QByteArray End = "data: [DONE]\n\n";

// Sends `text` and waits for the answer to end; the answer's message, or null after a timeout.
inline const ChatMessage *askAndWait(Conversation &conversation, const QString &text, int timeoutMs)
{
    QSignalSpy finished(&conversation, &Conversation::answerFinished);
    QString problem;
    if (!conversation.send(text, {}, false, &problem)) {
        qWarning("refused to send: %s", qPrintable(problem));
        return nullptr;
    }
    if (!QTest::qWaitFor([&] { return finished.size() > 0; }, timeoutMs))
        return nullptr;
    return &conversation.messages().at(finished.first().first().toInt());
}

// What history keeps: never an empty agent message marked complete, never a U+FFFD that the
// server did not send.
inline bool historyIsSound(const Conversation &conversation)
{
    for (const ChatMessage &message : conversation.messages()) {
        if (message.role != ChatMessage::Role::Agent)
            continue;
        if (message.state == AnswerState::Complete && message.text.isEmpty() &&
            message.reasoning.isEmpty()) {
            qWarning("an empty agent message is kept as complete");
            return false;
        }
        if (message.text.contains(QChar::ReplacementCharacter)) {
            qWarning("U+FFFD in a saved answer");
            return false;
        }
    }
    return true;
}

} // namespace NetTest
