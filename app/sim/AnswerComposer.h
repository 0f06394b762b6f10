// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AgentCatalog.h"

#include <QStringList>

#include <optional>

// Writes the agents' answers from hand-written Markdown texts in the agent's language. The same
// agent, turn, model and length always give the same answer.
class AnswerComposer
{
public:
    AnswerComposer();

    // The answer names the model when one was asked for and the turn number, so that a client's
    // model field and conversation continuation are visible. With a length it is exactly that
    // many code points, built from as many texts as needed.
    QString
    answer(const Agent &agent, int turn, const QString &model, std::optional<qint64> length) const;
    QString reasoning(const Agent &agent, int turn) const;

private:
    static QStringList loadAnswers(const QString &pattern);
    static QStringList loadParagraphs(const QString &path);
    static qsizetype pick(const Agent &agent, int turn, qsizetype count);

    QStringList m_answersEnglish;
    QStringList m_answersGerman;
    QStringList m_reasoningEnglish;
    QStringList m_reasoningGerman;
};
