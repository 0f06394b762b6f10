// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

// The local demo server: the project's simulator, started as a child process from the folder of
// the running program, listening on a free loopback port. It ends with this object.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // `program` empty: pharen-hub-sim beside the running executable.
    void start(const QString &program = {}, const QStringList &arguments = {});
    QUrl origin() const { return m_origin; }
    QString apiKey() const { return m_apiKey; }
    bool isReady() const { return m_origin.isValid() && !m_apiKey.isEmpty(); }

signals:
    void ready();
    void failed(const QString &reason);

private:
    void readLines();

    QProcess m_process;
    QByteArray m_pending;
    QUrl m_origin;
    QString m_apiKey;
};
