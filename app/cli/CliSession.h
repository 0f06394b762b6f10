// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "Agent.h"
#include "ApiError.h"
#include "StreamEvent.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTextStream>

class AgentDirectory;
class Conversation;

// `pharen agents` and `pharen ask` on the same core as the window. Each run ends with one exit
// code; every kind of failure has its own, so that scripts can tell them apart.
class CliSession : public QObject
{
    Q_OBJECT

public:
    enum ExitCode
    {
        Success = 0,
        Usage = 2,
        NoAccount = 3,
        NetworkFailed = 4,
        TimedOut = 5,
        KeyRejected = 6,
        NotPermitted = 7,
        NotFound = 8,
        Invalid = 9,
        RateLimited = 10,
        NoCredits = 11,
        ServerFailed = 12,
        UnexpectedResponse = 13,
        Interrupted = 14,
        MayBeIncomplete = 15,
        RedirectRefused = 16,
        Stopped = 17,
    };

    struct AskOptions
    {
        QString agent; // id or name
        QString message;
        QString model;
        QString conversationId;
        bool thinking = false;
        bool events = false;
        int inactivityMs = 120'000;
    };

    explicit CliSession(QObject *parent = nullptr);

    void setAccount(const Account &account);
    // How long the agent list may send nothing before it fails as timed out.
    void setTimeout(int milliseconds);

    void listAgents();
    void ask(const AskOptions &options);
    void stop();

    static int exitCodeOf(const ApiError &error);

signals:
    void done(int exitCode);

private:
    void resolveAgent(const QList<Agent> &agents);
    void failWith(const ApiError &error);
    void printNewText();
    void printEvents(const QList<StreamEvent> &events);
    void finishAnswer(int index);

    Account m_account;
    QNetworkAccessManager m_network;
    AgentDirectory *m_directory;
    Conversation *m_conversation;
    AskOptions m_ask;
    QTextStream m_out;
    QTextStream m_err;
    qsizetype m_printedAnswer = 0;
    qsizetype m_printedReasoning = 0;
    bool m_asking = false;
};
