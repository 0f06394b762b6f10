// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One parsed HTTP/1.1 request. Header names keep the client's spelling; lookups ignore case, as
// HTTP requires.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;  // the target up to '?', still percent-encoded
    QByteArray query; // the target after '?', without it
    QByteArray version;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QString queryValue(const QString &key) const;
    bool hasQueryValue(const QString &key) const;
    // After this request's response the connection closes (Connection: close, or HTTP/1.0
    // without keep-alive).
    bool wantsClose() const;
};
