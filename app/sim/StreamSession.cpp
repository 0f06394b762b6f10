// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamSession.h"

#include "HttpConnection.h"

#include <cmath>

StreamSession::StreamSession(HttpConnection *connection, const ResponsePlan &plan)
    : QObject(connection)
    , m_connection(connection)
    , m_plan(plan)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StreamSession::writeNext);
}

void StreamSession::start()
{
    m_connection->beginBody(m_plan.head, m_plan.contentLength);
    m_clock.start();
    scheduleNext();
}

void StreamSession::scheduleNext()
{
    if (m_index >= m_plan.writes.size()) {
        // A reset or stall asked for beyond the end of the body strikes instead of a clean end.
        if (m_plan.resetAfter >= 0 || m_plan.stallAfter >= 0) {
            strike(m_plan.resetAfter >= 0 ? m_plan.resetAfter : m_plan.stallAfter);
            return;
        }
        m_connection->endBody();
        deleteLater();
        return;
    }
    // Due times come from the start, not from the previous write, so that the pace holds on
    // average however late a single timer fires.
    const qint64 due = m_pausedMs + paceDue(m_index);
    m_timer.start(int(qBound(qint64(0), due - m_clock.elapsed(), qint64(24 * 3600 * 1000))));
}

qint64 StreamSession::paceDue(qsizetype index) const
{
    if (m_plan.writesPerSecond <= 0)
        return 0;
    return qint64(std::llround(double(index) * 1000.0 / m_plan.writesPerSecond));
}

qint64 StreamSession::nextCut() const
{
    qint64 cut = -1;
    for (const qint64 candidate :
         {m_plan.resetAfter, m_plan.stallAfter, m_pauseDone ? qint64(-1) : m_plan.pauseAfter}) {
        if (candidate >= 0 && (cut < 0 || candidate < cut))
            cut = candidate;
    }
    return cut;
}

void StreamSession::writeNext()
{
    if (!m_connection->isOpen())
        return;
    const QByteArray write = m_plan.writes.at(m_index);
    const qint64 cut = nextCut();
    if (cut >= 0 && m_sent + write.size() >= cut) {
        const QByteArray before = write.left(cut - m_sent);
        m_connection->writeBody(before);
        m_sent += before.size();
        m_plan.writes[m_index] = write.mid(before.size());
        if (m_plan.writes.at(m_index).isEmpty())
            ++m_index;
        strike(cut);
        return;
    }
    m_connection->writeBody(write);
    m_sent += write.size();
    ++m_index;
    scheduleNext();
}

void StreamSession::strike(qint64 cut)
{
    if (cut == m_plan.resetAfter) {
        // Give the bytes already written time to reach the client before the reset, which
        // would otherwise discard them from the send buffer.
        QTimer::singleShot(100, m_connection, &HttpConnection::resetConnection);
        return;
    }
    if (cut == m_plan.stallAfter)
        return; // silence until the client gives up; the connection stays open
    // The pause starts now, whatever the pace had planned for the next write.
    m_pauseDone = true;
    m_pausedMs = m_clock.elapsed() + m_plan.pauseMs - paceDue(m_index);
    scheduleNext();
}
