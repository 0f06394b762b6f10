// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SseJsonWriter.h"

using namespace Qt::StringLiterals;

QList<QByteArray> SseJsonWriter::encode(const StreamPiece &piece)
{
    switch (piece.kind) {
    case StreamPiece::Kind::Meta:
        return {event("meta"_ba, json(ids()))};
    case StreamPiece::Kind::Reasoning:
        return {event("reasoning"_ba, json({{u"delta"_s, piece.text}}))};
    case StreamPiece::Kind::Text:
        return {event({}, json({{u"delta"_s, piece.text}}))};
    case StreamPiece::Kind::Error: {
        const QJsonObject error{{u"code"_s, u"model_error"_s},
                                {u"message"_s, simulatedErrorMessage()}};
        return {event("error"_ba, json({{u"error"_s, error}}))};
    }
    case StreamPiece::Kind::Done: {
        QJsonObject done = ids();
        done.insert(u"finish_reason"_s, u"stop"_s);
        return {event("done"_ba, json(done)), event({}, "[DONE]"_ba)};
    }
    }
    return {};
}
