// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackHub.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

// One whole request from the front of `buffer`; false while it is still incomplete.
bool takeRequest(QByteArray &buffer, LoopbackHub::Request &request)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.first(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    request.headers.clear();
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines.at(i).first(colon).trimmed().toLower();
        const QByteArray value = lines.at(i).sliced(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name == "content-length")
            length = value.toLongLong();
    }
    if (buffer.size() < headEnd + 4 + length)
        return false;
    request.body = buffer.sliced(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);
    return true;
}

} // namespace

QByteArray LoopbackHub::Request::header(QByteArrayView name) const
{
    const QByteArray lower = name.toByteArray().toLower();
    for (const auto &[key, value] : headers) {
        if (key == lower)
            return value;
    }
    return {};
}

LoopbackHub::LoopbackHub(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_responder = [](const Request &) {
        return Reply{404, "Not Found", "text/plain", {}};
    };
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackHub::accept);
}

LoopbackHub::~LoopbackHub() = default;

bool LoopbackHub::listen()
{
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return false;
    m_origin = QUrl(u"http://127.0.0.1:" + QString::number(m_server->serverPort()));
    return true;
}

void LoopbackHub::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackHub::read(QTcpSocket *socket)
{
    const QByteArray bytes = socket->readAll();
    m_received += bytes;
    QByteArray buffer = socket->property("pending").toByteArray() + bytes;
    Request request;
    if (!takeRequest(buffer, request)) {
        socket->setProperty("pending", buffer);
        return;
    }
    socket->setProperty("pending", QByteArray());
    m_requests.append(request);
    const Reply reply = m_responder(request);
    socket->write("HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reply.reason + "\r\n" +
                  "Content-Type: " + reply.contentType + "\r\n" +
                  "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n" +
                  "Connection: close\r\n\r\n" + reply.body);
    socket->disconnectFromHost();
}
