// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiError.h"

#include "Log.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The message of any error body shape seen in the wild; HTML and other text stay unread.
void readBody(const QByteArray &body, ApiError &error)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return;
    const QJsonObject object = document.object();
    const QJsonValue errorValue = object.value(u"error");
    if (errorValue.isObject()) {
        const QJsonObject inner = errorValue.toObject();
        error.code = inner.value(u"code").toString();
        error.serverMessage = inner.value(u"message").toString();
        error.details = inner.value(u"details").toObject();
    } else if (errorValue.isString()) {
        error.serverMessage = errorValue.toString();
    }
    if (error.serverMessage.isEmpty())
        error.serverMessage = object.value(u"detail").toString();
    if (error.serverMessage.isEmpty())
        error.serverMessage = object.value(u"message").toString();
    if (error.code.isEmpty())
        error.code = object.value(u"code").toString();
    // Django REST field errors: {"message": ["This field is required."]} at the top or in details.
    const QJsonObject fields = error.details.isEmpty() ? object : error.details;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isArray() && error.field.isEmpty()) {
            error.field = it.key();
            if (error.serverMessage.isEmpty())
                error.serverMessage = it.value().toArray().first().toString();
        }
    }
    if (error.field.isEmpty())
        error.field = error.details.value(u"field").toString();
    // A broken or hostile server may quote the request's Authorization header back; what it says
    // is kept, shown, saved and exported without the key.
    error.code = Redact::scrubSecrets(error.code);
    error.serverMessage = Redact::scrubSecrets(error.serverMessage);
    error.field = Redact::scrubSecrets(error.field);
}

bool mentions(const ApiError &error, QStringView word)
{
    return error.code.contains(word, Qt::CaseInsensitive) ||
           error.serverMessage.contains(word, Qt::CaseInsensitive);
}

QDateTime retryTime(const QByteArray &retryAfter, const QByteArray &reset, const QDateTime &now)
{
    bool ok = false;
    const qint64 seconds = retryAfter.trimmed().toLongLong(&ok);
    if (ok && seconds >= 0)
        return now.addSecs(seconds);
    if (!retryAfter.isEmpty()) {
        const QDateTime date =
            QDateTime::fromString(QString::fromLatin1(retryAfter.trimmed()), Qt::RFC2822Date);
        if (date.isValid())
            return date;
    }
    const qint64 epoch = reset.trimmed().toLongLong(&ok);
    if (ok && epoch > 0)
        return QDateTime::fromSecsSinceEpoch(epoch);
    return {};
}

} // namespace

ApiError ApiError::ofKind(Kind kind, const QString &serverMessage)
{
    ApiError error;
    error.kind = kind;
    // The message of an error event in an answer, or Qt's words about a connection: scrubbed as
    // a body's message is.
    error.serverMessage = Redact::scrubSecrets(serverMessage);
    return error;
}

ApiError ApiError::fromResponse(int status,
                                const QByteArray &body,
                                const QByteArray &retryAfter,
                                const QByteArray &rateLimitReset,
                                const QDateTime &now)
{
    ApiError error;
    error.status = status;
    readBody(body, error);
    const bool aboutStreaming = mentions(error, u"stream");
    if ((status == 400 || status == 403 || status == 406) && aboutStreaming)
        error.kind = Kind::StreamingRefused;
    else if (status == 402 || mentions(error, u"credit") || mentions(error, u"budget") ||
             mentions(error, u"quota"))
        error.kind = Kind::Credits;
    else if (status == 401)
        error.kind = Kind::Unauthorized;
    else if (status == 403)
        error.kind = Kind::Forbidden;
    else if (status == 404)
        error.kind = Kind::NotFound;
    else if (status == 400 || status == 422)
        error.kind = Kind::Validation;
    else if (status == 429)
        error.kind = Kind::RateLimited;
    else if (status >= 500)
        error.kind = Kind::Server;
    else
        error.kind = Kind::Unexpected;
    if (error.kind == Kind::RateLimited)
        error.retryAt = retryTime(retryAfter, rateLimitReset, now);
    return error;
}

QString ApiError::describe() const
{
    // Scrubbed again here, where the server's words become the user's text: serverMessage is a
    // public member, and a saved conversation sets it from the database.
    const QString message = Redact::scrubSecrets(serverMessage);
    const QString said =
        message.isEmpty() ? QString() : u" " + tr("The server said: %1").arg(message);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        // Qt's words, not the server's: the server may never have been reached.
        return message.isEmpty() ? tr("Could not reach the server.")
                                 : tr("The connection to the server failed (%1).").arg(message);
    case Kind::Timeout:
        return tr("The server sent nothing for too long; the answer timed out.");
    case Kind::Tls:
        return message.isEmpty()
                   ? tr("The secure connection could not be verified.")
                   : tr("The secure connection could not be verified (%1).").arg(message);
    case Kind::RedirectRefused:
        return tr("The server redirected the request to another address; Pharen Chat did not "
                  "follow, so your API key was not sent there.") +
               said;
    case Kind::Unauthorized:
        return tr("API key rejected. Check the key in the settings.") + said;
    case Kind::Forbidden:
        return tr("This API key is not allowed to do this; it may lack the scope "
                  "agents:run or agents:read.") +
               said;
    case Kind::StreamingRefused:
        return tr("This API key is not allowed to stream answers.") + said;
    case Kind::NotFound:
        return tr("Not found: the agent or the conversation is not available to this key.") + said;
    case Kind::Validation:
        return tr("The server refused the message as invalid.") + said;
    case Kind::RateLimited:
        if (retryAt.isValid()) {
            return tr("Rate limited: too many requests. You can try again at %1.")
                       .arg(
                           QLocale().toString(retryAt.toLocalTime().time(), QLocale::ShortFormat)) +
                   said;
        }
        return tr("Rate limited: too many requests. Wait a minute, then try again.") + said;
    case Kind::Credits:
        return tr("The workspace has no credits or budget left for AI requests.") + said;
    case Kind::Server:
        return tr("Server error (%1). Try again later.").arg(status) + said;
    case Kind::Unexpected:
        return tr("Unexpected response from the server.") + said;
    case Kind::AnswerError:
        return tr("The agent stopped with an error.") + said;
    case Kind::EmptyAnswer:
        return tr("Empty answer from the server.");
    case Kind::MessageTooLong:
        return tr("The message is too long.") + said;
    case Kind::TooLarge:
        return tr("The response is larger than Pharen Chat accepts; it was cut off.");
    }
    return {};
}
