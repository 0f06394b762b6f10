// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QTcpSocket>

// What one raw HTTP exchange showed, framing included.
struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;          // the payload, chunk framing removed; a cut-off chunk included
    QList<QByteArray> chunks; // the payload as the server framed it, one entry a chunk
    QList<qint64> chunkTimes; // milliseconds after the request when each chunk was complete
    bool complete = false;    // the framing ended properly (last chunk, or Content-Length)
    bool closed = false;      // the server closed or reset the connection
    int reads = 0;            // readyRead signals while this response arrived

    QByteArray header(const QByteArray &name) const;
};

// HTTP/1.1 over a plain QTcpSocket to a loopback port, for tests of what a high-level client
// would hide: chunk boundaries, keep-alive, resets, stalls. Each call waits in a local loop.
class RawHttpClient
{
public:
    explicit RawHttpClient(quint16 port);

    bool connectToServer(int timeoutMs = 5000);
    void send(const QByteArray &requestBytes);
    // Reads until the response is complete, the connection closes, or timeoutMs pass.
    RawResponse readResponse(int timeoutMs = 10000);
    bool isConnected() const;
    void abort() { m_socket.abort(); }

    static QByteArray request(const QByteArray &method,
                              const QByteArray &target,
                              const QList<QPair<QByteArray, QByteArray>> &headers = {},
                              const QByteArray &body = {});

private:
    // Parses what has arrived; returns true when the response is complete.
    bool parse(RawResponse *response);

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_sentAt;
    qsizetype m_bodyStart = -1; // where the body begins in m_buffer, once the head is read
    qsizetype m_parsed = 0;     // how far the chunk framing has been read
    QByteArray m_partial;       // the bytes of a chunk still arriving
};
