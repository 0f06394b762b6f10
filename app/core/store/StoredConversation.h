// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnswerState.h"

#include <QDateTime>
#include <QString>

// A conversation as it is kept on disk. `id` is the local row id; `serverId` is the id the
// service gave the conversation (empty until the first answer named one).
struct StoredConversation
{
    qint64 id = 0;
    QString agentId;
    QString agentName; // the agent's name when the conversation was last used
    QString serverId;
    QString title;
    bool pinned = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString model; // the model override last used, empty for the agent's default
    bool thinking = false;
    QString draft;
    qint64 messageCount = -1; // only filled where a query counts them
};

// One message of a stored conversation, in transcript order (`position`).
struct StoredMessage
{
    qint64 id = 0;
    qint64 conversationId = 0;
    int position = 0;
    bool fromUser = true;
    QString text;
    QString reasoning;
    AnswerState state = AnswerState::Complete;
    QString runId;
    QString model;
    QDateTime createdAt;
    QDateTime updatedAt;
    int errorKind = 0; // ApiError::Kind as a number; 0 is none
    int errorStatus = 0;
    QString errorText; // the server's own message, if it gave one
    bool conversationLost = false;
};

// A full-text hit: the message, and a snippet whose matched words are wrapped in
// SnippetStart/SnippetEnd.
struct SearchHit
{
    static constexpr QChar SnippetStart = QChar(0x2);
    static constexpr QChar SnippetEnd = QChar(0x3);

    qint64 conversationId = 0;
    qint64 messageId = 0;
    int position = 0;
    QString title;
    QString agentName;
    QString snippet;
    QDateTime updatedAt;
};

namespace StoredState {
// The names used in the database and in exported JSON.
QString name(AnswerState state);
AnswerState fromName(const QString &name); // unknown names read as Interrupted
} // namespace StoredState
