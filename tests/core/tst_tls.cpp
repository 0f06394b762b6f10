// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerStream.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// An https server on 127.0.0.1 with a certificate this test made: it answers one short stream, or
// a redirect, and remembers whether any request reached it through the encrypted channel.
class TlsServer : public QSslServer
{
public:
    QByteArray response;
    int requestsSeen = 0;

    TlsServer(const QSslCertificate &certificate, const QSslKey &key)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        setSslConfiguration(configuration);
        connect(this, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(static_cast<QSslSocket *>(socket));
        });
        // The client's refusal shows up here; the test only needs it not to crash anything.
        connect(this,
                &QSslServer::errorOccurred,
                this,
                [](QSslSocket *, QAbstractSocket::SocketError) {});
    }

private:
    void serve(QSslSocket *socket)
    {
        auto *buffer = new QByteArray;
        connect(socket, &QSslSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const qsizetype lengthAt = buffer->toLower().indexOf("content-length:");
            const int length =
                lengthAt < 0 ? 0
                             : buffer->mid(lengthAt + 15, 12).trimmed().split('\r').first().toInt();
            if (buffer->size() < headEnd + 4 + length)
                return;
            ++requestsSeen;
            socket->write(response);
            socket->disconnectFromHost();
        });
    }
};

} // namespace

// TLS as the user meets it: a certificate nobody vouched for is an error they see, never
// accepted silently; a trusted one works; a redirect from https to plain http is not followed.
class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void untrustedCertificateIsAnError();
    void trustedCertificateWorks();
    void httpsToHttpRedirectIsRefused();

private:
    std::unique_ptr<AnswerStream> ask(quint16 port);
    void serve(const QByteArray &response);

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<TlsServer> m_server;
    QNetworkAccessManager m_network;
};

void TestTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("this Qt has no TLS backend");
    const QString key = m_dir.filePath(u"key.pem"_s);
    const QString certificate = m_dir.filePath(u"cert.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s,
                   u"-x509"_s,
                   u"-newkey"_s,
                   u"rsa:2048"_s,
                   u"-nodes"_s,
                   u"-keyout"_s,
                   key,
                   u"-out"_s,
                   certificate,
                   u"-days"_s,
                   u"2"_s,
                   u"-subj"_s,
                   u"/CN=127.0.0.1"_s,
                   u"-addext"_s,
                   u"subjectAltName=IP:127.0.0.1"_s});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile keyFile(key);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    m_key = QSslKey(&keyFile, QSsl::Rsa);
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificate);
    QCOMPARE(certificates.size(), 1);
    m_certificate = certificates.first();
    QVERIFY(!m_key.isNull());
}

void TestTls::serve(const QByteArray &response)
{
    m_server = std::make_unique<TlsServer>(m_certificate, m_key);
    m_server->response = response;
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
}

std::unique_ptr<AnswerStream> TestTls::ask(quint16 port)
{
    ChatRequest request;
    request.agentId = u"agent"_s;
    request.message = u"Hello"_s;
    Account account;
    account.origin = QUrl(u"https://127.0.0.1:%1"_s.arg(port));
    account.apiKey = u"phk_tls_probe"_s;
    auto stream =
        std::make_unique<AnswerStream>(&m_network, account, request, AnswerStream::Limits());
    QSignalSpy finished(stream.get(), &AnswerStream::finished);
    stream->start();
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    }();
    return stream;
}

void TestTls::untrustedCertificateIsAnError()
{
    serve("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
          "data: {\"delta\":\"secret\"}\n\ndata: [DONE]\n\n");
    const auto stream = ask(m_server->serverPort());
    QCOMPARE(stream->state(), AnswerState::Failed);
    QCOMPARE(stream->error().kind, ApiError::Kind::Tls);
    QVERIFY(!stream->error().describe().isEmpty());
    QVERIFY(stream->answer().isEmpty());
    // The request, and so the key, never went through the unverified channel.
    QCOMPARE(m_server->requestsSeen, 0);
}

void TestTls::trustedCertificateWorks()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    const QSslConfiguration original = configuration;
    configuration.addCaCertificate(m_certificate);
    QSslConfiguration::setDefaultConfiguration(configuration);
    serve("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
          "data: {\"delta\":\"secure \"}\n\ndata: {\"delta\":\"answer\"}\n\ndata: [DONE]\n\n");
    const auto stream = ask(m_server->serverPort());
    QSslConfiguration::setDefaultConfiguration(original);
    QCOMPARE(stream->error().kind, ApiError::Kind::None);
    QCOMPARE(stream->state(), AnswerState::Complete);
    QCOMPARE(stream->answer(), u"secure answer"_s);
    QCOMPARE(m_server->requestsSeen, 1);
}

void TestTls::httpsToHttpRedirectIsRefused()
{
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost));
    int plainConnections = 0;
    connect(&plain, &QTcpServer::newConnection, this, [&] {
        ++plainConnections;
        plain.nextPendingConnection()->close();
    });
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    const QSslConfiguration original = configuration;
    configuration.addCaCertificate(m_certificate);
    QSslConfiguration::setDefaultConfiguration(configuration);
    // Same host, even the same port number would not help: the scheme drops to http.
    serve("HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:" +
          QByteArray::number(plain.serverPort()) +
          "/api/agents/agent/chat/?stream=true\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    const auto stream = ask(m_server->serverPort());
    QSslConfiguration::setDefaultConfiguration(original);
    QCOMPARE(stream->state(), AnswerState::Failed);
    QCOMPARE(stream->error().kind, ApiError::Kind::RedirectRefused);
    QTest::qWait(200);
    QCOMPARE(plainConnections, 0);
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
