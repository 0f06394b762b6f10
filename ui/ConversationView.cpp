// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationView.h"

#include "AnswerRenderer.h"
#include "LinkGuard.h"
#include "Log.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <QUrlQuery>

namespace {

const QString ActionScheme = QStringLiteral("pharen-action");
const QString RetryAction = QStringLiteral("pharen-action:retry");
const QString KeySettingsAction = QStringLiteral("pharen-action:key-settings");
const QString ContinueInNewAction = QStringLiteral("pharen-action:continue-in-new");
// How close to the bottom, in pixels, still counts as being there.
constexpr int FollowSlack = 4;

QString messageAction(const QString &action, int index)
{
    return QStringLiteral("pharen-action:%1?message=%2").arg(action).arg(index);
}

QTextCharFormat actionFormat(const QString &href)
{
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(href);
    format.setFontUnderline(true);
    format.setProperty(PaneFormat::Decoration, true);
    return format;
}

bool isCodeBlock(const QTextBlockFormat &format)
{
    return format.hasProperty(QTextFormat::BlockCodeLanguage) ||
           format.hasProperty(QTextFormat::BlockCodeFence);
}

int documentEnd(const QTextDocument *document)
{
    return document->characterCount() - 1;
}

// Keeps what the user is doing across a change of the document: the selection (when the text
// it covers is still there) and the place they scrolled to.
class UserState
{
public:
    UserState(QTextBrowser *view, bool following)
        : m_view(view)
        , m_following(following)
        , m_anchor(view->textCursor().anchor())
        , m_position(view->textCursor().position())
        , m_selected(view->textCursor().selectedText())
        , m_scroll(view->verticalScrollBar()->value())
    {}

    void restore()
    {
        if (!m_selected.isEmpty() && m_view->textCursor().selectedText() != m_selected) {
            QTextCursor cursor(m_view->document());
            const int end = documentEnd(m_view->document());
            cursor.setPosition(std::min(m_anchor, end));
            cursor.setPosition(std::min(m_position, end), QTextCursor::KeepAnchor);
            if (cursor.selectedText() == m_selected)
                m_view->setTextCursor(cursor);
        }
        QScrollBar *bar = m_view->verticalScrollBar();
        bar->setValue(m_following ? bar->maximum() : m_scroll);
    }

private:
    QTextBrowser *m_view;
    bool m_following;
    int m_anchor;
    int m_position;
    QString m_selected;
    int m_scroll;
};

} // namespace

ConversationView::ConversationView(QWidget *parent)
    : QTextBrowser(parent)
    , m_style(MarkdownStyle::fromPalette(palette()))
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setUndoRedoEnabled(false);
    document()->setDocumentMargin(12);
    m_frame.setSingleShot(true);
    m_frame.setInterval(FrameMs);
    m_openLink = [](const QUrl &url) {
        QDesktopServices::openUrl(url);
    };
    m_confirmLink = [this](const QUrl &target, const QString &shown) {
        QMessageBox box(
            QMessageBox::Warning,
            tr("Open this link?"),
            tr("The link reads “%1” but leads to:\n\n%2").arg(shown, target.toDisplayString()),
            QMessageBox::Cancel,
            this);
        box.addButton(tr("Open"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() != QMessageBox::Cancel;
    };
    connect(&m_frame, &QTimer::timeout, this, &ConversationView::renderLive);
    connect(this, &QTextBrowser::anchorClicked, this, &ConversationView::handleAnchor);
    connect(
        this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
            // The real target of a link, shown before it is clicked.
            if (!url.isEmpty() && url.scheme() != ActionScheme)
                QToolTip::showText(QCursor::pos(), url.toDisplayString(), this);
            else
                QToolTip::hideText();
        });
    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (!m_scrolling)
            m_following = value >= bar->maximum() - FollowSlack;
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this] {
        if (m_following && !m_scrolling)
            scrollToEnd();
    });
    rebuild();
}

ConversationView::~ConversationView() = default;

void ConversationView::setConversation(Conversation *conversation)
{
    if (m_conversation)
        disconnect(m_conversation, nullptr, this, nullptr);
    m_conversation = conversation;
    connect(conversation, &Conversation::messageAdded, this, &ConversationView::handleAdded);
    connect(conversation, &Conversation::messageChanged, this, &ConversationView::handleChanged);
    rebuild();
}

void ConversationView::setLinkHandlers(LinkOpener opener, LinkConfirmer confirmer)
{
    m_openLink = std::move(opener);
    m_confirmLink = std::move(confirmer);
}

void ConversationView::setKeepReasoningOpen(bool keep)
{
    if (keep == m_keepReasoningOpen)
        return;
    m_keepReasoningOpen = keep;
    for (int index = 0; index < m_messages.size(); ++index) {
        if (!m_messages.at(index).reasoning.isEmpty())
            renderReasoning(index);
    }
    emit keepReasoningOpenChanged(keep);
}

void ConversationView::rebuild()
{
    m_frame.stop();
    m_live.reset();
    m_liveIndex = -1;
    const QList<Placed> previous = std::exchange(m_placed, {});
    if (m_conversation) {
        m_messages = m_conversation->messages();
        m_agentName = m_conversation->agent().name;
    }
    m_style = MarkdownStyle::fromPalette(palette());
    document()->clear();
    QTextCursor cursor(document());
    QTextBlockFormat spacer;
    spacer.setLineHeight(1, QTextBlockFormat::FixedHeight);
    cursor.setBlockFormat(spacer);
    for (int index = 0; index < m_messages.size(); ++index) {
        m_placed.append(Placed());
        // The same transcript laid out again keeps the user's choices and measured durations.
        if (index < previous.size()) {
            m_placed.last().reasoningChoice = previous.at(index).reasoningChoice;
            m_placed.last().reasoningMs = previous.at(index).reasoningMs;
        }
        renderMessage(index);
    }
    if (m_following)
        scrollToEnd();
}

void ConversationView::followEnd()
{
    m_following = true;
    scrollToEnd();
}

void ConversationView::scrollToEnd()
{
    m_scrolling = true;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_scrolling = false;
}

void ConversationView::handleAdded(int index)
{
    if (m_conversation && index == m_messages.size())
        appendMessage(m_conversation->messages().at(index));
    else
        rebuild();
}

void ConversationView::handleChanged(int index)
{
    if (m_conversation && index < m_conversation->messages().size())
        updateMessage(index, m_conversation->messages().at(index));
}

void ConversationView::appendMessage(const ChatMessage &message)
{
    finishLive();
    m_messages.append(message);
    m_placed.append(Placed());
    UserState state(this, m_following);
    m_scrolling = true;
    renderMessage(int(m_messages.size() - 1));
    m_scrolling = false;
    state.restore();
}

void ConversationView::updateMessage(int index, const ChatMessage &message)
{
    if (index < 0 || index >= m_messages.size())
        return;
    m_messages[index] = message;
    if (index == m_liveIndex) {
        if (!m_frame.isActive())
            m_frame.start();
        return;
    }
    // A message that is not arriving changed: lay it out again where it is.
    UserState state(this, m_following);
    m_scrolling = true;
    Placed &placed = m_placed[index];
    const int oldEnd = placed.end;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    AnswerRenderer::remove(document(), placed.start, placed.end);
    const int oldLength = oldEnd - placed.start;
    renderMessage(index);
    shiftFrom(index + 1, placed.end - placed.start - oldLength);
    cursor.endEditBlock();
    m_scrolling = false;
    state.restore();
}

void ConversationView::flush()
{
    if (m_frame.isActive()) {
        m_frame.stop();
        renderLive();
    }
}

void ConversationView::finishLive()
{
    m_frame.stop();
    if (m_liveIndex < 0)
        return;
    // Whatever state it is in, the answer is not the last one any more: lay it out as it is.
    if (m_messages.at(m_liveIndex).state == AnswerState::Streaming)
        m_messages[m_liveIndex].state = AnswerState::MayBeIncomplete;
    renderLive();
}

bool ConversationView::reasoningOpen(int index) const
{
    const Placed &placed = m_placed.at(index);
    if (placed.reasoningChoice)
        return *placed.reasoningChoice;
    const ChatMessage &message = m_messages.at(index);
    const bool thinking = message.state == AnswerState::Streaming && message.text.isEmpty();
    return thinking || m_keepReasoningOpen;
}

QString ConversationView::reasoningLabel(int index) const
{
    const Placed &placed = m_placed.at(index);
    const QString arrow = reasoningOpen(index) ? QStringLiteral("▾ ") : QStringLiteral("▸ ");
    if (placed.reasoningMs < 0)
        return arrow + tr("Reasoning");
    const qint64 seconds = std::max<qint64>(1, (placed.reasoningMs + 500) / 1000);
    return arrow + tr("Reasoning (%n s)", nullptr, int(seconds));
}

void ConversationView::renderLive()
{
    if (m_liveIndex < 0 || !m_live)
        return;
    const int index = m_liveIndex;
    const ChatMessage &message = m_messages.at(index);
    Placed &placed = m_placed[index];
    const bool final = message.state != AnswerState::Streaming;
    if (!message.reasoning.isEmpty() && message.text.isEmpty() && !final &&
        !placed.reasoningClock.isValid())
        placed.reasoningClock.start();
    if (placed.reasoningClock.isValid() && placed.reasoningMs < 0 &&
        (!message.text.isEmpty() || final))
        placed.reasoningMs = placed.reasoningClock.elapsed();

    UserState state(this, m_following);
    m_scrolling = true;
    QTextCursor edit(document());
    edit.beginEditBlock();
    const int before = document()->characterCount();
    renderReasoning(index);
    qint64 inserted = std::max(0, document()->characterCount() - before);
    const QString placeholder =
        message.reasoning.isEmpty() && !final ? tr("Waiting for the answer…") : QString();
    inserted += m_live->update(message.text, final, placeholder);
    placed.footerStart = placed.end = m_live->end();
    if (final) {
        m_live.reset();
        m_liveIndex = -1;
        renderFooter(index);
    }
    edit.endEditBlock();
    m_scrolling = false;
    state.restore();
    countUpdate(inserted);
}

void ConversationView::countUpdate(qint64 inserted)
{
    ++m_stats.updates;
    m_stats.charactersInserted += inserted;
    m_stats.lastInserted = inserted;
    m_stats.mostInserted = std::max(m_stats.mostInserted, inserted);
}

void ConversationView::renderMessage(int index)
{
    Placed &placed = m_placed[index];
    const ChatMessage &message = m_messages.at(index);
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    if (index > 0)
        placed.start = m_placed.at(index - 1).end;
    placed.reasoningStart = renderHeader(placed.start, index);
    placed.answerStart = placed.reasoningStart;
    placed.reasoningShown.clear();
    placed.reasoningLabel.clear();
    if (message.role == ChatMessage::Role::User) {
        cursor.setPosition(placed.answerStart);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        cursor.insertText(message.text, QTextCharFormat());
        placed.footerStart = placed.end = cursor.position();
        cursor.endEditBlock();
        return;
    }
    renderReasoning(index);
    auto answer = std::make_unique<AnswerRenderer>(document(), m_style, index, placed.answerStart);
    const bool final = message.state != AnswerState::Streaming;
    answer->update(message.text,
                   final,
                   message.reasoning.isEmpty() && !final ? tr("Waiting for the answer…")
                                                         : QString());
    placed.footerStart = placed.end = answer->end();
    if (final) {
        renderFooter(index);
    } else {
        m_live = std::move(answer);
        m_liveIndex = index;
    }
    cursor.endEditBlock();
}

int ConversationView::renderHeader(int at, int index)
{
    const ChatMessage &message = m_messages.at(index);
    const bool user = message.role == ChatMessage::Role::User;
    QTextCursor cursor(document());
    cursor.setPosition(at);
    QTextBlockFormat block;
    block.setTopMargin(index == 0 ? 0 : 14);
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    cursor.insertBlock(block, format);
    QString who = user ? tr("You") : m_agentName;
    if (!user && !message.model.isEmpty())
        who = tr("%1 (model %2)").arg(who, message.model);
    cursor.insertText(who, format);
    return cursor.position();
}

void ConversationView::renderReasoning(int index)
{
    Placed &placed = m_placed[index];
    const ChatMessage &message = m_messages.at(index);
    const bool open = reasoningOpen(index);
    const QString label = message.reasoning.isEmpty() ? QString() : reasoningLabel(index);
    QTextCharFormat text;
    text.setForeground(m_style.muted);
    text.setFontItalic(true);
    QTextBlockFormat block;
    block.setLeftMargin(12);

    const bool appending = label == placed.reasoningLabel && open &&
                           !placed.reasoningShown.isEmpty() &&
                           message.reasoning.startsWith(placed.reasoningShown);
    if (!appending && label == placed.reasoningLabel && open == !placed.reasoningShown.isEmpty())
        return;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    const int oldEnd = placed.answerStart;
    if (label == placed.reasoningLabel && open && !placed.reasoningShown.isEmpty() &&
        message.reasoning.startsWith(placed.reasoningShown)) {
        // Still arriving and open: only the new text goes in.
        cursor.setPosition(placed.answerStart);
        cursor.insertText(message.reasoning.mid(placed.reasoningShown.size()), text);
        placed.reasoningShown = message.reasoning;
    } else {
        AnswerRenderer::remove(document(), placed.reasoningStart, placed.answerStart);
        cursor.setPosition(placed.reasoningStart);
        placed.reasoningShown.clear();
        placed.reasoningLabel = label;
        if (!label.isEmpty()) {
            QTextCharFormat toggle =
                actionFormat(messageAction(QStringLiteral("reasoning"), index));
            toggle.setFontUnderline(false);
            toggle.setFontWeight(QFont::DemiBold);
            toggle.setForeground(m_style.muted);
            cursor.insertBlock(block, QTextCharFormat());
            cursor.insertText(label, toggle);
            if (open) {
                cursor.insertBlock(block, text);
                cursor.insertText(message.reasoning, text);
                placed.reasoningShown = message.reasoning;
            }
        }
    }
    const int delta = cursor.position() - oldEnd;
    cursor.endEditBlock();
    placed.answerStart = cursor.position();
    placed.footerStart += delta;
    placed.end += delta;
    if (index == m_liveIndex && m_live)
        m_live->shift(delta);
    shiftFrom(index + 1, delta);
}

void ConversationView::shiftFrom(int index, int delta)
{
    if (delta == 0)
        return;
    for (int later = index; later < m_placed.size(); ++later) {
        Placed &placed = m_placed[later];
        placed.start += delta;
        placed.reasoningStart += delta;
        placed.answerStart += delta;
        placed.footerStart += delta;
        placed.end += delta;
        if (later == m_liveIndex && m_live)
            m_live->shift(delta);
    }
}

void ConversationView::renderFooter(int index)
{
    Placed &placed = m_placed[index];
    const ChatMessage &message = m_messages.at(index);
    QString text;
    switch (message.state) {
    case AnswerState::Streaming:
        return;
    case AnswerState::Complete:
        break;
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
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    AnswerRenderer::remove(document(), placed.footerStart, placed.end);
    cursor.setPosition(placed.footerStart);
    const int oldEnd = placed.end;
    QTextCharFormat format;
    format.setForeground(message.state == AnswerState::Failed ||
                                 message.state == AnswerState::Interrupted
                             ? QColor(0xc0, 0x39, 0x2b)
                             : m_style.muted);
    QTextBlockFormat block;
    block.setTopMargin(4);
    cursor.insertBlock(block, format);
    if (!text.isEmpty())
        cursor.insertText(text, format);
    auto addAction = [&cursor, &format](const QString &label, const QString &href) {
        QTextCharFormat link = actionFormat(href);
        link.setForeground(format.foreground());
        if (!cursor.block().text().isEmpty())
            cursor.insertText(QStringLiteral("  "), QTextCharFormat());
        cursor.insertText(label, link);
    };
    if (message.conversationLost)
        addAction(tr("Continue in a new conversation"), ContinueInNewAction);
    else if (message.state == AnswerState::Interrupted || message.state == AnswerState::Failed)
        addAction(tr("Retry"), RetryAction);
    if (message.error.kind == ApiError::Kind::Unauthorized)
        addAction(tr("Open the key settings"), KeySettingsAction);
    if (!message.text.isEmpty()) {
        format.setForeground(m_style.muted);
        addAction(tr("Copy"), messageAction(QStringLiteral("copy-message"), index));
    }
    placed.end = cursor.position();
    cursor.endEditBlock();
    shiftFrom(index + 1, placed.end - oldEnd);
}

void ConversationView::handleAnchor(const QUrl &url)
{
    if (url.scheme() != ActionScheme) {
        openLink(url);
        return;
    }
    const QString action = url.path();
    const QUrlQuery query(url);
    const int index = query.queryItemValue(QStringLiteral("message")).toInt();
    const bool known = index >= 0 && index < m_messages.size();
    if (url.toString() == RetryAction) {
        emit retryRequested();
    } else if (url.toString() == ContinueInNewAction) {
        emit continueInNewRequested();
    } else if (url.toString() == KeySettingsAction) {
        emit keySettingsRequested();
    } else if (action == u"reasoning" && known) {
        const bool open = !reasoningOpen(index);
        m_placed[index].reasoningChoice = open;
        UserState state(this, m_following);
        m_scrolling = true;
        renderReasoning(index);
        m_scrolling = false;
        state.restore();
        // Opening it again says: keep it open; closing it says the opposite.
        if (open != m_keepReasoningOpen) {
            m_keepReasoningOpen = open;
            emit keepReasoningOpenChanged(open);
        }
    } else if (action == u"copy-code" && known) {
        const int block = query.queryItemValue(QStringLiteral("block")).toInt();
        QGuiApplication::clipboard()->setText(codeBlockText(index, block));
    } else if (action == u"copy-message" && known) {
        QGuiApplication::clipboard()->setText(m_messages.at(index).text);
    }
}

void ConversationView::openLink(const QUrl &url)
{
    const QString shown = anchorText(url);
    switch (LinkGuard::judge(url, shown)) {
    case LinkGuard::Verdict::Open:
        m_openLink(url);
        return;
    case LinkGuard::Verdict::Confirm:
        if (m_confirmLink(url, shown))
            m_openLink(url);
        return;
    case LinkGuard::Verdict::Refuse:
        break;
    }
    qCInfo(lcUi) << "refused to open a link with scheme" << url.scheme();
    QToolTip::showText(QCursor::pos(),
                       tr("This link was not opened: only web and e-mail links open from an "
                          "answer."),
                       this);
    emit linkRefused(url);
}

QString ConversationView::anchorText(const QUrl &url) const
{
    if (m_pressPosition < 0)
        return textCursor().selectedText();
    const QTextBlock block = document()->findBlock(m_pressPosition);
    QString text;
    bool inside = false;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const bool same =
            fragment.charFormat().isAnchor() && QUrl(fragment.charFormat().anchorHref()) == url;
        if (!same) {
            if (inside)
                break;
            text.clear();
            continue;
        }
        text += fragment.text();
        if (fragment.position() <= m_pressPosition &&
            m_pressPosition <= fragment.position() + fragment.length())
            inside = true;
    }
    return inside ? text : QString();
}

QString ConversationView::codeBlockText(int message, int ordinal) const
{
    const Placed &placed = m_placed.at(message);
    QStringList lines;
    bool collecting = false;
    for (QTextBlock block = document()->findBlock(placed.start); block.isValid();
         block = block.next()) {
        if (block.position() > placed.end)
            break;
        const QTextBlockFormat format = block.blockFormat();
        if (!collecting) {
            collecting = format.hasProperty(PaneFormat::CodeHeader) &&
                         format.intProperty(PaneFormat::CodeHeader) == ordinal;
            continue;
        }
        if (!isCodeBlock(format) || format.hasProperty(PaneFormat::CodeHeader))
            break;
        if (format.boolProperty(PaneFormat::Continuation) && !lines.isEmpty())
            lines.last() += block.text();
        else
            lines.append(block.text());
    }
    return lines.join(u'\n');
}

QString ConversationView::selectedPlainText() const
{
    const QTextCursor selection = textCursor();
    const int from = selection.selectionStart();
    const int to = selection.selectionEnd();
    QString text;
    bool firstBlock = true;
    for (QTextBlock block = document()->findBlock(from); block.isValid() && block.position() <= to;
         block = block.next()) {
        QString part;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().boolProperty(PaneFormat::Decoration))
                continue;
            const int start = std::max(from, fragment.position());
            const int end = std::min(to, fragment.position() + fragment.length());
            if (start < end)
                part += fragment.text().mid(start - fragment.position(), end - start);
        }
        const QTextBlockFormat format = block.blockFormat();
        const bool decoration = format.hasProperty(PaneFormat::CodeHeader) ||
                                (part.isEmpty() && !block.text().isEmpty());
        if (decoration)
            continue;
        if (!firstBlock && !format.boolProperty(PaneFormat::Continuation))
            text += u'\n';
        text += part;
        firstBlock = false;
    }
    text.replace(QChar::Nbsp, u' ');
    return text;
}

QMimeData *ConversationView::createMimeDataFromSelection() const
{
    auto *mime = new QMimeData;
    mime->setText(selectedPlainText());
    return mime;
}

int ConversationView::messageAt(int position) const
{
    for (int index = 0; index < m_placed.size(); ++index) {
        if (position > m_placed.at(index).start && position <= m_placed.at(index).end)
            return index;
    }
    return -1;
}

void ConversationView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    const int index = messageAt(cursorForPosition(event->pos()).position());
    if (index >= 0 && m_messages.at(index).role == ChatMessage::Role::Agent &&
        !m_messages.at(index).text.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("Copy Message as Markdown"), this, [this, index] {
            if (index < m_messages.size())
                QGuiApplication::clipboard()->setText(m_messages.at(index).text);
        });
    }
    menu->exec(event->globalPos());
}

void ConversationView::mousePressEvent(QMouseEvent *event)
{
    m_pressPosition = cursorForPosition(event->position().toPoint()).position();
    QTextBrowser::mousePressEvent(event);
}

void ConversationView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // Light or dark: the colours of code, quotes and muted text come from the palette.
    const MarkdownStyle style = MarkdownStyle::fromPalette(palette());
    if (style.text != m_style.text || style.codeBackground != m_style.codeBackground) {
        const bool following = m_following;
        rebuild();
        if (following)
            followEnd();
    }
}

QVariant ConversationView::loadResource(int type, const QUrl &name)
{
    // Rendering must never fetch anything an answer names: no remote images, no local files.
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}
