// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpResponse.h"

#include <QList>
#include <QStringList>

#include <optional>

struct ApiKey
{
    QString value;
    QStringList scopes;
    bool mayStream = false;

    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
};

// The keys the simulator knows: the demo key (configurable), a read-only key and a key that may
// run agents but not stream.
class KeyRing
{
public:
    static constexpr auto readOnlyKey = "phk_sim_readonly";
    static constexpr auto noStreamKey = "phk_sim_nostream";

    explicit KeyRing(const QString &demoKey);

    // The key a request presents, from "Authorization: Bearer" or "X-API-Key"; empty if none.
    static QString presentedKey(const HttpRequest &request);
    // The key, or the 401 to send instead.
    std::optional<ApiKey> authenticate(const HttpRequest &request, HttpResponse *refusal) const;
    // Every secret value, so that the request log can redact them wherever they appear.
    QStringList secrets() const;

    static HttpResponse missingScope(const QString &scope);

private:
    QList<ApiKey> m_keys;
};
