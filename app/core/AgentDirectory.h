// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "Agent.h"
#include "ApiError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// Fetches every agent the key can see, page after page, until the server says there are no more,
// a page comes back empty, or MaxPages is reached whatever the server claims.
class AgentDirectory : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxPages = 50;
    // Nothing at all for this long (no connection, a TLS handshake with a plain-http server, a
    // server that never answers): the list fails as timed out instead of waiting for ever.
    static constexpr int DefaultTimeoutMs = 30'000;

    explicit AgentDirectory(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AgentDirectory() override;

    void load(const Account &account);
    bool isLoading() const;
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

signals:
    void loaded(const QList<Agent> &agents);
    void failed(const ApiError &error);

private:
    void requestPage(int page);
    void handlePage();
    void cancel();

    QNetworkAccessManager *m_network;
    Account m_account;
    QPointer<QNetworkReply> m_reply;
    QList<Agent> m_agents;
    int m_page = 0;
    int m_timeoutMs = DefaultTimeoutMs;
    QTimer m_timer;
};
