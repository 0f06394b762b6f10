// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequest.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString HttpRequest::queryValue(const QString &key) const
{
    const QUrlQuery parsed(QString::fromUtf8(query));
    return parsed.queryItemValue(key, QUrl::FullyDecoded);
}

bool HttpRequest::hasQueryValue(const QString &key) const
{
    return QUrlQuery(QString::fromUtf8(query)).hasQueryItem(key);
}

bool HttpRequest::wantsClose() const
{
    const QByteArray connection = header("Connection"_ba).toLower();
    if (connection.contains("close"))
        return true;
    if (version == "HTTP/1.0"_ba)
        return !connection.contains("keep-alive");
    return false;
}
