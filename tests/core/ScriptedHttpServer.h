// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QList>
#include <QMutex>
#include <QThread>
#include <QUrl>

#include <utility>

class QTcpServer;

// A loopback HTTP/1.1 server for the exact byte sequences that the simulator cannot write. Each
// request gets the next scripted reply (the last one is repeated): its body goes out piece by
// piece, one chunk and one TCP segment a piece with a pause between them, so that each piece
// reaches the client as a read of its own; then the body ends cleanly, with a TCP reset, or not
// at all. The server runs in a thread of its own, so that its pace does not depend on how busy
// the client's event loop is.
class ScriptedHttpServer
{
public:
    enum class Ending
    {
        Clean, // the last chunk, then the connection closes
        Reset, // a TCP reset after the pieces
        Stall, // silence with the connection open until the server is destroyed
    };

    struct Reply
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArrayList pieces;
        int gapMs = 15;
        Ending ending = Ending::Clean;
        bool chunked = true; // false: the pieces are written as they are, framing and all
        bool answers = true; // false: read the request and never send a byte back

        static Reply eventStream(QByteArrayList pieces, Ending ending = Ending::Clean);
        static Reply typed(QByteArray contentType, QByteArrayList pieces);
        static Reply redirect(QByteArray location);
        static Reply silence();
    };

    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case
        QByteArray body;

        QByteArray header(QByteArrayView name) const;
    };

    ScriptedHttpServer();
    ~ScriptedHttpServer();
    ScriptedHttpServer(const ScriptedHttpServer &) = delete;
    ScriptedHttpServer &operator=(const ScriptedHttpServer &) = delete;

    bool listen(); // on 127.0.0.1, a free port
    QUrl origin() const { return m_origin; }
    void setReplies(const QList<Reply> &replies);
    QList<Request> requests() const;

private:
    void accept();
    Reply nextReply();
    void record(const Request &request);

    QThread m_thread;
    QObject *m_context = new QObject; // lives in m_thread, as does the server
    QTcpServer *m_server = nullptr;
    QUrl m_origin;
    mutable QMutex m_mutex;
    QList<Reply> m_replies;
    qsizetype m_served = 0;
    QList<Request> m_requests;
};
