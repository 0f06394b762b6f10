// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Origin.h"

#include <QHostAddress>

QUrl Origin::normalise(const QString &typed, QString *problem)
{
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return QUrl();
    };
    QString text = typed.trimmed();
    if (text.isEmpty())
        return fail(tr("Enter the address of your Pharen Hub, for example https://pharen.app."));
    if (!text.contains(u"://"))
        text.prepend(u"https://");

    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("\"%1\" is not a web address.").arg(typed.trimmed()));
    if (scheme != u"https" && scheme != u"http")
        return fail(tr(
            "The address must start with https:// (or http:// for addresses on this computer)."));
    if (!url.userInfo().isEmpty())
        return fail(tr("The address must not contain a user name or password."));

    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/api", Qt::CaseInsensitive))
        path.chop(4);
    while (path.endsWith(u'/'))
        path.chop(1);

    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(url.host().toLower());
    const int defaultPort = scheme == u"https" ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        origin.setPort(url.port());
    origin.setPath(path);
    if (problem)
        problem->clear();
    return origin;
}

bool Origin::isLoopback(const QUrl &origin)
{
    const QString host = origin.host().toLower();
    if (host == u"localhost" || host.endsWith(u".localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool Origin::needsCleartextConfirmation(const QUrl &origin)
{
    return origin.scheme() == u"http" && !isLoopback(origin);
}

bool Origin::isSameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) {
        return url.scheme() == u"https" ? 443 : 80;
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

QUrl Origin::endpoint(const QUrl &origin, QStringView apiPath)
{
    QUrl url = origin;
    // Tolerant: the caller has already percent-encoded what came from outside (an agent id).
    url.setPath(origin.path(QUrl::FullyEncoded) + apiPath, QUrl::TolerantMode);
    return url;
}
