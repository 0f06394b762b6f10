// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResponsePlan.h"
#include "SimSettings.h"

struct ChatAnswer
{
    QString answer;
    QString reasoning;
    QString conversationId;
    QString runId;
    QString model;
};

// Turns a generated answer into the response the switches ask for: the answer becomes pieces,
// a dialect writer turns pieces into bytes, the framing switches (BOM, comments, line endings,
// gzip) shape them, chunking decides the writes, and the faults decide where it stops.
class StreamPlanner
{
public:
    // `shown` receives the answer and reasoning exactly as a correct client would show them
    // once everything arrived (for example without reasoning in a dialect that cannot carry it).
    static ResponsePlan plan(const ChatAnswer &answer,
                             const SimSettings &settings,
                             bool streamRequested,
                             double defaultPace,
                             ChatAnswer *shown);

    // The response that replaces an endpoint's answer for a status, html-200 or redirect fault.
    static HttpResponse faultResponse(const SimFault &fault);

    static QList<QByteArray> chunk(const QList<QByteArray> &units, const Chunking &chunking);
};
