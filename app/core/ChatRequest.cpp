// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatRequest.h"

#include "Origin.h"

#include <QJsonDocument>
#include <QUrlQuery>

QJsonObject ChatRequest::body() const
{
    QJsonObject body;
    body.insert(u"message", message);
    if (!conversationId.isEmpty()) {
        body.insert(u"conversation_uuid", conversationId);
        body.insert(u"conversation_id", conversationId);
    }
    const QString trimmedModel = model.trimmed();
    if (!trimmedModel.isEmpty())
        body.insert(u"model", trimmedModel);
    body.insert(u"enable_thinking", thinking);
    if (!context.isEmpty()) {
        body.insert(u"page_context", context);
        body.insert(u"context", context);
    }
    return body;
}

QNetworkRequest ChatRequest::networkRequest(const Account &account) const
{
    const QString encodedId = QString::fromLatin1(QUrl::toPercentEncoding(agentId));
    QUrl url = Origin::endpoint(account.origin, QString(u"/api/agents/" + encodedId + u"/chat/"));
    if (stream) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("stream"), QStringLiteral("true"));
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    ApiRequests::authorize(request, account);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept",
                         stream
                             ? QByteArrayLiteral("text/event-stream, application/x-ndjson;q=0.9, "
                                                 "application/json;q=0.8")
                             : QByteArrayLiteral("application/json"));
    // A compressing proxy or server buffers the stream; identity keeps the bytes flowing.
    request.setRawHeader("Accept-Encoding", QByteArrayLiteral("identity"));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    return request;
}

qsizetype ChatRequest::codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

namespace ApiRequests {

void authorize(QNetworkRequest &request, const Account &account)
{
    request.setRawHeader("Authorization", "Bearer " + account.apiKey.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("PharenChat/0.1"));
    // Redirects are checked one by one: only the same origin, never from https to http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
}

QNetworkRequest agents(const Account &account, int page, int perPage)
{
    QUrl url = Origin::endpoint(account.origin, u"/api/agents/");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    query.addQueryItem(QStringLiteral("page_size"), QString::number(perPage));
    if (!account.teamId.isEmpty())
        query.addQueryItem(QStringLiteral("team_id"), account.teamId);
    url.setQuery(query);
    QNetworkRequest request(url);
    authorize(request, account);
    request.setRawHeader("Accept", QByteArrayLiteral("application/json"));
    return request;
}

} // namespace ApiRequests
