// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoredConversation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

// One conversation as a file: Markdown to read, JSON to read back in. Neither ever holds the API
// key; both hold only what the store holds.
class ConversationExport
{
    Q_DECLARE_TR_FUNCTIONS(ConversationExport)

public:
    static constexpr int FormatVersion = 1;

    static QString toMarkdown(const StoredConversation &conversation,
                              const QList<StoredMessage> &messages);
    static QJsonObject toJson(const StoredConversation &conversation,
                              const QList<StoredMessage> &messages);
    // False, with the reason in the user's language, when `json` is not such an export.
    static bool fromJson(const QJsonObject &json,
                         StoredConversation *conversation,
                         QList<StoredMessage> *messages,
                         QString *problem);
};
