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

// The API keys this process has learned, kept so that text about to leave it (a log line, a crash
// message, a server's error shown to the user) can be scrubbed of every one of them, not only of
// the key at hand. Safe to call from any thread. Registering the same key twice keeps it once.
void registerSecret(const QString &secret);
void forgetSecret(const QString &secret);
// `text` with every registered secret replaced, and with the value of any `Bearer` credential or
// anything shaped like a Pharen key (`phk_...`) replaced too: a server that quotes a header back
// may quote a key this process never registered.
QString scrubSecrets(QString text);

} // namespace Redact
