// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AgentCatalog.h"
#include "ChatEndpoint.h"
#include "KeyRing.h"
#include "RateLimiter.h"
#include "RequestLog.h"
#include "ResponsePlan.h"
#include "SimConfig.h"
#include "SimSettings.h"

#include <QObject>
#include <QTcpServer>

class HttpConnection;

// The simulated Pharen Hub: routes each request to the agents list, the chat endpoint or the
// /_sim/ test controls, on 127.0.0.1 only.
class HubServer : public QObject
{
    Q_OBJECT

public:
    explicit HubServer(const SimConfig &config, QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

private:
    void acceptConnections();
    void handle(HttpConnection *connection, const HttpRequest &request);
    HttpResponse control(const HttpRequest &request);
    ResponsePlan route(const HttpRequest &request, const QString &origin, QJsonObject *logEntry);
    HttpResponse listAgents(const HttpRequest &request,
                            const QString &origin,
                            Envelope envelope,
                            const ApiKey &key) const;

    SimConfig m_config;
    QTcpServer m_server;
    KeyRing m_keys;
    AgentCatalog m_agents;
    RequestLog m_log;
    RateLimiter m_rateLimiter;
    ChatEndpoint m_chat;
    SimSettings m_next; // from POST /_sim/next, until DELETE /_sim/next
};
