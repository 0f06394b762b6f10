// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

using namespace Qt::StringLiterals;

QList<QByteArray> JsonWriter::encode(const StreamPiece &piece)
{
    switch (piece.kind) {
    case StreamPiece::Kind::Meta:
        return {};
    case StreamPiece::Kind::Reasoning:
        m_reasoning += piece.text;
        return {};
    case StreamPiece::Kind::Text:
        m_text += piece.text;
        return {};
    case StreamPiece::Kind::Error:
        return {json({{u"error"_s,
                       QJsonObject{{u"code"_s, u"model_error"_s},
                                   {u"message"_s, simulatedErrorMessage()}}}})};
    case StreamPiece::Kind::Done: {
        QJsonObject answer = ids();
        answer.insert(u"message"_s, m_text);
        if (!m_reasoning.isEmpty())
            answer.insert(u"reasoning"_s, m_reasoning);
        return {json(answer)};
    }
    }
    return {};
}
