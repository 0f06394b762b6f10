// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimFault.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {

bool parseCount(const QString &text, qint64 *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok && *value >= 0;
}

// The simulator hands out redirects for tests of the client's redirect handling; it refuses to
// point a client, and the key it carries, anywhere but this machine.
bool isLoopbackUrl(const QUrl &url)
{
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
        return false;
    const QString host = url.host();
    return host == u"localhost"_s || QHostAddress(host).isLoopback();
}

} // namespace

std::optional<SimFault> SimFault::parse(const QString &spec, QString *error)
{
    SimFault fault;
    const QStringList items = spec.split(u',', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items.at(i).trimmed();
        const QString name = item.section(u':', 0, 0).toLower();
        const QString argument = item.section(u':', 1);
        bool ok = true;
        if (name == u"none"_s)
            continue;
        if (name == u"reset-after"_s) {
            ok = parseCount(argument, &fault.resetAfter);
        } else if (name == u"stall-after"_s) {
            ok = parseCount(argument, &fault.stallAfter);
        } else if (name == u"pause-after"_s) {
            qint64 ms = 0;
            ok = parseCount(argument.section(u':', 0, 0), &fault.pauseAfter) &&
                 parseCount(argument.section(u':', 1), &ms) && ms <= 600000;
            fault.pauseMs = int(ms);
        } else if (name == u"big-event"_s) {
            ok = parseCount(argument, &fault.bigEvent) && fault.bigEvent > 0 &&
                 fault.bigEvent <= 64 * 1024 * 1024;
        } else if (name == u"status"_s) {
            fault.status = argument.section(u'-', 0, 0).toInt(&ok);
            fault.statusVariant = argument.section(u'-', 1).toLower();
            ok = ok && fault.status >= 400 && fault.status <= 599 &&
                 (fault.statusVariant.isEmpty() || fault.statusVariant == u"html"_s ||
                  fault.statusVariant == u"streaming"_s);
        } else if (name == u"redirect"_s) {
            // A URL may hold commas; the redirect takes the rest of the list.
            const QString rest = QStringList(items.mid(i)).join(u',').trimmed();
            fault.redirect = QUrl(rest.mid(rest.indexOf(u':') + 1), QUrl::StrictMode);
            ok = isLoopbackUrl(fault.redirect);
            if (ok)
                fault.items.append(u"redirect:"_s + fault.redirect.toString());
            else
                *error = u"redirect needs an http(s) URL on a loopback host"_s;
            if (!ok)
                return std::nullopt;
            break;
        } else if (name == u"error-event"_s) {
            fault.errorEvent = true;
        } else if (name == u"html-200"_s) {
            fault.html200 = true;
        } else if (name == u"empty-body"_s) {
            fault.emptyBody = true;
        } else if (name == u"comments-only"_s) {
            fault.commentsOnly = true;
        } else if (name == u"gzip"_s) {
            fault.gzip = true;
        } else if (name == u"invalid-utf8"_s) {
            fault.invalidUtf8 = true;
        } else {
            ok = false;
        }
        if (!ok) {
            *error = u"unknown or malformed fault \"%1\""_s.arg(item);
            return std::nullopt;
        }
        fault.items.append(item);
    }
    return fault;
}
