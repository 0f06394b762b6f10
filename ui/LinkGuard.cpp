// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkGuard.h"

#include <QRegularExpression>

namespace {

QUrl normalized(QUrl url)
{
    url.setHost(url.host().toLower());
    if (url.path().isEmpty() && url.scheme() != u"mailto")
        url.setPath(QStringLiteral("/"));
    return url.adjusted(QUrl::NormalizePathSegments | QUrl::RemoveFragment);
}

} // namespace

QUrl LinkGuard::addressIn(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u' '))
        return {};
    static const QRegularExpression withScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    static const QRegularExpression email(QStringLiteral("^[^@/:]+@[^@/:]+\\.[A-Za-z]{2,}$"));
    static const QRegularExpression host(
        QStringLiteral("^([A-Za-z0-9-]+\\.)+[A-Za-z]{2,}(:\\d+)?([/?#].*)?$"));
    if (email.match(trimmed).hasMatch())
        return QUrl(QStringLiteral("mailto:") + trimmed);
    if (withScheme.match(trimmed).hasMatch() && trimmed.contains(u"//"))
        return QUrl(trimmed);
    if (host.match(trimmed).hasMatch())
        return QUrl(QStringLiteral("https://") + trimmed);
    return {};
}

LinkGuard::Verdict LinkGuard::judge(const QUrl &target, const QString &visibleText)
{
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() || (scheme != u"http" && scheme != u"https" && scheme != u"mailto"))
        return Verdict::Refuse;
    if (scheme != u"mailto" && target.host().isEmpty())
        return Verdict::Refuse;
    const QUrl shown = addressIn(visibleText);
    if (shown.isEmpty())
        return Verdict::Open;
    const QUrl a = normalized(shown);
    const QUrl b = normalized(target);
    // Text without a scheme names the host and path only; https and http read the same there.
    const bool schemeShown = visibleText.contains(u"://") || visibleText.startsWith(u"mailto:");
    if (a.host() != b.host() || a.path() != b.path() || a.query() != b.query() ||
        (schemeShown && a.scheme() != b.scheme()) || a.port() != b.port() ||
        !b.userInfo().isEmpty())
        return Verdict::Confirm;
    return Verdict::Open;
}
