// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationHistory.h"

#include "AgentPicker.h"
#include "Composer.h"
#include "Conversation.h"
#include "ConversationExport.h"
#include "ConversationRecorder.h"
#include "ConversationSidebar.h"
#include "ConversationStore.h"
#include "ConversationView.h"
#include "MessageEdit.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTimer>

ConversationHistory::ConversationHistory(const QString &databasePath,
                                         const Parts &parts,
                                         QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_parts(parts)
    , m_databasePath(databasePath)
    , m_undoRow(new QWidget(window))
    , m_draftTimer(new QTimer(this))
{
    auto *undoLayout = new QHBoxLayout(m_undoRow);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(new QLabel(tr("Conversation deleted."), m_undoRow));
    auto *undo = new QPushButton(tr("Undo"), m_undoRow);
    undo->setObjectName(QStringLiteral("undoDelete"));
    undoLayout->addWidget(undo);
    m_undoRow->hide();
    connect(undo, &QPushButton::clicked, this, &ConversationHistory::undoDelete);

    // A draft is saved half a second after the last key, and whenever the conversation changes.
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(500);
    connect(m_draftTimer, &QTimer::timeout, this, &ConversationHistory::saveDraft);
    connect(m_parts.composer->editor(), &QPlainTextEdit::textChanged, this, [this] {
        if (!m_restoringDraft)
            m_draftTimer->start();
    });
    if (databasePath.isEmpty())
        return;
    // The file is opened after the first paint (open()); the list fills then.
    m_store = new ConversationStore(this);
    m_sidebar = new ConversationSidebar(m_store, window);
    connect(m_sidebar,
            &ConversationSidebar::conversationChosen,
            this,
            &ConversationHistory::openConversation);
    connect(m_sidebar, &ConversationSidebar::hitChosen, this, &ConversationHistory::openSearchHit);
    connect(m_sidebar,
            &ConversationSidebar::newConversationRequested,
            this,
            &ConversationHistory::newConversation);
    connect(m_sidebar,
            &ConversationSidebar::deleteRequested,
            this,
            &ConversationHistory::deleteConversation);
    connect(
        m_sidebar, &ConversationSidebar::exportRequested, this, &ConversationHistory::chooseExport);
}

bool ConversationHistory::isOpen() const
{
    return m_store && m_store->isOpen();
}

void ConversationHistory::open()
{
    if (!m_store || m_store->isOpen())
        return;
    const ConversationStore::OpenReport report = m_store->open(m_databasePath);
    using Status = ConversationStore::OpenStatus;
    switch (report.status) {
    case Status::Opened:
    case Status::Migrated:
        break;
    case Status::Recovered:
        emit problemFound(
            tr("The file of saved conversations was damaged (%1). It is kept as %2; %3 "
               "conversations and %4 messages could be read from it and are listed.")
                .arg(report.error,
                     QDir::toNativeSeparators(report.damagedPath),
                     QString::number(report.recoveredConversations),
                     QString::number(report.recoveredMessages)));
        break;
    case Status::NewerSchema:
        emit problemFound(tr("The saved conversations were written by a newer Pharen Chat and are "
                             "left untouched. This session's conversations will not be saved."));
        return;
    case Status::Failed:
        emit problemFound(tr("The saved conversations cannot be opened: %1 This session's "
                             "conversations will not be saved.")
                              .arg(report.error));
        return;
    }
    connect(m_store, &ConversationStore::writeFailed, this, [this](const QString &reason) {
        if (m_toldWriteFailure)
            return;
        m_toldWriteFailure = true;
        emit problemFound(tr("Conversations cannot be saved: %1. What was saved before is kept; "
                             "what is new stays only until Pharen Chat is closed.")
                              .arg(reason));
    });
    m_recorder = new ConversationRecorder(m_store, m_parts.conversation, this);
    m_recorder->setSecret(m_secret);
    connect(m_recorder, &ConversationRecorder::conversationCreated, this, [this](qint64 id) {
        // The new conversation's draft is what is typed from now on; the unsaved one is used up.
        m_store->setDraft(0, QString());
        m_draftOwner = id;
        m_store->setValue(lastConversationKey(), QString::number(id));
        m_sidebar->setCurrent(id);
    });
    connect(m_sidebar,
            &ConversationSidebar::reloaded,
            this,
            &ConversationHistory::conversationsLoaded,
            Qt::SingleShotConnection);
    // Conversations saved before workspaces existed belong to the workspace this version first
    // starts in, and so does the conversation that was open then.
    m_store->setWorkspace(m_workspace);
    if (m_store->claimUnassigned() > 0) {
        const QString legacy = m_store->value(QStringLiteral("last_conversation"));
        if (!legacy.isEmpty() && m_store->value(lastConversationKey()).isEmpty())
            m_store->setValue(lastConversationKey(), legacy);
    }
    m_sidebar->reloadNow();
    // The list first, then the last conversation: a long transcript never delays the list.
    QTimer::singleShot(0, this, [this] {
        restoreLastConversation();
        emit historyRestored();
    });
}

void ConversationHistory::showWorkspace(const QString &workspaceId)
{
    m_workspace = workspaceId;
    if (!isOpen()) {
        if (const QString draft = m_unsavedDrafts.take(workspaceId); !draft.isEmpty())
            setDraftText(draft);
        return;
    }
    m_store->setWorkspace(workspaceId);
    restoreLastConversation();
}

void ConversationHistory::leave()
{
    saveDraft();
    // What is typed stays with this workspace: never sent to the next one by a careless Enter.
    if (!isOpen())
        m_unsavedDrafts.insert(m_workspace, m_parts.composer->message());
    setDraftText(QString());
    if (m_parts.conversation->isAnswering())
        m_parts.conversation->stop();
    if (m_recorder)
        m_recorder->flush();
    m_parts.conversation->clear();
    m_draftOwner = -1;
}

void ConversationHistory::setSecret(const QString &secret)
{
    m_secret = secret;
    if (m_recorder)
        m_recorder->setSecret(secret);
}

void ConversationHistory::flush()
{
    if (m_recorder)
        m_recorder->flush();
    saveDraft();
}

int ConversationHistory::moveWorkspace(const QString &from, const QString &to)
{
    return isOpen() ? qMax(0, m_store->moveWorkspace(from, to)) : 0;
}

void ConversationHistory::restoreLastConversation()
{
    const qint64 last = m_store->value(lastConversationKey()).toLongLong();
    if (last != 0 && openConversation(last))
        return;
    m_draftOwner = 0;
    if (m_parts.composer->message().isEmpty())
        setDraftText(m_store->draft(0));
    m_sidebar->setCurrent(0);
}

QString ConversationHistory::lastConversationKey() const
{
    return QStringLiteral("last_conversation/") + m_workspace;
}

void ConversationHistory::setDraftText(const QString &text)
{
    // Showing a saved draft is not typing: it does not start the draft timer.
    m_restoringDraft = true;
    m_parts.composer->setMessage(text);
    m_restoringDraft = false;
}

void ConversationHistory::newConversation()
{
    saveDraft();
    if (m_parts.conversation->isAnswering())
        m_parts.conversation->stop();
    m_parts.conversation->clear();
    m_parts.view->rebuild();
    m_draftOwner = 0;
    if (isOpen()) {
        setDraftText(m_store->draft(0));
        m_store->setValue(lastConversationKey(), QString());
        m_sidebar->setCurrent(0);
    }
    m_parts.composer->editor()->setFocus();
}

bool ConversationHistory::openConversation(qint64 id)
{
    if (!isOpen())
        return false;
    const auto stored = m_store->conversation(id);
    if (!stored)
        return false;
    saveDraft();
    if (m_parts.conversation->isAnswering())
        m_parts.conversation->stop();
    const QList<StoredMessage> messages = m_store->messages(id);
    QList<ChatMessage> transcript;
    QList<qint64> rowIds;
    for (const StoredMessage &message : messages) {
        transcript.append(ConversationRecorder::toChat(message));
        rowIds.append(message.id);
    }
    Agent agent;
    agent.id = stored->agentId;
    agent.name = stored->agentName;
    m_parts.conversation->restore(agent, stored->serverId, transcript, stored->thinking);
    m_recorder->attach(id, rowIds);
    m_recorder->setChoices(stored->model, stored->thinking);
    m_parts.view->rebuild();
    m_parts.composer->setModel(stored->model);
    m_parts.composer->setThinking(stored->thinking);
    m_draftOwner = id;
    setDraftText(stored->draft);
    m_store->setValue(lastConversationKey(), QString::number(id));
    m_sidebar->setCurrent(id);
    // With the agent list loaded, the conversation's agent is chosen there too, or is gone.
    if (m_parts.picker->listView()->model()->rowCount() > 0 && !m_parts.picker->choose(agent.id)) {
        emit problemFound(
            tr("The agent “%1” of this conversation is no longer available. You can "
               "read the conversation; choose another agent to continue in a new one.")
                .arg(agent.name));
    }
    return true;
}

void ConversationHistory::openSearchHit(qint64 id, int position, const QString &word)
{
    if (!openConversation(id))
        return;
    if (word.isEmpty())
        return;
    // The view has no way to address a message, so the hit is found by counting the word's
    // occurrences in the messages before it, then finding as many in the rendered text.
    int before = 0;
    const QList<ChatMessage> &messages = m_parts.conversation->messages();
    for (int i = 0; i < position && i < messages.size(); ++i) {
        before += int(messages.at(i).text.count(word, Qt::CaseInsensitive));
        before += int(messages.at(i).reasoning.count(word, Qt::CaseInsensitive));
    }
    QTextCursor cursor(m_parts.view->document());
    QTextCursor found;
    for (int i = 0; i <= before; ++i) {
        const QTextCursor next = m_parts.view->document()->find(word, cursor);
        if (next.isNull())
            break;
        found = next;
        cursor = next;
    }
    if (!found.isNull()) {
        m_parts.view->setTextCursor(found);
        m_parts.view->ensureCursorVisible();
    }
}

void ConversationHistory::saveDraft()
{
    m_draftTimer->stop();
    if (!isOpen() || m_draftOwner < 0)
        return;
    const QString text = m_parts.composer->message();
    if (m_store->draft(m_draftOwner) != text)
        m_store->setDraft(m_draftOwner, text);
}

void ConversationHistory::deleteConversation(qint64 id)
{
    if (!m_store || !m_store->setDeleted(id, true))
        return;
    if (m_recorder && m_recorder->storedId() == id)
        newConversation();
    m_deleted = id;
    m_undoRow->show();
}

void ConversationHistory::undoDelete()
{
    if (m_deleted != 0 && m_store)
        m_store->setDeleted(m_deleted, false);
    m_deleted = 0;
    m_undoRow->hide();
}

bool ConversationHistory::exportConversation(qint64 id, const QString &filePath, QString *problem)
{
    const auto stored = m_store ? m_store->conversation(id) : std::nullopt;
    if (!stored) {
        if (problem)
            *problem = tr("There is no saved conversation to export yet.");
        return false;
    }
    const QList<StoredMessage> messages = m_store->messages(id);
    const QByteArray bytes =
        filePath.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
            ? QJsonDocument(ConversationExport::toJson(*stored, messages)).toJson()
            : ConversationExport::toMarkdown(*stored, messages).toUtf8();
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) < 0) {
        if (problem)
            *problem = tr("%1 cannot be written: %2").arg(filePath, file.errorString());
        return false;
    }
    return true;
}

qint64 ConversationHistory::importConversation(const QString &filePath, QString *problem)
{
    QString why;
    QFile file(filePath);
    StoredConversation conversation;
    QList<StoredMessage> messages;
    if (!isOpen()) {
        why = tr("Saved conversations are not available.");
    } else if (!file.open(QIODevice::ReadOnly)) {
        why = tr("%1 cannot be read: %2").arg(filePath, file.errorString());
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        if (ConversationExport::fromJson(document.object(), &conversation, &messages, &why)) {
            if (const qint64 id = m_store->insertConversation(conversation, messages))
                return id;
            why = m_store->lastError();
        }
    }
    if (problem)
        *problem = why;
    return 0;
}

void ConversationHistory::chooseExport(qint64 id, bool markdown)
{
    if (id == 0 && m_recorder)
        id = m_recorder->storedId();
    QString problem;
    const auto stored = m_store ? m_store->conversation(id) : std::nullopt;
    if (!stored) {
        emit problemFound(tr("There is no saved conversation to export yet."));
        return;
    }
    const QString suggested = stored->title.left(60).replace(u'/', u'-') +
                              (markdown ? QStringLiteral(".md") : QStringLiteral(".json"));
    const QString path =
        QFileDialog::getSaveFileName(m_window,
                                     markdown ? tr("Export as Markdown") : tr("Export as JSON"),
                                     suggested,
                                     markdown ? tr("Markdown (*.md)") : tr("JSON (*.json)"));
    if (!path.isEmpty() && !exportConversation(id, path, &problem))
        emit problemFound(problem);
}

void ConversationHistory::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import conversation"), QString(), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString problem;
    if (const qint64 id = importConversation(path, &problem))
        openConversation(id);
    else
        emit problemFound(problem);
}
