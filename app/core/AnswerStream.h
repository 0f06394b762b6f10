// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "AnswerState.h"
#include "ApiError.h"
#include "ChatRequest.h"
#include "StreamEvent.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class AnswerAssembler;
class QNetworkAccessManager;
class QNetworkReply;

// One chat request and its reply, from the first byte sent to one final outcome. It owns the
// QNetworkReply: it checks redirects, resets the inactivity timer on every byte that arrives,
// caps the response size, feeds the body to the decoder as it arrives (readyRead, never at the
// end), and tells a user's Stop from a timeout and from a transport error.
class AnswerStream : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int inactivityMs = 120'000;
        qint64 maxResponseBytes = 256LL * 1024 * 1024;
        qsizetype maxEventBytes = 16 * 1024 * 1024;
        qint64 maxErrorBodyBytes = 64 * 1024;
    };

    AnswerStream(QNetworkAccessManager *network,
                 const Account &account,
                 const ChatRequest &request,
                 const Limits &limits,
                 QObject *parent = nullptr);
    ~AnswerStream() override;

    void start();
    // The user's Stop: keeps what arrived and ends as Stopped. Harmless after the end.
    void stop();

    // As sent last: after a refused stream, the single-answer request.
    const ChatRequest &request() const { return m_request; }
    QString answer() const;
    QString reasoning() const;
    QString conversationId() const;
    QString runId() const;
    AnswerState state() const { return m_state; }
    const ApiError &error() const { return m_error; }
    bool isRunning() const { return m_state == AnswerState::Streaming; }
    // The key may not stream; the answer was asked for again without streaming.
    bool fellBackToSingleAnswer() const { return m_fellBack; }

signals:
    void eventsDecoded(const QList<StreamEvent> &events);
    void textChanged();
    void streamingRefused();
    void finished();

private:
    void send();
    void handleMetaData();
    void handleReadyRead();
    void handleFinished();
    void handleInactivity();
    void consume(const QByteArray &bytes);
    bool readPendingEvent();
    AnswerState cutOffState() const;
    void finish(AnswerState state, const ApiError &error = {});
    void releaseReply();
    void dropReply();

    QNetworkAccessManager *m_network;
    Account m_account;
    ChatRequest m_request;
    Limits m_limits;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<AnswerAssembler> m_assembler;
    QTimer m_inactivity;
    QByteArray m_errorBody;
    qint64 m_received = 0;
    qint64 m_bodyBytes = 0; // of a 2xx body, as it came over the wire
    int m_status = 0;
    AnswerState m_state = AnswerState::Streaming;
    ApiError m_error;
    QString m_conversationIdFromHeader;
    bool m_fellBack = false;
    bool m_stopRequested = false;
    bool m_timedOut = false;
    bool m_redirectRefused = false;
};
