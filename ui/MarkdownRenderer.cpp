// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownRenderer.h"

#include <QFontDatabase>
#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>

namespace {

QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

bool isCode(const QTextBlockFormat &format)
{
    return format.hasProperty(QTextFormat::BlockCodeLanguage) ||
           format.hasProperty(QTextFormat::BlockCodeFence);
}

bool inRootFrame(const QTextBlock &block)
{
    return QTextCursor(block).currentFrame() == block.document()->rootFrame();
}

// Where to cut a line longer than SegmentLength: after the last space in the second half of each
// stretch, or at its end when there is none. Depends only on the text before the cut, so that a
// growing line keeps the cuts it already has.
QList<int> cutsFor(QStringView text)
{
    QList<int> cuts;
    const int length = int(text.size());
    int start = 0;
    while (length - start > MarkdownRenderer::SegmentLength) {
        int cut = start + MarkdownRenderer::SegmentLength;
        for (int i = cut; i > start + MarkdownRenderer::SegmentLength / 2; --i) {
            if (text.at(i - 1) == u' ') {
                cut = i;
                break;
            }
        }
        if (text.at(cut).isLowSurrogate())
            --cut;
        cuts.append(cut);
        start = cut;
    }
    return cuts;
}

struct Segmentation
{
    int position;
    QList<int> cuts;
};

void segment(QTextDocument *document)
{
    QList<Segmentation> work;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.length() - 1 <= MarkdownRenderer::SegmentLength || block.textList() ||
            !inRootFrame(block))
            continue;
        work.append({block.position(), cutsFor(block.text())});
    }
    QTextCursor cursor(document);
    // Outside an edit block each move of the cursor lays out the block it lands in to find its
    // x, which for a long line not yet cut is the whole line, again for each cut.
    cursor.beginEditBlock();
    for (auto it = work.crbegin(); it != work.crend(); ++it) {
        const QTextBlockFormat original = document->findBlock(it->position).blockFormat();
        QTextBlockFormat continuation = original;
        continuation.setProperty(PaneFormat::Continuation, true);
        continuation.setTopMargin(0);
        for (qsizetype i = it->cuts.size() - 1; i >= 0; --i) {
            cursor.setPosition(it->position + it->cuts.at(i));
            QTextBlockFormat format = continuation;
            if (i != it->cuts.size() - 1)
                format.setBottomMargin(0);
            cursor.insertBlock(format, cursor.charFormat());
        }
        QTextBlockFormat first = original;
        first.setBottomMargin(0);
        cursor.setPosition(it->position);
        cursor.setBlockFormat(first);
    }
    cursor.endEditBlock();
}

} // namespace

MarkdownStyle MarkdownStyle::fromPalette(const QPalette &palette)
{
    MarkdownStyle style;
    style.text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    style.muted = mix(style.text, base, 0.4);
    style.codeBackground = mix(base, style.text, 0.08);
    style.quoteBackground = mix(base, style.text, 0.04);
    return style;
}

MarkdownRenderer::MarkdownRenderer(const MarkdownStyle &style, int messageIndex)
    : m_style(style)
    , m_messageIndex(messageIndex)
{}

QString MarkdownRenderer::copyCodeHref(int messageIndex, int ordinal)
{
    return QStringLiteral("pharen-action:copy-code?message=%1&block=%2")
        .arg(messageIndex)
        .arg(ordinal);
}

void MarkdownRenderer::renderBlocks(QTextDocument *document, const QString &markdown)
{
    document->setMarkdown(markdown, Features);
    finishDocument(document);
}

void MarkdownRenderer::renderWhole(QTextDocument *document, const QString &markdown)
{
    renderBlocks(document, markdown);
}

void MarkdownRenderer::renderCode(QTextDocument *document,
                                  QStringView lines,
                                  const QString &language,
                                  QChar fence,
                                  bool withHeader)
{
    document->clear();
    QTextBlockFormat imported;
    imported.setProperty(QTextFormat::BlockCodeLanguage, language);
    imported.setProperty(QTextFormat::BlockCodeFence, QString(fence));
    imported.setNonBreakableLines(true);
    const QTextBlockFormat format = codeBlockFormat(imported);
    const QTextCharFormat text = codeCharFormat();
    if (lines.endsWith(u'\n'))
        lines.chop(1);
    QTextCursor cursor(document);
    bool first = true;
    for (QStringView line : lines.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (first) {
            cursor.setBlockFormat(format);
            cursor.setBlockCharFormat(text);
        } else
            cursor.insertBlock(format, text);
        cursor.insertText(line.toString(), text);
        first = false;
    }
    if (withHeader)
        insertHeader(document, 0, language);
    segment(document);
}

QTextBlockFormat MarkdownRenderer::codeBlockFormat(QTextBlockFormat format) const
{
    // Long lines wrap rather than widen the whole transcript.
    format.setNonBreakableLines(false);
    format.setBackground(m_style.codeBackground);
    return format;
}

QTextCharFormat MarkdownRenderer::codeCharFormat() const
{
    QTextCharFormat format;
    format.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    format.setFontFixedPitch(true);
    return format;
}

QTextBlockFormat MarkdownRenderer::headerBlockFormat(const QTextBlockFormat &code) const
{
    QTextBlockFormat header;
    header.setBackground(m_style.codeBackground);
    header.setTopMargin(6);
    header.setLeftMargin(code.leftMargin());
    header.setIndent(code.indent());
    header.setProperty(PaneFormat::CodeHeader, m_codeBlocks);
    return header;
}

void MarkdownRenderer::insertHeader(QTextDocument *document, int position, const QString &language)
{
    QTextCursor cursor(document);
    cursor.setPosition(position);
    const QTextBlock block = cursor.block();
    const QTextBlockFormat code = block.blockFormat();
    cursor.insertBlock(code, block.charFormat());
    cursor.setPosition(position);
    cursor.setBlockFormat(headerBlockFormat(code));
    cursor.setBlockCharFormat(QTextCharFormat());
    QTextCharFormat label;
    label.setForeground(m_style.muted);
    label.setProperty(PaneFormat::Decoration, true);
    if (!language.isEmpty()) {
        cursor.insertText(language, label);
        cursor.insertText(QStringLiteral("   "), label);
    }
    QTextCharFormat action = label;
    action.setAnchor(true);
    action.setAnchorHref(copyCodeHref(m_messageIndex, m_codeBlocks));
    action.setFontUnderline(true);
    cursor.insertText(tr("Copy"), action);
    ++m_codeBlocks;
}

void MarkdownRenderer::finishDocument(QTextDocument *document)
{
    replaceImages(document);
    // Code blocks and quotes: colours from the palette, a header over each code block.
    struct Header
    {
        int position;
        QString language;
    };
    QList<Header> headers;
    QTextCursor cursor(document);
    QString previousLanguage;
    bool previousCode = false;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (isCode(format)) {
            const QString language = format.stringProperty(QTextFormat::BlockCodeLanguage);
            if (!previousCode || language != previousLanguage)
                headers.append({block.position(), language});
            previousCode = true;
            previousLanguage = language;
            cursor.setPosition(block.position());
            cursor.setBlockFormat(codeBlockFormat(format));
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            cursor.setCharFormat(codeCharFormat());
            cursor.setBlockCharFormat(codeCharFormat());
            continue;
        }
        previousCode = false;
        if (format.hasProperty(QTextFormat::BlockQuoteLevel)) {
            format.setBackground(m_style.quoteBackground);
            cursor.setPosition(block.position());
            cursor.setBlockFormat(format);
        }
    }
    // Numbered in reading order, inserted from the back so that positions stay valid.
    const int first = m_codeBlocks;
    for (qsizetype i = headers.size() - 1; i >= 0; --i) {
        m_codeBlocks = first + int(i);
        insertHeader(document, headers.at(i).position, headers.at(i).language);
    }
    m_codeBlocks = first + int(headers.size());
    segment(document);
}

void MarkdownRenderer::replaceImages(QTextDocument *document)
{
    struct Image
    {
        int position;
        QString source;
        QString alt;
    };
    QList<Image> images;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            for (int i = 0; i < fragment.length(); ++i) {
                images.append({fragment.position() + i,
                               image.name(),
                               image.stringProperty(QTextFormat::ImageAltText)});
            }
        }
    }
    // Nothing is ever loaded: an image becomes a link that the user may open on purpose.
    QTextCursor cursor(document);
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(it->source);
        link.setFontUnderline(true);
        link.setToolTip(it->source);
        cursor.insertText(it->alt.isEmpty() ? tr("[image]") : tr("[image: %1]").arg(it->alt), link);
    }
}
