// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NdjsonWriter.h"

using namespace Qt::StringLiterals;

QList<QByteArray> NdjsonWriter::encode(const StreamPiece &piece)
{
    QJsonObject line;
    switch (piece.kind) {
    case StreamPiece::Kind::Meta:
        line = ids();
        break;
    case StreamPiece::Kind::Reasoning:
        line = {{u"type"_s, u"reasoning-delta"_s}, {u"delta"_s, piece.text}};
        break;
    case StreamPiece::Kind::Text:
        line = {{u"delta"_s, piece.text}};
        break;
    case StreamPiece::Kind::Error:
        line = {
            {u"error"_s,
             QJsonObject{{u"code"_s, u"model_error"_s}, {u"message"_s, simulatedErrorMessage()}}}};
        break;
    case StreamPiece::Kind::Done:
        line = ids();
        line.insert(u"done"_s, true);
        line.insert(u"finish_reason"_s, u"stop"_s);
        break;
    }
    return {json(line) + m_context.eol};
}
