// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int startTimeoutMs = 10000;
constexpr int controlTimeoutMs = 10000;

} // namespace

SimProcess::SimProcess(QStringList extraArguments)
    : m_arguments(std::move(extraArguments))
{}

SimProcess::~SimProcess()
{
    m_network.reset();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SimProcess::start()
{
    const QString program = qEnvironmentVariable("PHAREN_SIM");
    if (program.isEmpty()) {
        qWarning("SimProcess: PHAREN_SIM is not set; it names the pharen-hub-sim binary");
        return false;
    }
    m_process.setProgram(program);
    m_process.setArguments(m_arguments);
    // The simulator's per-request lines go to the test's own stderr, where a failure can be read.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(startTimeoutMs)) {
        qWarning("SimProcess: cannot start %s: %s",
                 qPrintable(program),
                 qPrintable(m_process.errorString()));
        return false;
    }

    static const QRegularExpression firstLine(
        u"^Pharen Hub simulator listening on (http://127\\.0\\.0\\.1:(\\d+))$"_s);
    static const QRegularExpression secondLine(u"^Demo API key: (\\S+)$"_s);
    QStringList lines;
    const QDeadlineTimer deadline(startTimeoutMs);
    while (lines.size() < 2 && !deadline.hasExpired()) {
        if (m_process.canReadLine()) {
            lines.append(QString::fromUtf8(m_process.readLine()).trimmed());
            continue;
        }
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
    }
    const QRegularExpressionMatch origin = firstLine.match(lines.value(0));
    const QRegularExpressionMatch key = secondLine.match(lines.value(1));
    if (!origin.hasMatch() || !key.hasMatch()) {
        qWarning("SimProcess: unexpected start-up output: %s", qPrintable(lines.join(u" | "_s)));
        return false;
    }
    m_origin = QUrl(origin.captured(1));
    m_demoKey = key.captured(1);
    return true;
}

QByteArray SimProcess::control(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    QUrl url = m_origin;
    url.setPath(path);
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(controlTimeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    QByteArray answer;
    if (!reply->isFinished()) {
        qWarning("SimProcess: %s %s timed out", verb.constData(), qPrintable(path));
        reply->abort();
    } else if (reply->error() != QNetworkReply::NoError) {
        qWarning("SimProcess: %s %s failed: %s",
                 verb.constData(),
                 qPrintable(path),
                 qPrintable(reply->errorString()));
    } else {
        answer = reply->readAll();
    }
    reply->deleteLater();
    return answer;
}

QJsonArray SimProcess::requests()
{
    return QJsonDocument::fromJson(control("GET"_ba, u"/_sim/requests"_s)).array();
}

QJsonArray SimProcess::chatRequests()
{
    QJsonArray chats;
    for (const QJsonValue &entry : requests()) {
        const QJsonObject object = entry.toObject();
        if (object.value(u"method"_s).toString() == u"POST"_s &&
            object.value(u"path"_s).toString().endsWith(u"/chat/"_s)) {
            chats.append(object);
        }
    }
    return chats;
}

void SimProcess::clearRequests()
{
    control("DELETE"_ba, u"/_sim/requests"_s);
}

void SimProcess::setNext(const QJsonObject &settings)
{
    if (control("POST"_ba, u"/_sim/next"_s, QJsonDocument(settings).toJson()).isEmpty())
        qWarning("SimProcess: the simulator refused the settings for the next requests");
}

void SimProcess::clearNext()
{
    control("DELETE"_ba, u"/_sim/next"_s);
}
