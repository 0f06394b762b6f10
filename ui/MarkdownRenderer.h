// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QTextDocument>
#include <QTextFormat>

class QPalette;

// Colours of rendered answers, taken from the palette so that light and dark both read well.
struct MarkdownStyle
{
    QColor text;
    QColor muted;
    QColor codeBackground;
    QColor quoteBackground;

    static MarkdownStyle fromPalette(const QPalette &palette);
};

// Properties the pane puts on the formats of what it renders.
namespace PaneFormat {
enum Property
{
    // Character: a label or an action of the pane, not text of a message.
    Decoration = QTextFormat::UserProperty + 1,
    // Block: continues the line of the block above; cut only to keep each layout short.
    Continuation = QTextFormat::UserProperty + 2,
    // Block: the header of a code block, holding the block's ordinal in its message.
    CodeHeader = QTextFormat::UserProperty + 3,
};
} // namespace PaneFormat

// Turns pieces of an answer's Markdown into small documents for the pane: GitHub dialect, raw
// HTML shown as text, images turned into links that nothing loads, fenced code as a monospace
// block that wraps, under a header with its language and a Copy action, and lines longer than
// SegmentLength cut into blocks so that laying out one never costs more than that.
class MarkdownRenderer
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownRenderer)

public:
    static constexpr int SegmentLength = 1024;
    static constexpr auto Features = QTextDocument::MarkdownFeatures(
        QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);

    MarkdownRenderer(const MarkdownStyle &style, int messageIndex);

    // Code blocks rendered so far in this message; numbers the next header.
    int codeBlocks() const { return m_codeBlocks; }
    void setCodeBlocks(int count) { m_codeBlocks = count; }

    // Each fills `document`, emptied first.
    void renderBlocks(QTextDocument *document, const QString &markdown);
    void renderCode(QTextDocument *document,
                    QStringView lines,
                    const QString &language,
                    QChar fence,
                    bool withHeader);
    // The whole answer in one go, the way a finished message would be rendered without
    // streaming: the reference that the incremental rendering must equal.
    void renderWhole(QTextDocument *document, const QString &markdown);

    static QString copyCodeHref(int messageIndex, int ordinal);

private:
    void finishDocument(QTextDocument *document);
    void replaceImages(QTextDocument *document);
    QTextBlockFormat codeBlockFormat(QTextBlockFormat format) const;
    QTextCharFormat codeCharFormat() const;
    QTextBlockFormat headerBlockFormat(const QTextBlockFormat &code) const;
    void insertHeader(QTextDocument *document, int position, const QString &language);

    MarkdownStyle m_style;
    int m_messageIndex;
    int m_codeBlocks = 0;
};
