// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoServer.h"

#include "Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoServer::readLines);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (!isReady())
            emit failed(
                tr("The local demo server could not start: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this] {
        if (!isReady())
            emit failed(tr("The local demo server stopped before it was ready."));
    });
}

DemoServer::~DemoServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(2000))
            m_process.kill();
    }
}

void DemoServer::start(const QString &program, const QStringList &arguments)
{
    const QString path = program.isEmpty() ? QDir(QCoreApplication::applicationDirPath())
                                                 .filePath(QStringLiteral("pharen-hub-sim"))
                                           : program;
    QStringList args = arguments;
    if (!args.contains(QStringLiteral("--port")))
        args << QStringLiteral("--port") << QStringLiteral("0");
    qCInfo(lcNet) << "starting the local demo server" << path;
#ifdef Q_OS_LINUX
    // Stopped with the app however the app ends, even killed: the destructor's terminate() only
    // runs when the app closes normally.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start(path, args);
}

void DemoServer::readLines()
{
    m_pending.append(m_process.readAllStandardOutput());
    static const QRegularExpression url(QStringLiteral("(http://[^\\s]+)"));
    static const QRegularExpression key(QStringLiteral("(phk_[A-Za-z0-9_]+)"));
    qsizetype end;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
        m_pending.remove(0, end + 1);
        if (!m_origin.isValid()) {
            const auto match = url.match(line);
            if (match.hasMatch())
                m_origin = QUrl(match.captured(1));
        } else if (m_apiKey.isEmpty()) {
            const auto match = key.match(line);
            if (match.hasMatch()) {
                m_apiKey = match.captured(1);
                emit ready();
            }
        }
    }
}
