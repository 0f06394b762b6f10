// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

// One category per subsystem; debug is off unless QT_LOGGING_RULES turns it on. Secrets and the
// bodies of requests and answers are never logged: only names, sizes and statuses.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace Redact {

// What a header looks like in a log line: its value, or a placeholder for credentials.
QByteArray headerValue(QByteArrayView name, QByteArrayView value);

// `text` with every occurrence of `secret` replaced; for error strings that may quote a request.
QString scrub(QString text, const QString &secret);

} // namespace Redact
