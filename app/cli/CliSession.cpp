// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSession.h"

#include "AgentDirectory.h"
#include "Conversation.h"
#include "Log.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

QString kindName(StreamEvent::Kind kind)
{
    switch (kind) {
    case StreamEvent::Kind::AnswerText:
        return QStringLiteral("answer");
    case StreamEvent::Kind::ReasoningText:
        return QStringLiteral("reasoning");
    case StreamEvent::Kind::Identifiers:
        return QStringLiteral("identifiers");
    case StreamEvent::Kind::Activity:
        return QStringLiteral("activity");
    case StreamEvent::Kind::Terminal:
        return QStringLiteral("terminal");
    case StreamEvent::Kind::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace

CliSession::CliSession(QObject *parent)
    : QObject(parent)
    , m_directory(new AgentDirectory(&m_network, this))
    , m_conversation(new Conversation(&m_network, this))
    , m_out(stdout)
    , m_err(stderr)
{
    connect(m_directory, &AgentDirectory::failed, this, &CliSession::failWith);
    connect(m_conversation, &Conversation::messageChanged, this, &CliSession::printNewText);
    connect(m_conversation, &Conversation::eventsDecoded, this, &CliSession::printEvents);
    connect(m_conversation, &Conversation::answerFinished, this, &CliSession::finishAnswer);
    connect(m_conversation, &Conversation::notice, this, [this](const QString &text) {
        m_err << text << Qt::endl;
    });
}

void CliSession::setAccount(const Account &account)
{
    m_account = account;
    m_conversation->setAccount(account);
}

void CliSession::setTimeout(int milliseconds)
{
    m_directory->setTimeout(milliseconds);
}

void CliSession::listAgents()
{
    connect(m_directory, &AgentDirectory::loaded, this, [this](const QList<Agent> &agents) {
        for (const Agent &agent : agents) {
            QString line = agent.id + u'\t' + agent.name + u'\t' + agent.description;
            if (!agent.isActive)
                line += u'\t' + tr("(inactive)");
            m_out << line.replace(u'\n', u' ') << '\n';
        }
        m_out.flush();
        emit done(Success);
    });
    m_directory->load(m_account);
}

void CliSession::ask(const AskOptions &options)
{
    m_ask = options;
    AnswerStream::Limits limits;
    limits.inactivityMs = options.inactivityMs;
    m_conversation->setLimits(limits);
    connect(m_directory, &AgentDirectory::loaded, this, &CliSession::resolveAgent);
    m_directory->load(m_account);
}

void CliSession::resolveAgent(const QList<Agent> &agents)
{
    const Agent *found = nullptr;
    for (const Agent &agent : agents) {
        if (agent.id == m_ask.agent) {
            found = &agent;
            break;
        }
    }
    for (const Agent &agent : agents) {
        if (!found && agent.name.compare(m_ask.agent, Qt::CaseInsensitive) == 0)
            found = &agent;
    }
    if (!found) {
        m_err
            << tr("No agent with the id or name \"%1\" is available to this key.").arg(m_ask.agent)
            << Qt::endl;
        emit done(NotFound);
        return;
    }
    m_conversation->setAgent(*found);
    m_conversation->setConversationId(m_ask.conversationId);
    QString problem;
    if (!m_conversation->send(m_ask.message, m_ask.model, m_ask.thinking, &problem)) {
        m_err << problem << Qt::endl;
        emit done(found->isActive ? Invalid : NotFound);
        return;
    }
    m_asking = true;
}

void CliSession::printNewText()
{
    if (m_ask.events || m_conversation->messages().isEmpty())
        return;
    const ChatMessage &answer = m_conversation->messages().constLast();
    if (answer.role != ChatMessage::Role::Agent)
        return;
    if (answer.reasoning.size() > m_printedReasoning) {
        m_err << QStringView(answer.reasoning).mid(m_printedReasoning);
        m_err.flush();
        m_printedReasoning = answer.reasoning.size();
    }
    if (answer.text.size() > m_printedAnswer) {
        if (m_printedAnswer == 0 && m_printedReasoning > 0)
            m_err << Qt::endl;
        m_out << QStringView(answer.text).mid(m_printedAnswer);
        m_out.flush();
        m_printedAnswer = answer.text.size();
    }
}

void CliSession::printEvents(const QList<StreamEvent> &events)
{
    if (!m_ask.events)
        return;
    for (const StreamEvent &event : events) {
        QJsonObject line;
        line.insert(u"kind", kindName(event.kind));
        // An error's text comes from the server, which may quote the request's key back.
        const bool error = event.kind == StreamEvent::Kind::Error;
        if (!event.text.isEmpty())
            line.insert(u"text", error ? Redact::scrubSecrets(event.text) : event.text);
        if (event.snapshot)
            line.insert(u"snapshot", true);
        if (!event.conversationId.isEmpty())
            line.insert(u"conversation_id", event.conversationId);
        if (!event.runId.isEmpty())
            line.insert(u"run_id", event.runId);
        if (!event.errorCode.isEmpty())
            line.insert(u"code", Redact::scrubSecrets(event.errorCode));
        m_out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
    }
    m_out.flush();
}

void CliSession::finishAnswer(int index)
{
    const ChatMessage &answer = m_conversation->messages().at(index);
    printNewText();
    if (!m_ask.events && m_printedAnswer > 0 && !answer.text.endsWith(u'\n'))
        m_out << Qt::endl;
    const QString conversation = m_conversation->conversationId();
    if (!conversation.isEmpty() && answer.state != AnswerState::Failed)
        m_err << tr("Conversation: %1").arg(conversation) << Qt::endl;
    switch (answer.state) {
    case AnswerState::Complete:
        emit done(Success);
        return;
    case AnswerState::MayBeIncomplete:
        m_err << tr("The answer may be incomplete: the server ended it without saying it was done.")
              << Qt::endl;
        emit done(MayBeIncomplete);
        return;
    case AnswerState::Stopped:
        emit done(Stopped);
        return;
    case AnswerState::Interrupted:
        m_err << tr("Interrupted: %1").arg(answer.error.describe()) << Qt::endl;
        emit done(answer.error.kind == ApiError::Kind::Timeout ? TimedOut : Interrupted);
        return;
    case AnswerState::Failed:
    case AnswerState::Streaming:
        failWith(answer.error);
        return;
    }
}

void CliSession::failWith(const ApiError &error)
{
    m_err << error.describe() << Qt::endl;
    emit done(exitCodeOf(error));
}

void CliSession::stop()
{
    if (m_asking)
        m_conversation->stop();
    else
        emit done(Stopped);
}

int CliSession::exitCodeOf(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return Success;
    case Kind::Network:
    case Kind::Tls:
        return NetworkFailed;
    case Kind::Timeout:
        return TimedOut;
    case Kind::RedirectRefused:
        return RedirectRefused;
    case Kind::Unauthorized:
        return KeyRejected;
    case Kind::Forbidden:
    case Kind::StreamingRefused:
        return NotPermitted;
    case Kind::NotFound:
        return NotFound;
    case Kind::Validation:
    case Kind::MessageTooLong:
        return Invalid;
    case Kind::RateLimited:
        return RateLimited;
    case Kind::Credits:
        return NoCredits;
    case Kind::Server:
    case Kind::AnswerError:
        return ServerFailed;
    case Kind::Unexpected:
    case Kind::EmptyAnswer:
    case Kind::TooLarge:
        return UnexpectedResponse;
    }
    return UnexpectedResponse;
}
