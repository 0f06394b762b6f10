// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QString>

// One message to an agent, and how it becomes an HTTP request. The body follows the decisions in
// pharen-api.md: the conversation id under both documented names, `model` only when chosen,
// `enable_thinking` always, the context object under both names only when one is configured.
struct ChatRequest
{
    static constexpr qsizetype MaxMessageCodePoints = 32000;

    QString agentId;
    QString message;
    QString conversationId;
    QString model;
    bool thinking = false;
    QJsonObject context;
    bool stream = true;

    QJsonObject body() const;
    QNetworkRequest networkRequest(const Account &account) const;

    static qsizetype codePointCount(QStringView text);
};

namespace ApiRequests {

constexpr int DefaultPageSize = 100;
QNetworkRequest agents(const Account &account, int page, int perPage = DefaultPageSize);
// Headers every API request carries; the key only ever goes to `account.origin`.
void authorize(QNetworkRequest &request, const Account &account);

} // namespace ApiRequests
