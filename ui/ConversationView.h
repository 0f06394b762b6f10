// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTextBrowser>
#include <QTimer>

class Conversation;
struct ChatMessage;

// The transcript in one document, so that a selection can span messages. Finished messages are
// laid out once; only the message still arriving is redone, at most once per display frame
// however fast its bytes come. Answers are Markdown with raw HTML shown as text, and the view
// never loads anything: not remote images, not local files.
class ConversationView : public QTextBrowser
{
    Q_OBJECT

public:
    static constexpr int FrameMs = 16;

    explicit ConversationView(QWidget *parent = nullptr);

    void setConversation(Conversation *conversation);
    // Lays out the whole transcript again, e.g. after switching conversations or language.
    void rebuild();
    // Goes to the end and follows new text again.
    void followEnd();

signals:
    void retryRequested();
    void continueInNewRequested();
    void keySettingsRequested();

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void handleAdded(int index);
    void handleChanged(int index);
    void renderLive();
    void render(QTextCursor &cursor, const ChatMessage &message);
    void renderFooter(QTextCursor &cursor, const ChatMessage &message);
    void handleAnchor(const QUrl &url);

    QPointer<Conversation> m_conversation;
    QTimer m_frame;
    int m_liveIndex = -1;
    int m_liveStart = 0;
};
