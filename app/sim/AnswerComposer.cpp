// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerComposer.h"

#include "Tokenizer.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("simulator resource %s is missing", qPrintable(path));
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace

AnswerComposer::AnswerComposer()
    : m_answersEnglish(loadAnswers(u"en-*.md"_s))
    , m_answersGerman(loadAnswers(u"de-*.md"_s))
    , m_reasoningEnglish(loadParagraphs(u":/sim/answers/reasoning-en.txt"_s))
    , m_reasoningGerman(loadParagraphs(u":/sim/answers/reasoning-de.txt"_s))
{}

QStringList AnswerComposer::loadAnswers(const QString &pattern)
{
    const QDir directory(u":/sim/answers"_s);
    QStringList texts;
    for (const QString &name : directory.entryList({pattern}, QDir::Files, QDir::Name))
        texts.append(readResource(directory.filePath(name)));
    if (texts.isEmpty())
        qFatal("simulator answers %s are missing", qPrintable(pattern));
    return texts;
}

QStringList AnswerComposer::loadParagraphs(const QString &path)
{
    return readResource(path).split(u"\n\n"_s, Qt::SkipEmptyParts);
}

qsizetype AnswerComposer::pick(const Agent &agent, int turn, qsizetype count)
{
    if (agent.firstAnswer >= 0)
        return (agent.firstAnswer + qMax(turn, 1) - 1) % count;
    // A fixed hash (FNV-1a), not qHash, whose seed changes from run to run.
    quint32 hash = 2166136261u;
    for (const char byte : agent.id.toLatin1())
        hash = (hash ^ quint8(byte)) * 16777619u;
    return qsizetype((hash + quint32(qMax(turn, 1) - 1)) % quint32(count));
}

QString AnswerComposer::answer(const Agent &agent,
                               int turn,
                               const QString &model,
                               std::optional<qint64> length) const
{
    QString text;
    if (!model.isEmpty())
        text += (agent.german ? u"> Modell: **"_s : u"> Model: **"_s) + model + u"**\n\n"_s;
    text += agent.german ? u"*Das ist Nachricht %1 in diesem Gespräch.*\n\n"_s.arg(turn)
                         : u"*This is message %1 in this conversation.*\n\n"_s.arg(turn);
    const QStringList &texts = agent.german ? m_answersGerman : m_answersEnglish;
    const qsizetype first = pick(agent, turn, texts.size());
    text += texts.at(first);
    if (!length)
        return text;

    qint64 count = Tokenizer::codePointCount(text);
    for (qsizetype i = 1; count < *length; ++i) {
        const QString more = u"\n\n"_s + texts.at((first + i) % texts.size());
        text += more;
        count += Tokenizer::codePointCount(more);
    }
    return Tokenizer::leftCodePoints(text, *length);
}

QString AnswerComposer::reasoning(const Agent &agent, int turn) const
{
    const QStringList &texts = agent.german ? m_reasoningGerman : m_reasoningEnglish;
    return texts.at(pick(agent, turn, texts.size()));
}
