// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QObject>

#include <optional>

class QTcpSocket;

// One client connection: reads requests one after another (keep-alive), hands each to the
// server, and writes its response either at once or in pieces over time. It deletes itself when
// the client goes away, and with it any stream still writing to it.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxBodyBytes = 1024 * 1024;

    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);

    // The origin the client reached, for absolute links; never taken from the Host header.
    QString origin() const;
    bool isOpen() const;

    void sendResponse(const HttpResponse &response);
    // Writes the head of a response whose body follows in writeBody() calls; a negative
    // contentLength means chunked transfer encoding.
    void beginBody(const HttpResponse &head, qint64 contentLength);
    void writeBody(const QByteArray &bytes);
    void endBody();
    // Drops the connection with a TCP reset, as a crashing proxy would.
    void resetConnection();

signals:
    void requestReceived(const HttpRequest &request);

private:
    void readIncoming();
    void processBuffer();
    bool takeHead();
    // Answers an unusable request and ends the connection; drainBytes of request body still on
    // their way are read and dropped first, so that the client sees the answer, not a reset.
    void refuse(int status, const QString &code, const QString &message, qint64 drainBytes = 0);
    void writeHead(int status, const HttpHeaders &headers, const QByteArray &framing);
    void finishResponse();

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    std::optional<HttpRequest> m_pending; // head read, body still arriving
    qint64 m_bodyLength = 0;
    bool m_busy = false;    // a response is being written; later requests wait in m_buffer
    bool m_chunked = false; // the body being written uses chunked transfer encoding
    bool m_closeAfter = false;
    bool m_refused = false; // a malformed request ended this connection
    qint64 m_drainBytes = 0;
    QByteArray m_method;
    QByteArray m_path;
};
