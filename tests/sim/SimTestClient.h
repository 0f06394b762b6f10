// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

using Headers = QList<QPair<QByteArray, QByteArray>>;

// A finished QNetworkAccessManager exchange, with the number of reads it took.
struct SimReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    int reads = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const
    {
        return object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
};

// Sends one request to the simulator and waits for the whole answer in a local event loop.
inline SimReply sendToSim(QNetworkAccessManager *network,
                          const QUrl &origin,
                          const QByteArray &verb,
                          const QString &pathAndQuery,
                          const QByteArray &body = {},
                          const Headers &headers = {})
{
    QNetworkRequest request(origin.resolved(QUrl(pathAndQuery)));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty() && !request.hasRawHeader(QByteArrayLiteral("Content-Type")))
        request.setRawHeader(QByteArrayLiteral("Content-Type"),
                             QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network->sendCustomRequest(request, verb, body);
    SimReply result;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, &result] {
        ++result.reads;
        result.body += reply->readAll();
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    result.body += reply->readAll();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.headers = reply->rawHeaderPairs();
    delete reply;
    return result;
}
