// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Log.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

Q_LOGGING_CATEGORY(lcNet, "pharen.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "pharen.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "pharen.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "pharen.ui", QtInfoMsg)

namespace {

QString placeholder()
{
    return QStringLiteral("[redacted]");
}

struct SecretRegistry
{
    QMutex lock;
    QStringList secrets; // longest first, so that a key containing another goes whole
    // Both matched under the lock only: a regular expression is reentrant, not thread-safe.
    // A credential's value after "Bearer", in the characters RFC 6750 allows; 16 or more of them,
    // so that "Bearer token" or "Bearer authentication" in a server's prose stay readable.
    const QRegularExpression bearer{QStringLiteral("\\b(Bearer)\\s+[A-Za-z0-9._~+/-]{16,}=*"),
                                    QRegularExpression::CaseInsensitiveOption};
    const QRegularExpression keyShape{QStringLiteral("\\bphk_[A-Za-z0-9_-]+")};
};

SecretRegistry &registry()
{
    // Never destroyed: the message handler may still scrub a line while statics are torn down.
    static auto *instance = new SecretRegistry;
    return *instance;
}

} // namespace

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
        text.replace(secret, placeholder());
    return text;
}

void registerSecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    SecretRegistry &r = registry();
    const QMutexLocker locker(&r.lock);
    if (r.secrets.contains(secret))
        return;
    const auto longer = [](const QString &a, const QString &b) {
        return a.size() > b.size();
    };
    r.secrets.insert(std::upper_bound(r.secrets.begin(), r.secrets.end(), secret, longer) -
                         r.secrets.begin(),
                     secret);
}

void forgetSecret(const QString &secret)
{
    SecretRegistry &r = registry();
    const QMutexLocker locker(&r.lock);
    r.secrets.removeAll(secret);
}

QString scrubSecrets(QString text)
{
    SecretRegistry &r = registry();
    const QMutexLocker locker(&r.lock);
    for (const QString &secret : std::as_const(r.secrets))
        text.replace(secret, placeholder());
    text.replace(r.bearer, QStringLiteral("\\1 ") + placeholder());
    text.replace(r.keyShape, placeholder());
    return text;
}

} // namespace Redact
