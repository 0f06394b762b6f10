// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Log.h"

Q_LOGGING_CATEGORY(lcNet, "pharen.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "pharen.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "pharen.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "pharen.ui", QtInfoMsg)

namespace Redact {

QByteArray headerValue(QByteArrayView name, QByteArrayView value)
{
    const QByteArray lower = name.toByteArray().toLower();
    if (lower == "authorization" || lower == "x-api-key" || lower == "cookie" ||
        lower == "proxy-authorization") {
        return QByteArrayLiteral("[redacted]");
    }
    return value.toByteArray();
}

QString scrub(QString text, const QString &secret)
{
    if (!secret.isEmpty())
        text.replace(secret, QStringLiteral("[redacted]"));
    return text;
}

} // namespace Redact
