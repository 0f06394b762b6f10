// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyRing.h"

using namespace Qt::StringLiterals;

KeyRing::KeyRing(const QString &demoKey)
{
    const QStringList readAndRun{u"agents:read"_s, u"agents:run"_s};
    m_keys = {
        {demoKey, readAndRun, true},
        {QString::fromLatin1(readOnlyKey), {u"agents:read"_s}, false},
        {QString::fromLatin1(noStreamKey), readAndRun, false},
    };
}

QString KeyRing::presentedKey(const HttpRequest &request)
{
    const QByteArray authorization = request.header("Authorization"_ba).trimmed();
    if (!authorization.isEmpty()) {
        const qsizetype space = authorization.indexOf(' ');
        if (space > 0 && authorization.left(space).compare("Bearer", Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(authorization.mid(space + 1).trimmed());
        // Some other scheme: present, but never a valid key.
        return QString::fromUtf8(authorization);
    }
    return QString::fromUtf8(request.header("X-API-Key"_ba).trimmed());
}

std::optional<ApiKey> KeyRing::authenticate(const HttpRequest &request, HttpResponse *refusal) const
{
    const QString presented = presentedKey(request);
    if (presented.isEmpty()) {
        *refusal = HttpResponse::error(
            401,
            u"missing_token"_s,
            u"Authentication credentials were not provided. Send Authorization: Bearer <key>."_s);
        return std::nullopt;
    }
    for (const ApiKey &key : m_keys) {
        if (key.value == presented)
            return key;
    }
    *refusal = HttpResponse::error(
        401, u"invalid_token"_s, u"The API key is malformed, expired, revoked or unknown."_s);
    return std::nullopt;
}

QStringList KeyRing::secrets() const
{
    QStringList values;
    for (const ApiKey &key : m_keys)
        values.append(key.value);
    return values;
}

HttpResponse KeyRing::missingScope(const QString &scope)
{
    return HttpResponse::error(403,
                               u"insufficient_permissions"_s,
                               u"This API key lacks the %1 scope."_s.arg(scope),
                               {{u"required_scope"_s, scope}});
}
