// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HubServer.h"

#include "HttpConnection.h"
#include "StreamPlanner.h"
#include "StreamSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrl>

#include <limits>

using namespace Qt::StringLiterals;

HubServer::HubServer(const SimConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_keys(config.demoKey)
    , m_agents(config.extraAgents)
    , m_log(m_keys.secrets())
    , m_chat(m_agents, config.tokensPerSecond)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HubServer::acceptConnections);
}

bool HubServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, m_config.port);
}

void HubServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, this);
        connect(connection,
                &HttpConnection::requestReceived,
                this,
                [this, connection](const HttpRequest &request) { handle(connection, request); });
    }
}

void HubServer::handle(HttpConnection *connection, const HttpRequest &request)
{
    // The test controls are neither logged nor rate limited: they are not part of the API.
    if (request.path.startsWith("/_sim/")) {
        connection->sendResponse(control(request));
        return;
    }
    QJsonObject entry = m_log.describe(request);
    ResponsePlan plan = route(request, connection->origin(), &entry);
    m_rateLimiter.count(KeyRing::presentedKey(request), &plan.head);
    entry.insert(u"status"_s, plan.head.status);
    m_log.append(entry);
    if (plan.immediate)
        connection->sendResponse(plan.head);
    else
        (new StreamSession(connection, plan))->start();
}

ResponsePlan
HubServer::route(const HttpRequest &request, const QString &origin, QJsonObject *logEntry)
{
    QString settingsError;
    const std::optional<SimSettings> fromHeaders =
        SimSettings::fromHeaders(request, &settingsError);
    if (!fromHeaders)
        return ResponsePlan::now(HttpResponse::error(400, u"sim_bad_switch"_s, settingsError));
    if (const QJsonObject switches = fromHeaders->toJson(); !switches.isEmpty())
        logEntry->insert(u"sim"_s, switches);

    static const QRegularExpression chatPath(u"^/api/agents/([^/]+)/chat/$"_s);
    const QString path = QString::fromUtf8(request.path);
    const bool isList = path == u"/api/agents/"_s;
    const QRegularExpressionMatch chatMatch = chatPath.match(path);
    if (!isList && !chatMatch.hasMatch()) {
        return ResponsePlan::now(
            HttpResponse::error(404, u"not_found"_s, u"There is no endpoint at %1."_s.arg(path)));
    }
    const QByteArray allowed = isList ? "GET"_ba : "POST"_ba;
    if (request.method != allowed) {
        HttpResponse refusal = HttpResponse::error(
            405,
            u"method_not_allowed"_s,
            u"Method %1 is not allowed here; use %2."_s.arg(QString::fromLatin1(request.method),
                                                            QString::fromLatin1(allowed)));
        refusal.setHeader("Allow"_ba, allowed);
        return ResponsePlan::now(refusal);
    }

    // /_sim/next steers chat answers; of its settings only the envelope concerns the list.
    SimSettings next;
    if (isList)
        next.envelope = m_next.envelope;
    else
        next = m_next;
    const SimSettings settings = next.overriddenBy(*fromHeaders);
    if (settings.fault && settings.fault->replacesResponse())
        return ResponsePlan::now(StreamPlanner::faultResponse(*settings.fault));

    HttpResponse refusal;
    const std::optional<ApiKey> key = m_keys.authenticate(request, &refusal);
    if (!key)
        return ResponsePlan::now(refusal);
    if (isList) {
        return ResponsePlan::now(
            listAgents(request, origin, settings.envelope.value_or(Envelope::Data), *key));
    }
    return m_chat.respond(request, chatMatch.captured(1), *key, settings, logEntry);
}

HttpResponse HubServer::listAgents(const HttpRequest &request,
                                   const QString &origin,
                                   Envelope envelope,
                                   const ApiKey &key) const
{
    if (!key.hasScope(u"agents:read"_s))
        return KeyRing::missingScope(u"agents:read"_s);
    const QString teamId = request.queryValue(u"team_id"_s);
    const QList<Agent> agents = m_agents.ofTeam(teamId);
    if (envelope == Envelope::Bare) {
        QJsonArray items;
        for (const Agent &agent : agents)
            items.append(AgentCatalog::toJson(agent));
        return HttpResponse::json(200, QJsonDocument(items));
    }

    const QString sizeName = envelope == Envelope::Drf ? u"page_size"_s : u"per_page"_s;
    int page = 1;
    int size = 20;
    for (const auto &[name, value, maximum] :
         {std::tuple{u"page"_s, &page, std::numeric_limits<int>::max()},
          std::tuple{sizeName, &size, 100}}) {
        if (!request.hasQueryValue(name))
            continue;
        bool ok = false;
        *value = request.queryValue(name).toInt(&ok);
        if (!ok || *value < 1 || *value > maximum) {
            return HttpResponse::error(
                400,
                u"validation_error"_s,
                u"%1: must be a whole number from 1 to %2."_s.arg(name).arg(maximum),
                {{u"field"_s, name}, {u"reason"_s, u"range"_s}});
        }
    }

    QJsonArray items;
    const qint64 first = qint64(page - 1) * size;
    for (qint64 i = first; i < qMin<qint64>(first + size, agents.size()); ++i)
        items.append(AgentCatalog::toJson(agents.at(qsizetype(i))));
    const qint64 total = agents.size();
    if (envelope == Envelope::Data) {
        return HttpResponse::json(200,
                                  QJsonDocument(QJsonObject{{u"data"_s, items},
                                                            {u"total"_s, total},
                                                            {u"page"_s, page},
                                                            {u"per_page"_s, size}}));
    }

    auto link = [&](int target) -> QJsonValue {
        QString url = origin + u"/api/agents/?page=%1&page_size=%2"_s.arg(target).arg(size);
        if (!teamId.isEmpty())
            url += u"&team_id="_s + QString::fromLatin1(QUrl::toPercentEncoding(teamId));
        return url;
    };
    const bool hasNext = first + size < total;
    const bool hasPrevious = page > 1 && total > 0;
    return HttpResponse::json(
        200,
        QJsonDocument(QJsonObject{{u"count"_s, total},
                                  {u"next"_s, hasNext ? link(page + 1) : QJsonValue()},
                                  {u"previous"_s, hasPrevious ? link(page - 1) : QJsonValue()},
                                  {u"results"_s, items}}));
}

HttpResponse HubServer::control(const HttpRequest &request)
{
    const QByteArray &method = request.method;
    if (request.path == "/_sim/requests") {
        if (method == "GET")
            return HttpResponse::json(200, QJsonDocument(m_log.entries()));
        if (method == "DELETE") {
            m_log.clear();
            return HttpResponse{204, {}, {}};
        }
    } else if (request.path == "/_sim/next") {
        if (method == "GET")
            return HttpResponse::json(200, QJsonDocument(m_next.toJson()));
        if (method == "DELETE") {
            m_next = SimSettings();
            return HttpResponse{204, {}, {}};
        }
        if (method == "POST") {
            const QJsonDocument document = QJsonDocument::fromJson(request.body);
            QString error = u"the body must be a JSON object"_s;
            const std::optional<SimSettings> settings =
                document.isObject() ? SimSettings::fromJson(document.object(), &error)
                                    : std::nullopt;
            if (!settings)
                return HttpResponse::error(400, u"sim_bad_switch"_s, error);
            m_next = *settings;
            return HttpResponse::json(200, QJsonDocument(m_next.toJson()));
        }
    } else {
        return HttpResponse::error(404, u"not_found"_s, u"Unknown simulator control."_s);
    }
    return HttpResponse::error(405, u"method_not_allowed"_s, u"Method not allowed."_s);
}
