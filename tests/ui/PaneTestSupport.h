// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conversation.h"

#include <QString>

class QTextDocument;

// Helpers for tests of the conversation pane: answers, a canonical description of a rendered
// document, and a Markdown corpus.
namespace PaneTest {

ChatMessage userMessage(const QString &text);
ChatMessage agentMessage(const QString &text, AnswerState state);
// Every block from `firstBlock` on (up to `lastBlock`, exclusive, when not -1): its text, block
// format (without document-specific object ids), list and table place, and each fragment with its
// character format. Two renderings are equal when their descriptions are.
QString describe(const QTextDocument *document, int firstBlock = 0, int lastBlock = -1);
// Answers in Markdown with every construct the pane renders.
QStringList corpus();
// A long answer in Markdown of about `length` characters (headings, lists, code, tables).
QString longAnswer(qsizetype length);

} // namespace PaneTest
