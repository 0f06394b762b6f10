// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestLog.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

const auto redactedMark = u"[redacted]"_s;

bool isCredentialHeader(const QByteArray &lowerName)
{
    return lowerName == "authorization" || lowerName == "x-api-key" ||
           lowerName == "proxy-authorization" || lowerName == "cookie";
}

} // namespace

RequestLog::RequestLog(const QStringList &secrets)
{
    // A very short custom key would blank out ordinary words; such a key is only redacted where
    // it is expected, in the credential headers.
    for (const QString &secret : secrets) {
        if (secret.size() >= 8)
            m_secrets.append(secret);
    }
}

QJsonObject RequestLog::describe(const HttpRequest &request) const
{
    QJsonObject headers;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lowerName = name.toLower();
        const QString key = QString::fromLatin1(lowerName);
        QString text =
            isCredentialHeader(lowerName) ? redactedMark : redacted(QString::fromUtf8(value));
        if (headers.contains(key))
            text = headers.value(key).toString() + u", "_s + text;
        headers.insert(key, text);
    }
    return {{u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {u"method"_s, QString::fromLatin1(request.method)},
            {u"path"_s, redacted(QString::fromUtf8(request.path))},
            {u"query"_s, redacted(QString::fromUtf8(request.query))},
            {u"headers"_s, headers},
            {u"body"_s, redacted(QString::fromUtf8(request.body))}};
}

void RequestLog::append(const QJsonObject &entry)
{
    m_entries.append(entry);
}

void RequestLog::clear()
{
    m_entries = QJsonArray();
}

QString RequestLog::redacted(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, redactedMark);
    return text;
}
