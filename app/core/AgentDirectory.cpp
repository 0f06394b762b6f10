// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentDirectory.h"

#include "ChatRequest.h"
#include "Log.h"
#include "Origin.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {
constexpr qint64 MaxPageBytes = 8 * 1024 * 1024;
}

AgentDirectory::AgentDirectory(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        qCWarning(lcNet) << "agent list: nothing arrived for" << m_timeoutMs << "ms";
        cancel();
        emit failed(ApiError::ofKind(ApiError::Kind::Timeout));
    });
}

AgentDirectory::~AgentDirectory()
{
    cancel();
}

bool AgentDirectory::isLoading() const
{
    return !m_reply.isNull();
}

void AgentDirectory::load(const Account &account)
{
    cancel();
    // Known from here on, so that a server quoting it back, a log line or a crash cannot show it.
    Redact::registerSecret(account.apiKey);
    m_account = account;
    m_agents.clear();
    requestPage(1);
}

void AgentDirectory::cancel()
{
    m_timer.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void AgentDirectory::requestPage(int page)
{
    m_page = page;
    QNetworkReply *reply = m_network->get(ApiRequests::agents(m_account, page));
    m_reply = reply;
    m_timer.start(m_timeoutMs);
    // A page has no business being this large; stop reading rather than buffer without end.
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (reply != m_reply)
            return;
        m_timer.start(m_timeoutMs); // still arriving
        if (received <= MaxPageBytes)
            return;
        cancel();
        emit failed(ApiError::ofKind(ApiError::Kind::TooLarge));
    });
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        if (Origin::isSameOrigin(target, m_account.origin)) {
            emit reply->redirectAllowed();
            return;
        }
        qCWarning(lcNet) << "agent list: refused a redirect to" << target.host();
        cancel();
        emit failed(ApiError::ofKind(ApiError::Kind::RedirectRefused));
    });
    connect(reply, &QNetworkReply::finished, this, &AgentDirectory::handlePage);
}

void AgentDirectory::handlePage()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_timer.stop();
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(MaxPageBytes);
    if (status == 0) {
        const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
        emit failed(ApiError::ofKind(tls ? ApiError::Kind::Tls : ApiError::Kind::Network,
                                     Redact::scrub(reply->errorString(), m_account.apiKey)));
        return;
    }
    if (status < 200 || status >= 300) {
        emit failed(ApiError::fromResponse(status,
                                           body,
                                           reply->rawHeader("Retry-After"),
                                           reply->rawHeader("X-RateLimit-Reset"),
                                           QDateTime::currentDateTimeUtc()));
        return;
    }
    const AgentPage page = AgentPage::parse(body, m_agents.size());
    if (!page.valid) {
        emit failed(ApiError::ofKind(ApiError::Kind::Unexpected));
        return;
    }
    m_agents.append(page.agents);
    qCDebug(lcNet) << "agent page" << m_page << "items" << page.agents.size();
    if (page.hasMore && m_page < MaxPages) {
        requestPage(m_page + 1);
        return;
    }
    emit loaded(m_agents);
}
