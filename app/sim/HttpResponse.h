// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"

#include <QJsonObject>

class QJsonDocument;

// A complete response, or the head of one whose body is written later.
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QJsonDocument &document);
    // The service's error shape: {"error":{"code","message","details"}}; details only when given.
    static HttpResponse
    error(int status, const QString &code, const QString &message, const QJsonObject &details = {});
    static QByteArray reasonPhrase(int status);
};
