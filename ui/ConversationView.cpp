// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationView.h"

#include "Conversation.h"
#include "Log.h"

#include <QDesktopServices>
#include <QScrollBar>
#include <QTextBlock>

namespace {

constexpr auto MarkdownFeatures = QTextDocument::MarkdownFeatures(
    QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);
const QString RetryAction = QStringLiteral("pharen-action:retry");
const QString KeySettingsAction = QStringLiteral("pharen-action:key-settings");
const QString ContinueInNewAction = QStringLiteral("pharen-action:continue-in-new");

QTextCharFormat mutedFormat(const QPalette &palette, bool italic)
{
    QTextCharFormat format;
    format.setForeground(palette.color(QPalette::Disabled, QPalette::Text));
    format.setFontItalic(italic);
    return format;
}

} // namespace

ConversationView::ConversationView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setUndoRedoEnabled(false);
    document()->setDocumentMargin(12);
    m_frame.setSingleShot(true);
    m_frame.setInterval(FrameMs);
    connect(&m_frame, &QTimer::timeout, this, &ConversationView::renderLive);
    connect(this, &QTextBrowser::anchorClicked, this, &ConversationView::handleAnchor);
}

void ConversationView::setConversation(Conversation *conversation)
{
    if (m_conversation)
        disconnect(m_conversation, nullptr, this, nullptr);
    m_conversation = conversation;
    connect(conversation, &Conversation::messageAdded, this, &ConversationView::handleAdded);
    connect(conversation, &Conversation::messageChanged, this, &ConversationView::handleChanged);
    rebuild();
}

void ConversationView::rebuild()
{
    m_frame.stop();
    clear();
    m_liveIndex = -1;
    m_liveStart = 0;
    if (!m_conversation)
        return;
    for (int index = 0; index < m_conversation->messages().size(); ++index)
        handleAdded(index);
    renderLive();
}

void ConversationView::followEnd()
{
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void ConversationView::handleAdded(int index)
{
    // The message before is final now: give it its last layout before it is left alone.
    if (m_frame.isActive()) {
        m_frame.stop();
        renderLive();
    }
    m_liveIndex = index;
    QTextCursor end(document());
    end.movePosition(QTextCursor::End);
    m_liveStart = end.position();
    renderLive();
}

void ConversationView::handleChanged(int index)
{
    if (index == m_liveIndex && !m_frame.isActive())
        m_frame.start();
}

void ConversationView::renderLive()
{
    if (!m_conversation || m_liveIndex < 0 || m_liveIndex >= m_conversation->messages().size())
        return;
    QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;

    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.setPosition(m_liveStart);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    render(cursor, m_conversation->messages().at(m_liveIndex));
    cursor.endEditBlock();

    if (atEnd)
        bar->setValue(bar->maximum());
}

void ConversationView::render(QTextCursor &cursor, const ChatMessage &message)
{
    const bool user = message.role == ChatMessage::Role::User;
    QTextBlockFormat headerBlock;
    headerBlock.setTopMargin(cursor.position() == 0 ? 0 : 14);
    QTextCharFormat headerFormat;
    headerFormat.setFontWeight(QFont::Bold);
    if (cursor.position() != 0)
        cursor.insertBlock(headerBlock, headerFormat);
    else
        cursor.setBlockFormat(headerBlock);
    QString who = user ? tr("You") : m_conversation->agent().name;
    if (!user && !message.model.isEmpty())
        who = tr("%1 (model %2)").arg(who, message.model);
    cursor.insertText(who, headerFormat);

    if (user) {
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        cursor.insertText(message.text);
        return;
    }
    if (!message.reasoning.isEmpty()) {
        QTextBlockFormat reasoningBlock;
        reasoningBlock.setLeftMargin(12);
        cursor.insertBlock(reasoningBlock, mutedFormat(palette(), false));
        QTextCharFormat label = mutedFormat(palette(), false);
        label.setFontWeight(QFont::DemiBold);
        cursor.insertText(tr("Reasoning"), label);
        cursor.insertBlock(reasoningBlock, mutedFormat(palette(), true));
        cursor.insertText(message.reasoning, mutedFormat(palette(), true));
    }
    if (!message.text.isEmpty()) {
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        cursor.insertMarkdown(message.text, MarkdownFeatures);
    } else if (message.state == AnswerState::Streaming) {
        cursor.insertBlock(QTextBlockFormat(), mutedFormat(palette(), true));
        cursor.insertText(message.reasoning.isEmpty() ? tr("Waiting for the answer…") : QString(),
                          mutedFormat(palette(), true));
    }
    renderFooter(cursor, message);
}

void ConversationView::renderFooter(QTextCursor &cursor, const ChatMessage &message)
{
    QString text;
    switch (message.state) {
    case AnswerState::Streaming:
    case AnswerState::Complete:
        return;
    case AnswerState::MayBeIncomplete:
        text = tr("This answer may be incomplete: the server ended it without saying it was done.");
        break;
    case AnswerState::Stopped:
        text = tr("Stopped by you.");
        break;
    case AnswerState::Interrupted:
        text = tr("Interrupted: %1").arg(message.error.describe());
        break;
    case AnswerState::Failed:
        text = message.conversationLost
                   ? tr("The server no longer knows this conversation. Its history stays here.")
                   : message.error.describe();
        break;
    }
    QTextCharFormat format;
    format.setForeground(message.state == AnswerState::Failed ||
                                 message.state == AnswerState::Interrupted
                             ? QColor(0xc0, 0x39, 0x2b)
                             : palette().color(QPalette::Disabled, QPalette::Text));
    cursor.insertBlock(QTextBlockFormat(), format);
    cursor.insertText(text, format);
    auto addAction = [&cursor](const QString &label, const QString &href) {
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(href);
        link.setFontUnderline(true);
        cursor.insertText(QStringLiteral("  "), QTextCharFormat());
        cursor.insertText(label, link);
    };
    if (message.conversationLost)
        addAction(tr("Continue in a new conversation"), ContinueInNewAction);
    else if (message.state == AnswerState::Interrupted || message.state == AnswerState::Failed)
        addAction(tr("Retry"), RetryAction);
    if (message.error.kind == ApiError::Kind::Unauthorized)
        addAction(tr("Open the key settings"), KeySettingsAction);
}

void ConversationView::handleAnchor(const QUrl &url)
{
    const QString target = url.toString();
    if (target == RetryAction) {
        emit retryRequested();
        return;
    }
    if (target == ContinueInNewAction) {
        emit continueInNewRequested();
        return;
    }
    if (target == KeySettingsAction) {
        emit keySettingsRequested();
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https" || scheme == u"mailto") {
        QDesktopServices::openUrl(url);
        return;
    }
    qCInfo(lcUi) << "refused to open a link with scheme" << scheme;
}

QVariant ConversationView::loadResource(int type, const QUrl &name)
{
    // Rendering must never fetch anything an answer names: no remote images, no local files.
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}
