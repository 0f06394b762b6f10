// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownSplitter.h"

namespace {

// Columns of leading white space (a tab goes to the next multiple of four) and where the text
// of the line begins.
struct Indent
{
    int columns = 0;
    qsizetype textStart = 0;
};

Indent indentOf(QStringView line)
{
    Indent indent;
    for (; indent.textStart < line.size(); ++indent.textStart) {
        const QChar c = line.at(indent.textStart);
        if (c == u' ')
            ++indent.columns;
        else if (c == u'\t')
            indent.columns += 4 - indent.columns % 4;
        else
            break;
    }
    return indent;
}

bool isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (c != u' ' && c != u'\t')
            return false;
    }
    return true;
}

bool onlyBlankLines(QStringView text)
{
    for (const QChar c : text) {
        if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
            return false;
    }
    return true;
}

qsizetype runOf(QStringView text, QChar c)
{
    qsizetype n = 0;
    while (n < text.size() && text.at(n) == c)
        ++n;
    return n;
}

// A fence that opens a code block: up to three columns of indent, three or more backticks or
// tildes, and for backticks an info string without backticks.
bool opensFence(QStringView line, QChar *marker, qsizetype *length, QString *language)
{
    const Indent indent = indentOf(line);
    if (indent.columns > 3 || indent.textStart >= line.size())
        return false;
    const QStringView rest = line.mid(indent.textStart);
    const QChar c = rest.front();
    if (c != u'`' && c != u'~')
        return false;
    const qsizetype run = runOf(rest, c);
    if (run < 3)
        return false;
    const QStringView info = rest.mid(run).trimmed();
    if (c == u'`' && info.contains(u'`'))
        return false;
    *marker = c;
    *length = run;
    qsizetype word = 0;
    while (word < info.size() && !info.at(word).isSpace())
        ++word;
    *language = info.left(word).toString();
    return true;
}

bool closesFence(QStringView line, QChar marker, qsizetype length)
{
    const Indent indent = indentOf(line);
    if (indent.columns > 3)
        return false;
    const QStringView rest = line.mid(indent.textStart);
    const qsizetype run = runOf(rest, marker);
    return run >= length && isBlank(rest.mid(run));
}

bool isDelimiterRow(QStringView line)
{
    bool dash = false;
    for (const QChar c : line) {
        if (c == u'-')
            dash = true;
        else if (c != u'|' && c != u':' && c != u' ' && c != u'\t')
            return false;
    }
    return dash;
}

bool definesReference(QStringView line)
{
    const Indent indent = indentOf(line);
    if (indent.columns > 3 || !line.mid(indent.textStart).startsWith(u'['))
        return false;
    const qsizetype close = line.indexOf(u"]:");
    return close > indent.textStart + 1;
}

} // namespace

bool MarkdownSplitter::isListItem(QStringView line)
{
    const Indent indent = indentOf(line);
    const QStringView rest = line.mid(indent.textStart);
    if (rest.isEmpty())
        return false;
    qsizetype marker = 0;
    const QChar c = rest.front();
    if (c == u'-' || c == u'*' || c == u'+') {
        marker = 1;
    } else {
        while (marker < rest.size() && marker < 10 && rest.at(marker).isDigit())
            ++marker;
        if (marker == 0 || marker > 9 || marker >= rest.size() ||
            (rest.at(marker) != u'.' && rest.at(marker) != u')'))
            return false;
        ++marker;
    }
    return marker == rest.size() || rest.at(marker) == u' ' || rest.at(marker) == u'\t';
}

void MarkdownSplitter::reset()
{
    *this = MarkdownSplitter();
}

bool MarkdownSplitter::update(const QString &text)
{
    bool continued = true;
    if (m_finished || text.size() < m_text.size() || !QStringView(text).startsWith(m_text)) {
        reset();
        continued = false;
    }
    m_text = text;
    for (qsizetype newline = m_text.indexOf(u'\n', m_lineStart); newline >= 0;
         newline = m_text.indexOf(u'\n', m_lineStart)) {
        scan(newline, newline + 1);
    }
    return continued;
}

void MarkdownSplitter::finish()
{
    if (m_finished)
        return;
    if (m_lineStart < m_text.size())
        scan(m_text.size(), m_text.size());
    // An unclosed fence still shows as a code block, even an empty one.
    if (m_fence.open && m_fence.topLevel)
        handOut(Piece::Kind::Code, m_text.size());
    else if (m_committed < m_text.size())
        handOut(Piece::Kind::Blocks, m_text.size());
    m_finished = true;
}

QList<MarkdownSplitter::Piece> MarkdownSplitter::takePieces()
{
    return std::exchange(m_pieces, {});
}

void MarkdownSplitter::handOut(Piece::Kind kind, qsizetype end)
{
    if (end <= m_committed && !(kind == Piece::Kind::Code && !m_fence.started))
        return;
    // Blank lines on their own (after a closing fence) would render as an empty block, where Qt's
    // importer, and the same lines read with the text after them, show nothing: passed over.
    if (kind == Piece::Kind::Blocks &&
        onlyBlankLines(QStringView(m_text).mid(m_committed, end - m_committed))) {
        m_committed = end;
        return;
    }
    const bool opens = kind == Piece::Kind::Code && !m_fence.started;
    if (!m_pieces.isEmpty() && !opens) {
        Piece &last = m_pieces.last();
        if (last.kind == kind && last.end == m_committed) {
            last.end = end;
            m_committed = end;
            return;
        }
    }
    Piece piece;
    piece.kind = kind;
    piece.begin = m_committed;
    piece.end = end;
    if (kind == Piece::Kind::Code) {
        piece.language = m_fence.language;
        piece.fence = m_fence.marker;
        piece.opensCode = opens;
        m_fence.started = true;
    }
    m_pieces.append(piece);
    m_committed = end;
}

void MarkdownSplitter::scan(qsizetype lineEnd, qsizetype next)
{
    const qsizetype lineStart = m_lineStart;
    m_lineStart = next;
    QStringView line = QStringView(m_text).mid(lineStart, lineEnd - lineStart);
    if (line.endsWith(u'\r'))
        line.chop(1);
    if (m_fence.open) {
        scanInFence(line, lineStart, next);
        return;
    }
    if (isBlank(line)) {
        m_previousBlank = true;
        m_blockLines = 0;
        m_inTable = false;
        return;
    }
    const Indent indent = indentOf(line);
    if (definesReference(line))
        m_referenceDefinitions = true;

    Fence fence;
    if (!m_inTable && opensFence(line, &fence.marker, &fence.length, &fence.language)) {
        fence.open = true;
        // At the left margin a fence ends whatever came before it (a table aside, which takes
        // it as a row), so both its start and its end are safe places to cut.
        fence.topLevel = indent.columns == 0;
        if (fence.topLevel) {
            handOut(Piece::Kind::Blocks, lineStart);
            m_committed = next;
        }
        m_fence = fence;
        m_previousBlank = false;
        m_blockLines = 0;
        return;
    }

    if (m_previousBlank && indent.columns == 0 && !isListItem(line))
        handOut(Piece::Kind::Blocks, lineStart);
    ++m_blockLines;
    if (m_blockLines == 1)
        m_firstLineHasPipe = line.contains(u'|');
    else if (m_blockLines == 2 && m_firstLineHasPipe && isDelimiterRow(line))
        m_inTable = true;
    m_previousBlank = false;
}

void MarkdownSplitter::scanInFence(QStringView line, qsizetype lineStart, qsizetype next)
{
    if (closesFence(line, m_fence.marker, m_fence.length)) {
        if (m_fence.topLevel) {
            handOut(Piece::Kind::Code, lineStart);
            m_committed = next;
        }
        m_fence = Fence();
        m_previousBlank = false;
        m_blockLines = 0;
        m_inTable = false;
        // What follows a closed fence at the left margin starts a block of its own.
        if (m_committed == next)
            m_previousBlank = true;
        return;
    }
    if (!m_fence.topLevel)
        return;
    // Qt's importer drops the empty lines that open a code block; so does the pane.
    if (!m_fence.started && line.isEmpty()) {
        m_committed = next;
        return;
    }
    handOut(Piece::Kind::Code, next);
}

namespace {

// A line that is only the beginning of block syntax: a fence, a heading mark, a list marker, a
// rule or underline, a quote mark. Shown, it would flash as prose or as an empty block.
bool isUnsettledMarkup(QStringView line)
{
    const QStringView rest = line.trimmed();
    if (rest.isEmpty())
        return false;
    const QChar c = rest.front();
    if (c == u'`' || c == u'~') {
        const qsizetype run = runOf(rest, c);
        return run == rest.size() || (run >= 3 && (c == u'~' || !rest.mid(run).contains(u'`')));
    }
    if (c == u'#')
        return runOf(rest, c) == rest.size() && rest.size() <= 6;
    if (c == u'>')
        return rest.size() == 1;
    bool digits = true;
    for (const QChar ch : rest) {
        if (!ch.isDigit())
            digits = false;
    }
    if (digits || ((rest.endsWith(u'.') || rest.endsWith(u')')) && rest.size() <= 10 &&
                   rest.chopped(1).toString().toInt() > 0))
        return true;
    for (const QChar ch : rest) {
        if (ch != u'-' && ch != u'=' && ch != u'*' && ch != u'_' && ch != u'+' && ch != u' ')
            return false;
    }
    return true;
}

// Closes, for the moment, what the last line leaves open: a code span, emphasis, a link target.
QString closeOpenSpans(QStringView line)
{
    QString closers;
    qsizetype codeRun = 0;
    QList<QStringView> open;
    bool linkTarget = false;
    for (qsizetype i = 0; i < line.size();) {
        const QChar c = line.at(i);
        if (c == u'\\') {
            i += 2;
            continue;
        }
        if (c == u'`') {
            const qsizetype run = runOf(line.mid(i), c);
            if (codeRun == 0)
                codeRun = run;
            else if (codeRun == run)
                codeRun = 0;
            i += run;
            continue;
        }
        if (codeRun > 0) {
            ++i;
            continue;
        }
        if (c == u']' && i + 1 < line.size() && line.at(i + 1) == u'(') {
            linkTarget = true;
            i += 2;
            continue;
        }
        if (linkTarget) {
            if (c == u')')
                linkTarget = false;
            ++i;
            continue;
        }
        if (c == u'*' || c == u'_' || c == u'~') {
            const qsizetype run = runOf(line.mid(i), c);
            const bool wordBefore = i > 0 && line.at(i - 1).isLetterOrNumber();
            const bool wordAfter = i + run < line.size() && line.at(i + run).isLetterOrNumber();
            // A bullet at the start of the line, or an underscore inside a word, is not emphasis.
            const bool bullet = i == line.size() - line.trimmed().size() && c != u'~' &&
                                i + run < line.size() && line.at(i + run) == u' ';
            if (!bullet && !(c == u'_' && wordBefore && wordAfter) && !(c == u'~' && run != 2)) {
                const QStringView token = line.mid(i, std::min<qsizetype>(run, 2));
                if (!open.isEmpty() && open.last() == token)
                    open.removeLast();
                else if (wordAfter)
                    open.append(token);
            }
            i += run;
            continue;
        }
        ++i;
    }
    if (codeRun > 0)
        closers += QString(codeRun, u'`');
    if (linkTarget)
        closers += u')';
    for (auto it = open.crbegin(); it != open.crend(); ++it)
        closers += it->toString();
    return closers;
}

} // namespace

bool MarkdownSplitter::mayCloseFence(QStringView partialLine, QChar marker)
{
    const Indent indent = indentOf(partialLine);
    if (indent.columns > 3)
        return false;
    const QStringView rest = partialLine.mid(indent.textStart);
    return runOf(rest, marker) == rest.size();
}

QString MarkdownSplitter::previewTail(QStringView tail)
{
    QStringList lines;
    for (const QStringView line : tail.split(u'\n'))
        lines.append(line.toString());
    if (isUnsettledMarkup(lines.last()))
        lines.last().clear();
    // A first row with pipes may become a table's header once its delimiter row arrives.
    const auto partialDelimiter = [](QStringView line) {
        for (const QChar c : line) {
            if (c != u'|' && c != u'-' && c != u':' && c != u' ' && c != u'\t')
                return false;
        }
        return true;
    };
    if (lines.size() >= 2) {
        const QString &row = lines.at(lines.size() - 2);
        const bool startsBlock = lines.size() == 2 || isBlank(lines.at(lines.size() - 3));
        if (startsBlock && row.contains(u'|') && partialDelimiter(lines.last())) {
            lines.removeLast();
            lines.last().clear();
        }
    }
    // Emphasis or code marks still being typed at the very end show once they mean something.
    QString &last = lines.last();
    while (!last.isEmpty() && (last.back() == u'*' || last.back() == u'_' || last.back() == u'~' ||
                               last.back() == u'`'))
        last.chop(1);
    // A first row with pipes still being typed.
    if (last.contains(u'|') && (lines.size() == 1 || isBlank(lines.at(lines.size() - 2))))
        last.clear();
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (!isBlank(lines.at(i))) {
            QString &line = lines[i];
            qsizetype end = line.size();
            while (end > 0 && line.at(end - 1) == u' ')
                --end;
            line.insert(end, closeOpenSpans(QStringView(line).left(end)));
            break;
        }
    }
    return lines.join(u'\n');
}
