// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerStream.h"

#include "AnswerAssembler.h"
#include "Log.h"
#include "Origin.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace {

// How long the rest of a body may take to arrive after its end event, before it is cut.
constexpr int ReleaseGraceMs = 5000;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

ApiError errorOfProblem(AnswerAssembler::Problem problem, const AnswerAssembler &assembler)
{
    using Problem = AnswerAssembler::Problem;
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::ServerError: {
        ApiError error = ApiError::ofKind(ApiError::Kind::AnswerError, assembler.serverMessage());
        error.code = assembler.errorCode();
        return error;
    }
    case Problem::EmptyAnswer:
        return ApiError::ofKind(ApiError::Kind::EmptyAnswer);
    case Problem::UnexpectedContent:
        return ApiError::ofKind(ApiError::Kind::Unexpected);
    case Problem::EventTooLarge:
        return ApiError::ofKind(ApiError::Kind::TooLarge);
    }
    return {};
}

} // namespace

AnswerStream::AnswerStream(QNetworkAccessManager *network,
                           const Account &account,
                           const ChatRequest &request,
                           const Limits &limits,
                           QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_account(account)
    , m_request(request)
    , m_limits(limits)
{
    // Known from here on, so that a server quoting it back, a log line or a crash cannot show it.
    Redact::registerSecret(account.apiKey);
    m_inactivity.setSingleShot(true);
    connect(&m_inactivity, &QTimer::timeout, this, &AnswerStream::handleInactivity);
}

AnswerStream::~AnswerStream()
{
    dropReply();
}

QString AnswerStream::answer() const
{
    return m_assembler ? m_assembler->answer() : QString();
}

QString AnswerStream::reasoning() const
{
    return m_assembler ? m_assembler->reasoning() : QString();
}

QString AnswerStream::conversationId() const
{
    const QString fromBody = m_assembler ? m_assembler->conversationId() : QString();
    return fromBody.isEmpty() ? m_conversationIdFromHeader : fromBody;
}

QString AnswerStream::runId() const
{
    return m_assembler ? m_assembler->runId() : QString();
}

void AnswerStream::start()
{
    if (ChatRequest::codePointCount(m_request.message) > ChatRequest::MaxMessageCodePoints) {
        finish(AnswerState::Failed, ApiError::ofKind(ApiError::Kind::MessageTooLong));
        return;
    }
    send();
}

void AnswerStream::send()
{
    const QByteArray body = QJsonDocument(m_request.body()).toJson(QJsonDocument::Compact);
    m_assembler.reset();
    m_errorBody.clear();
    m_received = 0;
    m_bodyBytes = 0;
    m_status = 0;
    m_reply = m_network->post(m_request.networkRequest(m_account), body);
    qCDebug(lcNet) << "chat request sent to" << m_reply->url().path() << "stream"
                   << m_request.stream << "bytes" << body.size();

    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &AnswerStream::handleMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &AnswerStream::handleReadyRead);
    connect(reply, &QNetworkReply::finished, this, &AnswerStream::handleFinished);
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        const bool downgrade = reply->url().scheme() == u"https" && target.scheme() != u"https";
        if (Origin::isSameOrigin(target, m_account.origin) && !downgrade) {
            emit reply->redirectAllowed();
            return;
        }
        qCWarning(lcNet) << "refused a redirect to another origin:" << target.host();
        m_redirectRefused = true;
        reply->abort();
    });
    m_inactivity.start(m_limits.inactivityMs);
}

void AnswerStream::handleMetaData()
{
    if (!m_reply || m_status != 0)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || (status >= 300 && status < 400))
        return; // not yet the final response
    m_status = status;
    m_conversationIdFromHeader = QString::fromUtf8(m_reply->rawHeader("X-Conversation-Id"));
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (isSuccess(status) && !encoding.isEmpty() && encoding != "identity") {
        // Asked for identity, so Qt does not decompress: the bytes would read as an empty or
        // garbled answer. Say what happened instead.
        qCWarning(lcNet) << "the answer came compressed as" << encoding << "although not asked to";
        finish(AnswerState::Failed, ApiError::ofKind(ApiError::Kind::Unexpected));
        return;
    }
    if (isSuccess(status)) {
        const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        m_assembler = std::make_unique<AnswerAssembler>(type, m_limits.maxEventBytes);
        qCDebug(lcNet) << "answer arriving as" << type;
    }
}

void AnswerStream::handleReadyRead()
{
    if (!m_reply || m_state != AnswerState::Streaming)
        return;
    m_inactivity.start(m_limits.inactivityMs);
    handleMetaData();
    consume(m_reply->readAll());
}

void AnswerStream::consume(const QByteArray &bytes)
{
    if (bytes.isEmpty() || m_state != AnswerState::Streaming)
        return;
    m_received += bytes.size();
    if (m_received > m_limits.maxResponseBytes) {
        const bool hasText = !answer().isEmpty();
        finish(hasText ? AnswerState::Interrupted : AnswerState::Failed,
               ApiError::ofKind(ApiError::Kind::TooLarge));
        return;
    }
    if (!m_assembler) {
        // An error body: kept for its message, within reason.
        const qint64 room = m_limits.maxErrorBodyBytes - m_errorBody.size();
        if (room > 0)
            m_errorBody.append(bytes.left(room));
        return;
    }
    m_bodyBytes += bytes.size();
    const QList<StreamEvent> events = m_assembler->feed(bytes);
    if (!events.isEmpty())
        emit eventsDecoded(events);
    // The events say what changed; comparing the answer before and after would copy and scan
    // the whole text on every read.
    const bool textGrew = std::any_of(events.cbegin(), events.cend(), [](const StreamEvent &e) {
        return e.kind == StreamEvent::Kind::AnswerText ||
               e.kind == StreamEvent::Kind::ReasoningText;
    });
    if (textGrew)
        emit textChanged();
    if (!m_assembler->isFinished())
        return;
    // An end event or an error ends the answer now, whatever the connection does next: a server
    // that keeps the body open after its end event must not leave the answer spinning until the
    // inactivity limit calls it a timeout. After a clean end the rest of the body is let go.
    if (m_assembler->problem() == AnswerAssembler::Problem::None)
        releaseReply();
    finish(m_assembler->state(), errorOfProblem(m_assembler->problem(), *m_assembler));
}

void AnswerStream::handleFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_state != AnswerState::Streaming)
        return;
    handleMetaData();
    if (reply->isOpen())
        consume(reply->readAll());
    if (m_state != AnswerState::Streaming)
        return;

    if (m_stopRequested) {
        finish(AnswerState::Stopped);
        return;
    }
    if (m_timedOut) {
        if (!readPendingEvent())
            finish(cutOffState(), ApiError::ofKind(ApiError::Kind::Timeout));
        return;
    }
    if (m_redirectRefused) {
        finish(AnswerState::Failed, ApiError::ofKind(ApiError::Kind::RedirectRefused));
        return;
    }
    if (m_status != 0 && !isSuccess(m_status)) {
        const ApiError error = ApiError::fromResponse(m_status,
                                                      m_errorBody,
                                                      reply->rawHeader("Retry-After"),
                                                      reply->rawHeader("X-RateLimit-Reset"),
                                                      QDateTime::currentDateTimeUtc());
        if (error.kind == ApiError::Kind::StreamingRefused && m_request.stream && !m_fellBack) {
            qCInfo(lcNet) << "streaming refused for this key; asking once without streaming";
            m_fellBack = true;
            m_request.stream = false;
            dropReply();
            emit streamingRefused();
            send();
            return;
        }
        finish(AnswerState::Failed, error);
        return;
    }
    // Qt 6.4 reports a body whose connection closed early as finished without an error when
    // bytes were still unread at the close; a declared length that did not arrive gives it away.
    bool ok = false;
    const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    const bool cutShort = ok && m_assembler && m_bodyBytes < declared;
    if (reply->error() != QNetworkReply::NoError || !m_assembler || cutShort) {
        if (readPendingEvent())
            return;
        const QNetworkReply::NetworkError code = reply->error();
        const bool tls = code == QNetworkReply::SslHandshakeFailedError;
        qCInfo(lcNet) << "chat reply ended with transport error" << code << "body bytes"
                      << m_bodyBytes << "of" << (ok ? declared : -1);
        // Qt's words for a body cut short without an error would be "no error".
        const QString said = code == QNetworkReply::NoError
                                 ? QString()
                                 : Redact::scrub(reply->errorString(), m_account.apiKey);
        finish(cutOffState(),
               ApiError::ofKind(tls ? ApiError::Kind::Tls : ApiError::Kind::Network, said));
        return;
    }
    const QList<StreamEvent> events = m_assembler->finish();
    if (!events.isEmpty())
        emit eventsDecoded(events);
    emit textChanged();
    finish(m_assembler->state(), errorOfProblem(m_assembler->problem(), *m_assembler));
}

AnswerState AnswerStream::cutOffState() const
{
    const bool hasText = !answer().isEmpty() || !reasoning().isEmpty();
    return hasText ? AnswerState::Interrupted : AnswerState::Failed;
}

bool AnswerStream::readPendingEvent()
{
    if (!m_assembler || !m_assembler->isStreamFormat() || m_assembler->isFinished())
        return false;
    // Nothing that arrived is thrown away: an event still pending when the connection broke is
    // read as at a clean end, and only an end event among it makes the answer whole.
    const QList<StreamEvent> events = m_assembler->finish();
    if (!events.isEmpty())
        emit eventsDecoded(events);
    emit textChanged();
    const bool ended = std::any_of(events.cbegin(), events.cend(), [](const StreamEvent &event) {
        return event.kind == StreamEvent::Kind::Terminal;
    });
    if (ended)
        finish(m_assembler->state(), errorOfProblem(m_assembler->problem(), *m_assembler));
    return ended;
}

void AnswerStream::handleInactivity()
{
    if (m_state != AnswerState::Streaming || !m_reply)
        return;
    qCInfo(lcNet) << "no bytes for" << m_limits.inactivityMs << "ms; ending the answer";
    m_timedOut = true;
    m_reply->abort();
}

void AnswerStream::stop()
{
    if (m_state != AnswerState::Streaming)
        return;
    m_stopRequested = true;
    if (m_reply)
        m_reply->abort();
    else
        finish(AnswerState::Stopped);
}

void AnswerStream::finish(AnswerState state, const ApiError &error)
{
    if (m_state != AnswerState::Streaming)
        return;
    m_inactivity.stop();
    m_state = state == AnswerState::Streaming ? AnswerState::MayBeIncomplete : state;
    m_error = error;
    dropReply();
    qCDebug(lcNet) << "answer ended, state" << int(m_state) << "error kind" << int(error.kind);
    emit finished();
}

void AnswerStream::releaseReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    if (!reply->isRunning()) {
        reply->deleteLater();
        return;
    }
    // Usually only the last chunk is missing; letting it arrive keeps the connection for the next
    // message. A server that never ends the body loses the connection after a short grace.
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QTimer::singleShot(ReleaseGraceMs, reply, &QNetworkReply::abort);
}

void AnswerStream::dropReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}
