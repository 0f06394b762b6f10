// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyFormat.h"

#include <QByteArray>

BodyFormat bodyFormatFor(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    if (semicolon >= 0)
        contentType = contentType.first(semicolon);
    const QByteArray type = contentType.trimmed().toByteArray().toLower();
    if (type.isEmpty() || type == "text/plain")
        return BodyFormat::PlainText;
    if (type == "text/event-stream")
        return BodyFormat::EventStream;
    if (type == "application/x-ndjson" || type == "application/jsonl" ||
        type == "application/json-lines" || type == "application/stream+json")
        return BodyFormat::JsonLines;
    if (type == "application/json")
        return BodyFormat::JsonDocument;
    return BodyFormat::Unexpected;
}
