// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThinkTagSplitter.h"

#include <utility>

namespace {

struct TagPair
{
    QStringView opening;
    QStringView closing;
};

constexpr TagPair Tags[] = {
    {u"<think>", u"</think>"},
    {u"<thinking>", u"</thinking>"},
};

QStringView withoutLeadingSpace(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i].isSpace())
        ++i;
    return text.sliced(i);
}

} // namespace

ThinkTagSplitter::Parts ThinkTagSplitter::feed(QStringView text)
{
    Parts parts;
    switch (m_phase) {
    case Phase::Opening: {
        m_held.append(text);
        const QStringView start = withoutLeadingSpace(m_held);
        if (start.isEmpty())
            break;
        for (const TagPair &tag : Tags) {
            if (start.startsWith(tag.opening)) {
                m_phase = Phase::Inside;
                m_closingTag = tag.closing;
                m_skipSpace = true;
                const QString rest = start.sliced(tag.opening.size()).toString();
                m_held.clear();
                readInside(rest, parts);
                return parts;
            }
        }
        for (const TagPair &tag : Tags) {
            if (tag.opening.startsWith(start))
                return parts; // could still become a tag: wait for more
        }
        m_phase = Phase::Answer;
        parts.answer = std::exchange(m_held, {});
        break;
    }
    case Phase::Inside:
        readInside(text, parts);
        break;
    case Phase::Answer:
        readAnswer(text, parts);
        break;
    }
    return parts;
}

ThinkTagSplitter::Parts ThinkTagSplitter::finish()
{
    Parts parts;
    if (m_phase == Phase::Opening)
        parts.answer = std::exchange(m_held, {});
    else if (m_phase == Phase::Inside)
        parts.reasoning = std::exchange(m_held, {});
    m_phase = Phase::Answer;
    return parts;
}

void ThinkTagSplitter::readInside(QStringView text, Parts &parts)
{
    // Only the held piece (shorter than the tag) is looked at again, so the cost stays linear.
    const QString joined = m_held + text;
    m_held.clear();
    QStringView rest = joined;
    const qsizetype close = rest.indexOf(m_closingTag);
    QStringView reasoning = rest;
    if (close >= 0) {
        reasoning = rest.first(close);
        rest = rest.sliced(close + m_closingTag.size());
    } else {
        // Hold back an end that may be the start of the closing tag.
        for (qsizetype keep = qMin(rest.size(), m_closingTag.size() - 1); keep > 0; --keep) {
            if (m_closingTag.startsWith(rest.last(keep))) {
                m_held = rest.last(keep).toString();
                reasoning = rest.first(rest.size() - keep);
                break;
            }
        }
    }
    if (m_skipSpace) {
        reasoning = withoutLeadingSpace(reasoning);
        m_skipSpace = reasoning.isEmpty();
    }
    parts.reasoning = reasoning.toString();
    if (close >= 0) {
        m_phase = Phase::Answer;
        m_skipSpace = true;
        readAnswer(rest, parts);
    }
}

void ThinkTagSplitter::readAnswer(QStringView text, Parts &parts)
{
    if (m_skipSpace) {
        text = withoutLeadingSpace(text);
        m_skipSpace = text.isEmpty();
    }
    parts.answer += text;
}
