// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerRenderer.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextList>

#include <algorithm>

namespace {

bool inRootFrame(const QTextBlock &block)
{
    return QTextCursor(block).currentFrame() == block.document()->rootFrame();
}

// What a block belongs to that must be replaced as a whole: its table, or its list.
const void *groupOf(const QTextBlock &block)
{
    QTextFrame *frame = QTextCursor(block).currentFrame();
    QTextFrame *root = block.document()->rootFrame();
    if (frame != root) {
        while (frame->parentFrame() != root)
            frame = frame->parentFrame();
        return frame;
    }
    return block.textList();
}

QTextBlockFormat comparable(QTextBlockFormat format)
{
    format.clearProperty(QTextFormat::ObjectIndex);
    return format;
}

bool sameBlock(const QTextBlock &a, const QTextBlock &b)
{
    if (a.length() != b.length() || a.text() != b.text() ||
        comparable(a.blockFormat()) != comparable(b.blockFormat()) ||
        (a.textList() == nullptr) != (b.textList() == nullptr) || inRootFrame(a) != inRootFrame(b))
        return false;
    if (a.textList() && (a.textList()->format().style() != b.textList()->format().style() ||
                         a.textList()->itemNumber(a) != b.textList()->itemNumber(b)))
        return false;
    auto i = a.begin();
    auto j = b.begin();
    for (; !i.atEnd() && !j.atEnd(); ++i, ++j) {
        if (i.fragment().length() != j.fragment().length() ||
            i.fragment().charFormat() != j.fragment().charFormat())
            return false;
    }
    return i.atEnd() && j.atEnd();
}

// Where the list of `block` begins; past the end of the document when it is in none.
int firstItemPosition(const QTextBlock &block)
{
    const QTextList *list = block.textList();
    return list ? list->item(0).position() : block.document()->characterCount();
}

int endOf(const QTextBlock &block)
{
    return block.position() + block.length() - 1;
}

} // namespace

AnswerRenderer::AnswerRenderer(QTextDocument *document,
                               const MarkdownStyle &style,
                               int messageIndex,
                               int start)
    : m_document(document)
    , m_style(style)
    , m_renderer(style, messageIndex)
    , m_start(start)
    , m_tailStart(start)
    , m_end(start)
{}

void AnswerRenderer::shift(int delta)
{
    m_start += delta;
    m_tailStart += delta;
    m_end += delta;
}

void AnswerRenderer::prepareForSplice(QTextDocument *piece)
{
    const QTextBlock first = piece->firstBlock();
    // Qt's importer opens a new block for a table or a rule even at the start of a document, so
    // the empty block before either already is the block to merge.
    const QTextBlock second = first.next();
    if (first.length() == 1 && first.blockFormat() == QTextBlockFormat() && second.isValid() &&
        (!inRootFrame(second) ||
         second.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)))
        return;
    QTextCursor cursor(piece);
    cursor.insertBlock(first.blockFormat(), first.charFormat());
    cursor.setPosition(0);
    cursor.setBlockFormat(QTextBlockFormat());
    cursor.setBlockCharFormat(QTextCharFormat());
}

int AnswerRenderer::splice(QTextDocument *document, int at, QTextDocument *piece, int fromPosition)
{
    QTextCursor source(piece);
    source.setPosition(fromPosition);
    source.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    if (!source.hasSelection())
        return 0;
    const int before = document->characterCount();
    // Qt gives an empty block the format of the fragment's first block; the block keeps its own.
    const QTextBlock block = document->findBlock(at);
    const QTextBlockFormat blockFormat = block.blockFormat();
    const QTextCharFormat charFormat = block.charFormat();
    QTextCursor target(document);
    target.setPosition(at);
    target.insertFragment(QTextDocumentFragment(source));
    target.setPosition(at);
    if (target.blockFormat() != blockFormat)
        target.setBlockFormat(blockFormat);
    if (target.blockCharFormat() != charFormat)
        target.setBlockCharFormat(charFormat);
    return document->characterCount() - before;
}

void AnswerRenderer::removeRange(int from, int to)
{
    remove(m_document, from, to);
}

void AnswerRenderer::remove(QTextDocument *document, int from, int to)
{
    if (to <= from)
        return;
    // Removing the end of a block merges it with what follows, and Qt gives the merged block the
    // format of the block below; the block keeps its own.
    const QTextBlock block = document->findBlock(from);
    const QTextBlockFormat blockFormat = block.blockFormat();
    const QTextCharFormat charFormat = block.charFormat();
    QTextCursor cursor(document);
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    if (cursor.blockFormat() != blockFormat)
        cursor.setBlockFormat(blockFormat);
    if (cursor.blockCharFormat() != charFormat)
        cursor.setBlockCharFormat(charFormat);
}

qint64 AnswerRenderer::update(const QString &text, bool final, const QString &placeholder)
{
    qint64 inserted = 0;
    if (!m_splitter.update(text)) {
        // Not a continuation (a snapshot that changed earlier text): start over.
        removeRange(m_start, m_end);
        m_tailStart = m_end = m_start;
        m_renderer.setCodeBlocks(0);
        m_splitter.update(text);
    }
    if (final && m_splitter.hasReferenceDefinitions()) {
        // References change how text elsewhere in the answer renders: the whole at once. Known
        // shortcoming: Qt's importer runs two fenced blocks of one language with only blank lines
        // between into one, so here they share a header and a Copy action, unlike in the pieces.
        removeRange(m_start, m_end);
        m_renderer.setCodeBlocks(0);
        QTextDocument whole;
        m_renderer.renderWhole(&whole, text);
        prepareForSplice(&whole);
        inserted = splice(m_document, m_start, &whole);
        m_tailStart = m_end = m_start + int(inserted);
        m_splitter.finish();
        m_splitter.takePieces();
        return inserted;
    }
    if (final)
        m_splitter.finish();
    inserted += renderPieces();
    inserted += renderTail(final, text.isEmpty() ? placeholder : QString());
    return inserted;
}

qint64 AnswerRenderer::renderPieces()
{
    const QList<MarkdownSplitter::Piece> pieces = m_splitter.takePieces();
    if (pieces.isEmpty())
        return 0;
    qint64 inserted = 0;
    bool first = true;
    const QString &text = m_splitter.text();
    for (const MarkdownSplitter::Piece &piece : pieces) {
        QTextDocument rendered;
        const QStringView source = QStringView(text).mid(piece.begin, piece.end - piece.begin);
        if (piece.kind == MarkdownSplitter::Piece::Kind::Code) {
            m_renderer.renderCode(&rendered, source, piece.language, piece.fence, piece.opensCode);
        } else {
            m_renderer.renderBlocks(&rendered, source.toString());
        }
        prepareForSplice(&rendered);
        if (first) {
            // Usually what the tail already shows: only what differs is laid out again.
            inserted += replaceShown(&rendered);
            m_tailStart = m_end;
            first = false;
            continue;
        }
        const int count = splice(m_document, m_tailStart, &rendered);
        m_tailStart += count;
        inserted += count;
    }
    m_end = m_tailStart;
    return inserted;
}

qint64 AnswerRenderer::renderTail(bool final, const QString &placeholder)
{
    QTextDocument rendered;
    const QString &text = m_splitter.text();
    const QStringView tail = QStringView(text).mid(m_splitter.committedEnd());
    // The tail's code blocks are numbered as if committed; the count is kept for the pieces.
    const int codeBlocks = m_renderer.codeBlocks();
    if (!final && m_splitter.inCode()) {
        const QStringView line =
            MarkdownSplitter::mayCloseFence(tail, m_splitter.codeFence()) ? QStringView() : tail;
        if (!m_splitter.codeStarted() || !line.isEmpty()) {
            m_renderer.renderCode(&rendered,
                                  line,
                                  m_splitter.codeLanguage(),
                                  m_splitter.codeFence(),
                                  !m_splitter.codeStarted());
        }
    } else if (!placeholder.isEmpty()) {
        QTextCursor cursor(&rendered);
        QTextCharFormat muted;
        muted.setForeground(m_style.muted);
        muted.setFontItalic(true);
        muted.setProperty(PaneFormat::Decoration, true);
        cursor.insertText(placeholder, muted);
    } else if (!tail.isEmpty()) {
        m_renderer.renderBlocks(&rendered,
                                final ? tail.toString() : MarkdownSplitter::previewTail(tail));
    }
    m_renderer.setCodeBlocks(codeBlocks);
    if (rendered.isEmpty()) {
        removeRange(m_tailStart, m_end);
        m_end = m_tailStart;
        return 0;
    }
    prepareForSplice(&rendered);
    return replaceShown(&rendered);
}

qint64 AnswerRenderer::replaceShown(QTextDocument *rendered)
{
    // Keep the blocks that are already shown as they should be; replace from the first that
    // differs, going back to the start of its list or table, which are replaced whole.
    QTextBlock shown = m_document->findBlock(m_tailStart);
    shown = m_tailStart == m_end ? QTextBlock() : shown.next();
    // Tables are replaced whole, from the start of the tail (they are small while they stream).
    const auto hasTable = [](const QTextDocument *document, int from, int to) {
        for (QTextFrame *frame : document->rootFrame()->childFrames()) {
            if (frame->lastPosition() >= from && frame->firstPosition() <= to)
                return true;
        }
        return false;
    };
    if (hasTable(rendered, 0, rendered->characterCount()) ||
        hasTable(m_document, m_tailStart, m_end))
        shown = QTextBlock();
    QTextBlock wanted = rendered->firstBlock().next();
    QTextBlock keptShown;
    QTextBlock keptWanted = rendered->firstBlock();
    // A block of the tail may start at m_end itself: an empty last block, such as an empty code
    // line. The block after the answer starts past it.
    while (shown.isValid() && wanted.isValid() && shown.position() <= m_end &&
           sameBlock(shown, wanted)) {
        keptShown = shown;
        keptWanted = wanted;
        shown = shown.next();
        wanted = wanted.next();
    }
    const bool shownDone = !shown.isValid() || shown.position() > m_end;
    if (!wanted.isValid() && shownDone)
        return 0;
    if (wanted.isValid()) {
        // A list cut in two would go on below the cut as a list of its own, numbered from one:
        // the cut goes before the first item of every list that has an item below it, even when
        // a nested list or a code block stands between its items.
        int listStart = wanted.position();
        for (QTextBlock block = wanted; block.isValid(); block = block.next())
            listStart = std::min(listStart, firstItemPosition(block));
        while (keptWanted != rendered->firstBlock() && keptWanted.position() >= listStart) {
            listStart = std::min(listStart, firstItemPosition(keptWanted));
            keptWanted = keptWanted.previous();
            keptShown = keptShown.previous();
        }
    } else {
        // Blocks shown below the kept ones are no longer wanted: only removal left.
        while (keptWanted != rendered->firstBlock() && groupOf(keptWanted)) {
            keptWanted = keptWanted.previous();
            keptShown = keptShown.previous();
        }
    }
    const int cut = keptWanted == rendered->firstBlock() ? m_tailStart : endOf(keptShown);
    removeRange(cut, m_end);
    const int count = splice(
        m_document, cut, rendered, keptWanted == rendered->firstBlock() ? 0 : endOf(keptWanted));
    m_end = cut + count;
    return count;
}
