// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class AgentPicker;
class Composer;
class Conversation;
class ConversationRecorder;
class ConversationSidebar;
class ConversationStore;
class ConversationView;
class QTimer;
class QWidget;

// The saved conversations as the window shows them: the file, opened after the first paint; the
// recorder that saves the conversation on screen; the sidebar; drafts; deletion with undo; export
// and import; and whose conversations are shown, since each workspace keeps its own.
//
// Without a database path nothing is saved, and only starting a new conversation does anything.
class ConversationHistory : public QObject
{
    Q_OBJECT

public:
    // The window's parts that showing a saved conversation changes.
    struct Parts
    {
        Conversation *conversation = nullptr;
        ConversationView *view = nullptr;
        Composer *composer = nullptr;
        AgentPicker *picker = nullptr;
    };

    ConversationHistory(const QString &databasePath, const Parts &parts, QWidget *window);

    ConversationStore *store() const { return m_store; }
    ConversationRecorder *recorder() const { return m_recorder; }
    ConversationSidebar *sidebar() const { return m_sidebar; } // null without a database
    // "Conversation deleted." with Undo, for the status bar.
    QWidget *undoRow() const { return m_undoRow; }
    bool isOpen() const;

    // Opens the file (once the window has painted), lists the workspace's conversations, then
    // opens the last one again.
    void open();
    // The workspace whose conversations are listed, searched and saved; its last conversation
    // opens again. Call leave() first when another one was shown.
    void showWorkspace(const QString &workspaceId);
    // The shown conversation is saved as it is, its draft too, and the pane is emptied.
    void leave();
    // Removed from error texts before they are saved, should a server ever echo it.
    void setSecret(const QString &secret);

    // Shows a saved conversation with its agent, model, thinking and draft.
    bool openConversation(qint64 id);
    // Opens the conversation and selects the `position`-th message's first `word`.
    void openSearchHit(qint64 id, int position, const QString &word);
    void newConversation();
    // Hidden at once; the status bar offers Undo until the next deletion or the next start.
    void deleteConversation(qint64 id);
    void undoDelete();
    // By the file name's suffix: `.json` writes JSON, anything else Markdown.
    bool exportConversation(qint64 id, const QString &filePath, QString *problem = nullptr);
    // A conversation exported as JSON, saved as a new local one; its id, or 0.
    qint64 importConversation(const QString &filePath, QString *problem = nullptr);
    // Asks where to, with the file dialog; 0 is the conversation shown.
    void chooseExport(qint64 id, bool markdown);
    void chooseImport();
    // Every conversation of `from` (a workspace being removed) joins `to`; how many did.
    int moveWorkspace(const QString &from, const QString &to);
    // Saves what is pending: the answer arriving and the draft. For the window's closing.
    void flush();

signals:
    // The saved conversations are listed (after the first paint).
    void conversationsLoaded();
    // After the list: the last conversation is open again, or a new one with its draft.
    void historyRestored();
    // Something the user should read in the window's banner.
    void problemFound(const QString &text);

private:
    void restoreLastConversation();
    QString lastConversationKey() const;
    void saveDraft();
    void setDraftText(const QString &text);

    QWidget *m_window;
    Parts m_parts;
    QString m_databasePath;
    QString m_workspace;
    ConversationStore *m_store = nullptr;
    ConversationRecorder *m_recorder = nullptr;
    ConversationSidebar *m_sidebar = nullptr;
    QWidget *m_undoRow = nullptr;
    QTimer *m_draftTimer = nullptr;
    QString m_secret;
    // Without a database: what was typed in each workspace left, kept for coming back to it.
    QHash<QString, QString> m_unsavedDrafts;
    qint64 m_deleted = 0;
    // Whose draft the composer holds: 0 is a new conversation, -1 none (before open, after leave).
    qint64 m_draftOwner = -1;
    bool m_restoringDraft = false;
    bool m_toldWriteFailure = false;
};
