// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarkdownRenderer.h"
#include "MarkdownSplitter.h"

#include <QString>

class QTextDocument;

// One answer's rendering inside the pane's document, kept up to date as its text grows. The
// answer owns the range [start, end) of the document, where start is the end of the block before
// it. Finished pieces are laid out once, below what is already there; the open tail is rendered
// again on each update, but only its blocks that differ from what is shown are replaced, so that
// an update costs about what changed however long the answer is.
class AnswerRenderer
{
public:
    AnswerRenderer(QTextDocument *document,
                   const MarkdownStyle &style,
                   int messageIndex,
                   int start);

    int start() const { return m_start; }
    int end() const { return m_end; }
    // Text was inserted (or removed, for a negative delta) before this answer.
    void shift(int delta);

    // Brings the rendering up to `text`. `final`: nothing more will come, show it as it is.
    // `placeholder` shows, muted, while there is no text. Returns the characters inserted.
    qint64 update(const QString &text, bool final, const QString &placeholder = {});

    // Splices the blocks of `piece` after its first block (an empty block that merges into the
    // block before `at`) into `document` at `at`. Returns the characters inserted.
    static int splice(QTextDocument *document, int at, QTextDocument *piece, int fromPosition = 0);
    // Removes [from, to), where `from` is the end of a block that stays as it is.
    static void remove(QTextDocument *document, int from, int to);
    // Makes the first block of `piece` an empty one that can merge into the block before.
    static void prepareForSplice(QTextDocument *piece);

private:
    qint64 renderPieces();
    qint64 renderTail(bool final, const QString &placeholder);
    // Replaces what [m_tailStart, m_end) shows by `rendered`, keeping the blocks that are equal.
    qint64 replaceShown(QTextDocument *rendered);
    void removeRange(int from, int to);

    QTextDocument *m_document;
    MarkdownStyle m_style;
    MarkdownSplitter m_splitter;
    MarkdownRenderer m_renderer;
    int m_start;
    int m_tailStart;
    int m_end;
};
