// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawHttpClient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

QByteArray RawResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RawHttpClient::RawHttpClient(quint16 port)
    : m_port(port)
{}

bool RawHttpClient::connectToServer(int timeoutMs)
{
    m_socket.connectToHost(u"127.0.0.1"_s, m_port);
    return m_socket.waitForConnected(timeoutMs);
}

bool RawHttpClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void RawHttpClient::send(const QByteArray &requestBytes)
{
    m_socket.write(requestBytes);
    m_socket.flush();
    m_sentAt.start();
}

QByteArray RawHttpClient::request(const QByteArray &method,
                                  const QByteArray &target,
                                  const QList<QPair<QByteArray, QByteArray>> &headers,
                                  const QByteArray &body)
{
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

RawResponse RawHttpClient::readResponse(int timeoutMs)
{
    RawResponse response;
    m_bodyStart = -1;
    m_parsed = 0;
    m_partial.clear();
    const QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    const auto readConnection = QObject::connect(&m_socket, &QTcpSocket::readyRead, &loop, [&] {
        ++response.reads;
        m_buffer += m_socket.readAll();
        if (parse(&response))
            loop.quit();
    });
    const auto closeConnection =
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    m_buffer += m_socket.readAll();
    if (!parse(&response) && isConnected()) {
        timeout.start(int(qMax<qint64>(1, deadline.remainingTime())));
        loop.exec();
    }
    QObject::disconnect(readConnection);
    QObject::disconnect(closeConnection);
    if (!response.complete) {
        m_buffer += m_socket.readAll();
        if (!parse(&response))
            response.body += m_partial;
    }
    response.closed = !isConnected();
    if (response.closed && !response.complete && m_bodyStart >= 0 &&
        response.header("Transfer-Encoding"_ba).isEmpty() &&
        response.header("Content-Length"_ba).isEmpty()) {
        // Without framing, the body ends where the connection does.
        response.body = m_buffer.mid(m_bodyStart);
        response.complete = true;
    }
    return response;
}

bool RawHttpClient::parse(RawResponse *response)
{
    if (m_bodyStart < 0) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        response->status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            response->headers.append(
                {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        m_bodyStart = end + 4;
        m_parsed = m_bodyStart;
        if (response->status == 100) {
            // An interim answer: drop it and read the real one.
            m_buffer.remove(0, m_bodyStart);
            *response = RawResponse();
            m_bodyStart = -1;
            return parse(response);
        }
    }

    auto finish = [this](qsizetype end) {
        m_buffer.remove(0, end);
        m_bodyStart = -1;
        return true;
    };
    if (response->status == 204 || response->status == 304) {
        response->complete = true;
        return finish(m_bodyStart);
    }
    if (response->header("Transfer-Encoding"_ba).toLower() == "chunked") {
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", m_parsed);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qsizetype size = m_buffer.mid(m_parsed, lineEnd - m_parsed).toLongLong(&ok, 16);
            if (!ok)
                return false;
            if (size == 0) {
                if (m_buffer.size() < lineEnd + 4)
                    return false;
                response->complete = true;
                return finish(lineEnd + 4);
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2) {
                // A chunk still arriving: if the connection ends here, its bytes still count
                // as body, as a streaming client would have seen them.
                m_partial = m_buffer.mid(lineEnd + 2, size);
                return false;
            }
            m_partial.clear();
            const QByteArray payload = m_buffer.mid(lineEnd + 2, size);
            response->chunks.append(payload);
            response->chunkTimes.append(m_sentAt.elapsed());
            response->body += payload;
            m_parsed = lineEnd + 2 + size + 2;
        }
    }
    const QByteArray length = response->header("Content-Length"_ba);
    if (!length.isEmpty()) {
        const qsizetype expected = length.toLongLong();
        response->body = m_buffer.mid(m_bodyStart, expected);
        if (response->body.size() < expected)
            return false;
        response->complete = true;
        return finish(m_bodyStart + expected);
    }
    return false;
}
