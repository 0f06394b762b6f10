// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpResponse.h"

// How to answer one request: at once (head and body together), or as a body written in
// separate writes over time, with the faults that interrupt it.
struct ResponsePlan
{
    HttpResponse head; // for an immediate answer, the body too
    bool immediate = true;
    qint64 contentLength = -1; // for a timed body; negative for chunked transfer encoding
    QList<QByteArray> writes;
    double writesPerSecond = 0; // 0: as fast as the event loop goes, one write a pass
    qint64 resetAfter = -1;     // body bytes before a TCP reset
    qint64 stallAfter = -1;     // body bytes before silence with the connection open
    qint64 pauseAfter = -1;     // body bytes before one pause of pauseMs
    int pauseMs = 0;

    static ResponsePlan now(const HttpResponse &response)
    {
        ResponsePlan plan;
        plan.head = response;
        return plan;
    }
};
