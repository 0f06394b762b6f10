// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

// The simulator binary ($PHAREN_SIM) as a child process on a free loopback port, with its test
// controls: the request log and the settings for following chat requests.
class SimProcess
{
public:
    explicit SimProcess(QStringList extraArguments = {});
    ~SimProcess();
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    // Runs $PHAREN_SIM and waits up to 10 s for its two start-up lines; false (with a warning)
    // when it does not start or says something else.
    bool start();

    QUrl origin() const { return m_origin; } // http://127.0.0.1:PORT
    quint16 port() const { return quint16(m_origin.port()); }
    QString demoKey() const { return m_demoKey; }

    QJsonArray requests();     // GET /_sim/requests
    QJsonArray chatRequests(); // only the POST .../chat/ entries
    void clearRequests();
    void setNext(const QJsonObject &settings); // POST /_sim/next
    void clearNext();

private:
    // One request to a /_sim/ control, waited for in a local event loop; the body, or empty
    // (with a warning) on failure.
    QByteArray control(const QByteArray &verb, const QString &path, const QByteArray &body = {});

    QStringList m_arguments;
    QProcess m_process;
    QUrl m_origin;
    QString m_demoKey;
    std::unique_ptr<QNetworkAccessManager> m_network;
};
