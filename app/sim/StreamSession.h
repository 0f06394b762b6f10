// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResponsePlan.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class HttpConnection;

// Writes a planned body on its connection, one write a timer tick at the planned pace, and
// carries out the faults. It is the connection's child, so a client that goes away takes the
// session and its timer with it.
class StreamSession : public QObject
{
    Q_OBJECT

public:
    StreamSession(HttpConnection *connection, const ResponsePlan &plan);

    void start();

private:
    void scheduleNext();
    void writeNext();
    // Milliseconds from the start at which write `index` is due at the planned pace.
    qint64 paceDue(qsizetype index) const;
    // The byte count at which the next fault strikes, or -1.
    qint64 nextCut() const;
    void strike(qint64 cut);

    HttpConnection *m_connection;
    ResponsePlan m_plan;
    qsizetype m_index = 0;
    qint64 m_sent = 0;
    qint64 m_pausedMs = 0;
    bool m_pauseDone = false;
    QElapsedTimer m_clock;
    QTimer m_timer;
};
