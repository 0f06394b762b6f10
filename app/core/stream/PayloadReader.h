// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonMembers.h"
#include "Utf8StreamDecoder.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

// What one event (or one JSON line) says, by its name and its data, following the mapping of
// streaming.md: event names first, `[DONE]`, then for JSON payloads the members in a fixed order.
// It keeps one piece of state, the kind of stream, which the first payload read for its text
// decides: JSON objects, or plain text taken verbatim.
class PayloadReader
{
public:
    enum class StreamKind
    {
        Undecided,
        Json,
        Text
    };
    enum class Terminal
    {
        No,
        ByName, // an event name, a `type` or `[DONE]`: text other than a delta is the full message
        ByFlag, // `done: true` or a `finish_reason`: the payload's text is an ordinary text
    };

    struct Reading
    {
        bool dropped = false; // not a JSON object in a JSON stream: never shown
        bool activity = false;
        bool isError = false;
        QString errorMessage;
        QString errorCode;
        QString reasoning; // a reasoning delta
        QString text;      // answer text, a delta or (if textIsDelta is false) maybe a snapshot
        bool textIsDelta = false;
        QString conversationId;
        QString runId;
        Terminal terminal = Terminal::No;
    };

    Reading read(QByteArrayView eventName, QByteArrayView data);
    // A whole application/json answer, or an error object sent with a success status.
    Reading readDocument(const QJsonObject &document) const;
    // No more payloads: text still held by the decoders of a text stream.
    Reading finish();

    StreamKind streamKind() const { return m_kind; }

private:
    enum class Meaning
    {
        Read,
        Text,
        Reasoning,
        Identifiers,
        Activity,
        Terminal,
        Error
    };

    static Meaning meaningOf(QByteArrayView name);
    static Meaning meaningOfType(const JsonMembers &members);
    static void readObject(const QJsonObject &object, Meaning meaning, Reading &reading);
    static void readError(const JsonMembers &members, Reading &reading);
    static void readIdentifiers(const JsonMembers &members, Reading &reading);

    StreamKind m_kind = StreamKind::Undecided;
    Utf8StreamDecoder m_answerText;
    Utf8StreamDecoder m_reasoningText;
};
