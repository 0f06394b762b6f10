// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conversation.h"
#include "MarkdownRenderer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTextBrowser>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class AnswerRenderer;

// The transcript in one document, so that a selection can span messages. Finished messages are
// laid out once; of the answer still arriving only what changed is laid out again, at most once
// per display frame however fast its bytes come (see AnswerRenderer). Answers are Markdown with
// raw HTML shown as text, and the view never loads anything: not remote images, not local files.
// The view follows the end only while the user is there, and keeps a selection across updates.
class ConversationView : public QTextBrowser
{
    Q_OBJECT

public:
    static constexpr int FrameMs = 16;

    // What the updates of the answer being streamed cost, for tests and the benchmark.
    struct Stats
    {
        qint64 updates = 0;
        qint64 charactersInserted = 0; // laid out again, over all updates
        qint64 lastInserted = 0;       // by the last update
        qint64 mostInserted = 0;       // by the largest update
    };

    // Where links go once the user clicked them; tests put their own in.
    using LinkOpener = std::function<void(const QUrl &)>;
    using LinkConfirmer = std::function<bool(const QUrl &target, const QString &shownText)>;

    explicit ConversationView(QWidget *parent = nullptr);
    ~ConversationView() override;

    void setConversation(Conversation *conversation);
    // Lays out the whole transcript again, e.g. after switching conversations or language.
    void rebuild();
    // Goes to the end and follows new text again.
    void followEnd();
    bool isFollowing() const { return m_following; }

    // The transcript without a Conversation (a conversation set with setConversation feeds these).
    void setAgentName(const QString &name) { m_agentName = name; }
    void appendMessage(const ChatMessage &message);
    void updateMessage(int index, const ChatMessage &message);
    const QList<ChatMessage> &messages() const { return m_messages; }

    // Renders an update that waits for the next frame now.
    void flush();
    Stats stats() const { return m_stats; }

    // Whether reasoning stays open once the answer starts. The user's last choice, to be kept
    // by whoever owns the settings.
    bool keepsReasoningOpen() const { return m_keepReasoningOpen; }
    void setKeepReasoningOpen(bool keep);

    void setLinkHandlers(LinkOpener opener, LinkConfirmer confirmer);
    // The selection as plain text, as Ctrl+C copies it.
    QString selectedPlainText() const;

signals:
    void retryRequested();
    void continueInNewRequested();
    void keySettingsRequested();
    void keepReasoningOpenChanged(bool keep);
    void linkRefused(const QUrl &url);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    QMimeData *createMimeDataFromSelection() const override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    // Where a message lies in the document; each position is the end of a block.
    struct Placed
    {
        int start = 0;
        int reasoningStart = 0; // after the header
        int answerStart = 0;    // after the reasoning
        int footerStart = 0;    // after the answer
        int end = 0;
        std::optional<bool> reasoningChoice; // the user opened or closed it here
        QElapsedTimer reasoningClock;        // runs while reasoning arrives before the answer
        qint64 reasoningMs = -1;             // how long it took, when seen arriving
        QString reasoningShown;              // the reasoning text laid out, when open
        QString reasoningLabel;
    };

    void handleAdded(int index);
    void handleChanged(int index);
    void renderLive();
    void finishLive();
    void renderMessage(int index);
    int renderHeader(int at, int index);
    void renderReasoning(int index);
    void renderFooter(int index);
    void shiftFrom(int index, int delta);
    bool reasoningOpen(int index) const;
    QString reasoningLabel(int index) const;
    void handleAnchor(const QUrl &url);
    void openLink(const QUrl &url);
    QString anchorText(const QUrl &url) const;
    QString codeBlockText(int message, int ordinal) const;
    int messageAt(int position) const;
    void scrollToEnd();
    void countUpdate(qint64 inserted);

    QPointer<Conversation> m_conversation;
    QString m_agentName;
    QList<ChatMessage> m_messages;
    QList<Placed> m_placed;
    MarkdownStyle m_style;
    std::unique_ptr<AnswerRenderer> m_live;
    int m_liveIndex = -1;
    QTimer m_frame;
    Stats m_stats;
    bool m_following = true;
    bool m_scrolling = false;
    bool m_keepReasoningOpen = false;
    int m_pressPosition = -1;
    LinkOpener m_openLink;
    LinkConfirmer m_confirmLink;
};
