// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedHttpServer.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using Reply = ScriptedHttpServer::Reply;
using Request = ScriptedHttpServer::Request;

namespace {

// A zero linger time turns the close into a TCP reset instead of an orderly shutdown.
void resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    socket->abort();
}

// One whole request from the front of `buffer`; false while it is still incomplete.
bool takeRequest(QByteArray &buffer, Request &request)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.first(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
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

QByteArray head(const Reply &reply, bool chunked)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(reply.status) +
                      (reply.status == 307 ? " Temporary Redirect" : " Scripted") + "\r\n";
    for (const auto &[name, value] : reply.headers)
        text += name + ": " + value + "\r\n";
    if (chunked)
        text += "Transfer-Encoding: chunked\r\n";
    return text + "Connection: close\r\n\r\n";
}

void writePieces(QTcpSocket *socket, const std::shared_ptr<const Reply> &reply, qsizetype index)
{
    const bool chunked = reply->chunked;
    if (index < reply->pieces.size()) {
        const QByteArray &piece = reply->pieces.at(index);
        if (chunked && !piece.isEmpty())
            socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        else if (!chunked)
            socket->write(piece);
        socket->flush();
        QTimer::singleShot(reply->gapMs, socket, [socket, reply, index] {
            writePieces(socket, reply, index + 1);
        });
        return;
    }
    switch (reply->ending) {
    case ScriptedHttpServer::Ending::Clean:
        if (chunked)
            socket->write("0\r\n\r\n");
        socket->disconnectFromHost();
        break;
    case ScriptedHttpServer::Ending::Reset:
        // Time for the bytes already written to reach the client, which a reset would discard.
        QTimer::singleShot(200, socket, [socket] { resetConnection(socket); });
        break;
    case ScriptedHttpServer::Ending::Stall:
        break;
    }
}

void answer(QTcpSocket *socket, const Reply &reply)
{
    if (!reply.answers)
        return;
    socket->write(head(reply, reply.chunked));
    socket->flush();
    const auto shared = std::make_shared<const Reply>(reply);
    QTimer::singleShot(reply.gapMs, socket, [socket, shared] { writePieces(socket, shared, 0); });
}

} // namespace

Reply Reply::eventStream(QByteArrayList pieces, Ending ending)
{
    Reply reply;
    reply.headers = {{"Content-Type", "text/event-stream"}, {"Cache-Control", "no-cache"}};
    reply.pieces = std::move(pieces);
    reply.ending = ending;
    return reply;
}

Reply Reply::typed(QByteArray contentType, QByteArrayList pieces)
{
    Reply reply;
    reply.headers = {{"Content-Type", std::move(contentType)}};
    reply.pieces = std::move(pieces);
    return reply;
}

Reply Reply::redirect(QByteArray location)
{
    Reply reply;
    reply.status = 307;
    reply.headers = {{"Location", std::move(location)}, {"Content-Length", "0"}};
    reply.chunked = false;
    return reply;
}

Reply Reply::silence()
{
    Reply reply;
    reply.answers = false;
    return reply;
}

QByteArray Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name.toByteArray().toLower())
            return value;
    }
    return {};
}

ScriptedHttpServer::ScriptedHttpServer()
{
    m_thread.setObjectName(QStringLiteral("ScriptedHttpServer"));
    m_thread.start();
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] { delete std::exchange(m_server, nullptr); },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

bool ScriptedHttpServer::listen()
{
    m_context->moveToThread(&m_thread);
    bool listening = false;
    QMetaObject::invokeMethod(
        m_context,
        [this, &listening] {
            m_server = new QTcpServer;
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] { accept(); });
            listening = m_server->listen(QHostAddress::LocalHost, 0);
            if (listening)
                m_origin = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

void ScriptedHttpServer::setReplies(const QList<Reply> &replies)
{
    QMutexLocker lock(&m_mutex);
    m_replies = replies;
    m_served = 0;
}

QList<Request> ScriptedHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

Reply ScriptedHttpServer::nextReply()
{
    QMutexLocker lock(&m_mutex);
    if (m_replies.isEmpty())
        return Reply::typed("text/plain", {"no reply scripted"});
    return m_replies.at(qMin(m_served++, m_replies.size() - 1));
}

void ScriptedHttpServer::record(const Request &request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
}

void ScriptedHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // One request a connection: every reply says Connection: close.
        auto buffer = std::make_shared<QByteArray>();
        auto served = std::make_shared<bool>(false);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer, served] {
            buffer->append(socket->readAll());
            Request request;
            if (*served || !takeRequest(*buffer, request))
                return;
            *served = true;
            record(request);
            answer(socket, nextReply());
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}
