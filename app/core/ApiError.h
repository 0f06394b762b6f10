// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Why a request did not give an answer, in a form the UI can act on (which setting to open, when
// to try again) and describe in the user's language. Built from the status, the headers and
// whichever error body shape the server used.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        None,
        Network,          // connection refused, reset, DNS, ...
        Timeout,          // nothing arrived within the inactivity limit
        Tls,              // certificate or handshake problem
        RedirectRefused,  // to another origin, or from https to http
        Unauthorized,     // 401: the key is missing, wrong, expired or revoked
        Forbidden,        // 403: the key lacks a scope
        StreamingRefused, // the key may not stream
        NotFound,         // 404: agent or conversation not visible
        Validation,       // 400
        RateLimited,      // 429
        Credits,          // 402 or a credit/budget error code
        Server,           // 5xx
        Unexpected,       // a 2xx that is not an answer, or a status we do not know
        AnswerError,      // an error event in the middle of an answer
        EmptyAnswer,      // a stream that ended without any answer
        MessageTooLong,   // refused before sending
        TooLarge,         // response or event over its cap
    };

    Kind kind = Kind::None;
    int status = 0;
    QString code;
    QString serverMessage;
    QJsonObject details;
    QString field;     // the request field a validation error names, if any
    QDateTime retryAt; // for RateLimited, when the server says it may be tried again

    bool isError() const { return kind != Kind::None; }
    // A sentence for the conversation pane: what happened and what the user can do.
    QString describe() const;

    static ApiError fromResponse(int status,
                                 const QByteArray &body,
                                 const QByteArray &retryAfter,
                                 const QByteArray &rateLimitReset,
                                 const QDateTime &now);
    static ApiError ofKind(Kind kind, const QString &serverMessage = {});
};
