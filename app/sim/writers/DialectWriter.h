// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimSettings.h"
#include "StreamPiece.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <memory>

struct StreamContext
{
    QString conversationId;
    QString runId;
    QString model;
    QByteArray eol = QByteArrayLiteral("\n"); // the line ending of the framing, not of the text
};

// Turns the pieces of an answer into the bytes of one wire format. A new dialect is a new
// subclass; the planner, the chunking and the faults stay as they are.
class DialectWriter
{
public:
    explicit DialectWriter(const StreamContext &context);
    virtual ~DialectWriter();

    static std::unique_ptr<DialectWriter> create(Dialect dialect, const StreamContext &context);

    virtual QByteArray contentType() const = 0;
    // Server-Sent Events, where comment lines may go between events.
    virtual bool isEventStream() const { return true; }
    // One document sent with Content-Length instead of a chunked stream.
    virtual bool isDocument() const { return false; }
    // False when the format has no place for reasoning, which is then not sent at all.
    virtual bool carriesReasoning() const { return true; }
    // The bytes for one piece; each element is a write of its own when chunking by token.
    virtual QList<QByteArray> encode(const StreamPiece &piece) = 0;

    static QString simulatedErrorMessage();

protected:
    // An SSE event: an optional event line, one data line for each line of `data`, a blank line.
    QByteArray event(const QByteArray &name, const QByteArray &data) const;
    static QByteArray json(const QJsonObject &object);
    QJsonObject ids() const;

    const StreamContext m_context;
};
