// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnection.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxHeadBytes = 64 * 1024;

void logRequestLine(const QByteArray &method, const QByteArray &path, int status)
{
    // Method, path and status only: the query and the headers may carry a key.
    const QByteArray line = (method.isEmpty() ? "-"_ba : method) + ' ' +
                            (path.isEmpty() ? "-"_ba : path) + ' ' + QByteArray::number(status) +
                            '\n';
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
        .toLatin1();
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    // Small writes must leave at once, or a client would see tokens merged by Nagle's algorithm.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readIncoming);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

QString HttpConnection::origin() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_socket->localPort());
}

bool HttpConnection::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::readIncoming()
{
    if (m_refused) {
        m_drainBytes -= m_socket->readAll().size();
        if (m_drainBytes <= 0)
            m_socket->disconnectFromHost();
        return;
    }
    m_buffer += m_socket->readAll();
    if (!m_busy)
        processBuffer();
}

void HttpConnection::processBuffer()
{
    if (m_busy || m_refused || !isOpen())
        return;
    if (!m_pending && !takeHead())
        return;
    if (m_buffer.size() < m_bodyLength)
        return;

    HttpRequest request = std::move(*m_pending);
    m_pending.reset();
    request.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_busy = true;
    m_closeAfter = request.wantsClose();
    m_method = request.method;
    m_path = request.path;
    emit requestReceived(request);
}

// Reads a request head from the buffer into m_pending. Returns false while the head is
// incomplete or when the request was refused.
bool HttpConnection::takeHead()
{
    qsizetype end = m_buffer.indexOf("\r\n\r\n");
    qsizetype separator = 4;
    const qsizetype bareEnd = m_buffer.indexOf("\n\n");
    if (bareEnd >= 0 && (end < 0 || bareEnd < end)) {
        end = bareEnd;
        separator = 2;
    }
    m_method.clear();
    m_path.clear();
    if (end < 0 ? m_buffer.size() > maxHeadBytes : end > maxHeadBytes) {
        refuse(431, u"headers_too_large"_s, u"The request head is larger than 64 KiB."_s);
        return false;
    }
    if (end < 0)
        return false;

    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + separator);
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }

    HttpRequest request;
    const QList<QByteArray> parts = lines.takeFirst().split(' ');
    if (parts.size() != 3 || parts[0].isEmpty() || !parts[2].startsWith("HTTP/1.")) {
        refuse(400, u"bad_request"_s, u"Malformed request line."_s);
        return false;
    }
    request.method = parts[0];
    request.version = parts[2];
    QByteArray target = parts[1];
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype pathStart = target.indexOf('/', target.indexOf("//") + 2);
        target = pathStart < 0 ? "/"_ba : target.mid(pathStart);
    }
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    m_method = request.method;
    m_path = request.path;

    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            refuse(400, u"bad_request"_s, u"Malformed header line."_s);
            return false;
        }
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    if (request.hasHeader("Transfer-Encoding"_ba)) {
        refuse(501, u"not_implemented"_s, u"Request bodies must be sent with Content-Length."_s);
        return false;
    }
    qint64 length = 0;
    if (request.hasHeader("Content-Length"_ba)) {
        bool ok = false;
        length = request.header("Content-Length"_ba).toLongLong(&ok);
        if (!ok || length < 0) {
            refuse(400, u"bad_request"_s, u"Invalid Content-Length."_s);
            return false;
        }
    }
    if (length > maxBodyBytes) {
        refuse(413,
               u"payload_too_large"_s,
               u"The request body is larger than 1 MiB (%1 bytes)."_s.arg(length),
               length);
        return false;
    }
    if (request.header("Expect"_ba).toLower() == "100-continue")
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"_ba);

    m_bodyLength = length;
    m_pending = std::move(request);
    return true;
}

void HttpConnection::refuse(int status,
                            const QString &code,
                            const QString &message,
                            qint64 drainBytes)
{
    constexpr qint64 maxDrainBytes = 64 * 1024 * 1024;
    m_refused = true;
    m_closeAfter = true;
    m_drainBytes = drainBytes <= maxDrainBytes ? drainBytes - m_buffer.size() : 0;
    m_buffer.clear();
    const HttpResponse response = HttpResponse::error(status, code, message);
    writeHead(
        status, response.headers, "Content-Length: "_ba + QByteArray::number(response.body.size()));
    m_socket->write(response.body);
    m_socket->flush();
    if (m_drainBytes <= 0)
        m_socket->disconnectFromHost();
}

void HttpConnection::writeHead(int status, const HttpHeaders &headers, const QByteArray &framing)
{
    QByteArray head = "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' +
                      HttpResponse::reasonPhrase(status) + "\r\n";
    head += "Date: "_ba + httpDate() + "\r\nServer: pharen-hub-sim\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (!framing.isEmpty())
        head += framing + "\r\n";
    head += m_closeAfter ? "Connection: close\r\n\r\n"_ba : "Connection: keep-alive\r\n\r\n"_ba;
    m_socket->write(head);
    m_socket->flush();
    logRequestLine(m_method, m_path, status);
}

void HttpConnection::sendResponse(const HttpResponse &response)
{
    if (!isOpen())
        return;
    const bool bodyless = response.status == 204 || response.status == 304;
    writeHead(response.status,
              response.headers,
              bodyless ? QByteArray()
                       : "Content-Length: "_ba + QByteArray::number(response.body.size()));
    if (!bodyless)
        m_socket->write(response.body);
    m_socket->flush();
    finishResponse();
}

void HttpConnection::beginBody(const HttpResponse &head, qint64 contentLength)
{
    if (!isOpen())
        return;
    m_chunked = contentLength < 0;
    writeHead(head.status,
              head.headers,
              m_chunked ? "Transfer-Encoding: chunked"_ba
                        : "Content-Length: "_ba + QByteArray::number(contentLength));
}

void HttpConnection::writeBody(const QByteArray &bytes)
{
    if (!isOpen() || bytes.isEmpty())
        return;
    if (m_chunked) {
        m_socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
    } else {
        m_socket->write(bytes);
    }
    m_socket->flush();
}

void HttpConnection::endBody()
{
    if (!isOpen())
        return;
    if (m_chunked)
        m_socket->write("0\r\n\r\n"_ba);
    m_socket->flush();
    m_chunked = false;
    finishResponse();
}

void HttpConnection::resetConnection()
{
#ifdef Q_OS_UNIX
    // A zero linger time turns close() into a reset instead of an orderly shutdown.
    const linger immediate{1, 0};
    ::setsockopt(
        int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediate, sizeof immediate);
#endif
    m_socket->abort();
}

void HttpConnection::finishResponse()
{
    m_busy = false;
    if (m_closeAfter) {
        m_refused = true;
        m_socket->disconnectFromHost();
        return;
    }
    QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}
