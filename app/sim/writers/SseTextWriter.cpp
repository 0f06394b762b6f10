// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SseTextWriter.h"

using namespace Qt::StringLiterals;

QList<QByteArray> SseTextWriter::encode(const StreamPiece &piece)
{
    switch (piece.kind) {
    case StreamPiece::Kind::Meta:
        return {};
    case StreamPiece::Kind::Reasoning:
        return {event("reasoning"_ba, piece.text.toUtf8())};
    case StreamPiece::Kind::Text:
        return {event({}, piece.text.toUtf8())};
    case StreamPiece::Kind::Error:
        return {event("error"_ba, simulatedErrorMessage().toUtf8())};
    case StreamPiece::Kind::Done:
        return {event({}, "[DONE]"_ba)};
    }
    return {};
}
