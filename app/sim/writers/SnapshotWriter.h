// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "writers/DialectWriter.h"

// SSE in which every text event carries the whole answer so far in "text" (a cumulative
// snapshot), and the terminal event repeats the complete answer in "message".
class SnapshotWriter : public DialectWriter
{
public:
    using DialectWriter::DialectWriter;

    QByteArray contentType() const override { return QByteArrayLiteral("text/event-stream"); }
    QList<QByteArray> encode(const StreamPiece &piece) override;

private:
    QString m_text;
};
