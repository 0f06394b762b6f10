// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <utility>

class QTcpServer;
class QTcpSocket;

// A loopback HTTP/1.1 server on the test's own thread whose reply is made from the request it
// answers, so that a test can play a hub that quotes the request back in its errors. It also
// counts connections, with or without a request in them, for a server that should never be
// contacted at all. One request a connection; every reply closes it.
class LoopbackHub : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case
        QByteArray body;

        QByteArray header(QByteArrayView name) const;
    };

    struct Reply
    {
        int status = 200;
        QByteArray reason = "OK"; // the status line's text, which a hostile server may fill too
        QByteArray contentType = "application/json";
        QByteArray body;
    };

    using Responder = std::function<Reply(const Request &)>;

    explicit LoopbackHub(QObject *parent = nullptr);
    ~LoopbackHub() override;

    bool listen(); // on 127.0.0.1, a free port
    QUrl origin() const { return m_origin; }
    void setResponder(Responder responder) { m_responder = std::move(responder); }

    int connections() const { return m_connections; }
    const QList<Request> &requests() const { return m_requests; }
    QByteArray received() const { return m_received; } // every byte that arrived, as it came

private:
    void accept();
    void read(QTcpSocket *socket);

    QTcpServer *m_server;
    QUrl m_origin;
    Responder m_responder;
    int m_connections = 0;
    QList<Request> m_requests;
    QByteArray m_received;
};
