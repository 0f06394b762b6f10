// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Reads an answer's Markdown as it grows and hands out the parts that later text can no longer
// change, so that the pane lays each of them out once and redoes only the open tail.
//
// A part ends where a new top-level block starts after a blank line (and is not a list item,
// which could join the list above), before a fence at the left margin, and after that fence
// closes. Inside such a fence every complete line is final: fenced code is handed out line by
// line. Only complete lines are judged; the unfinished last line always belongs to the tail.
// The cost of a call is proportional to the new text, not to the whole answer.
class MarkdownSplitter
{
public:
    struct Piece
    {
        enum class Kind
        {
            Blocks, // Markdown source of whole blocks
            Code,   // lines of a fenced block at the left margin, without the fences
        };
        Kind kind = Kind::Blocks;
        qsizetype begin = 0; // the source range in text()
        qsizetype end = 0;
        QString language;       // Code: the first word of the fence's info string
        QChar fence;            // Code: the fence's character, ` or ~
        bool opensCode = false; // Code: the first piece of its block (it gets the block's header)
    };

    // The answer so far. False when it does not continue the text given before; the splitter
    // has then started over with the new text, and pieces handed out before are void.
    bool update(const QString &text);
    // The text is final: its open tail becomes pieces too.
    void finish();
    void reset();
    QList<Piece> takePieces();

    const QString &text() const { return m_text; }
    // Everything before this position has been handed out as pieces.
    qsizetype committedEnd() const { return m_committed; }
    bool isFinished() const { return m_finished; }
    // A fenced block at the left margin is open; the tail is its unfinished last line.
    bool inCode() const { return m_fence.open && m_fence.topLevel; }
    QString codeLanguage() const { return m_fence.language; }
    // The open fenced block's header has been handed out with a piece.
    bool codeStarted() const { return m_fence.started; }
    // The answer defines link references, which change how text elsewhere renders.
    bool hasReferenceDefinitions() const { return m_referenceDefinitions; }

    static bool isListItem(QStringView line);
    // What to show of an unfinished tail of Blocks: Markdown still being typed (a fence or a
    // heading mark, a list marker, a table's first row before its delimiter row) is held back,
    // and emphasis, code spans and links left open on the last line are closed for the moment.
    static QString previewTail(QStringView tail);
    // Of an unfinished line inside a fence, what may show as code: nothing while it could still
    // become the closing fence.
    static bool mayCloseFence(QStringView partialLine, QChar marker);
    QChar codeFence() const { return m_fence.marker; }

private:
    struct Fence
    {
        bool open = false;
        bool topLevel = false;
        bool started = false;
        QChar marker;
        qsizetype length = 0;
        QString language;
    };

    void scan(qsizetype lineEnd, qsizetype next);
    void scanInFence(QStringView line, qsizetype lineStart, qsizetype next);
    void handOut(Piece::Kind kind, qsizetype end);

    QString m_text;
    QList<Piece> m_pieces;
    qsizetype m_lineStart = 0; // where the first line not yet scanned begins
    qsizetype m_committed = 0;
    bool m_finished = false;
    bool m_previousBlank = true;
    int m_blockLines = 0; // lines of the block since the last blank line
    bool m_firstLineHasPipe = false;
    bool m_inTable = false;
    bool m_referenceDefinitions = false;
    Fence m_fence;
};
