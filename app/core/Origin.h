// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The origin of a Pharen Hub service as a person types it, made safe to build paths on: a missing
// scheme means https, and a trailing `/`, `/api` or `/api/` is dropped so that no request ever goes
// to `/api/api/`. Whatever path remains is kept as a prefix for services behind a reverse proxy.
class Origin
{
    Q_DECLARE_TR_FUNCTIONS(Origin)

public:
    static constexpr QStringView Production = u"https://pharen.app";

    // An empty url and a reason in the user's language when `typed` cannot be an origin.
    static QUrl normalise(const QString &typed, QString *problem = nullptr);

    static bool isLoopback(const QUrl &origin);
    // Plain http to anything but loopback would carry the API key in clear text.
    static bool needsCleartextConfirmation(const QUrl &origin);
    // Scheme, host and port equal: the test that keeps the key from travelling elsewhere.
    static bool isSameOrigin(const QUrl &a, const QUrl &b);

    // `origin` joined with an API path such as "/api/agents/".
    static QUrl endpoint(const QUrl &origin, QStringView apiPath);
};
