// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Utf8BomSkipper.h"

#include <QByteArray>
#include <QByteArrayView>

#include <utility>

// Cuts a body into lines ending at CR LF, LF or a lone CR, across reads, after dropping a leading
// byte-order mark. Each byte is looked at once: a line that spans reads is collected in one buffer
// that only grows, so a long line in tiny reads costs no rescans.
//
// The callback receives each line without its end, as a view valid during the call, and returns
// false to stop reading (the rest of that read is then discarded).
class LineReader
{
public:
    template<typename OnLine>
    bool feed(QByteArrayView bytes, OnLine &&onLine)
    {
        QByteArray scratch;
        bytes = m_bom.filter(bytes, scratch);
        return split(bytes, onLine);
    }

    // The body ended: a last line without an end is still a line.
    template<typename OnLine>
    bool finish(OnLine &&onLine)
    {
        const QByteArray held = m_bom.finish();
        if (!split(held, onLine))
            return false;
        if (m_partial.isEmpty())
            return true;
        const QByteArray last = std::exchange(m_partial, {});
        return onLine(QByteArrayView(last));
    }

    // Bytes of the line not yet ended, for size caps.
    qsizetype pendingSize() const { return m_partial.size(); }

private:
    template<typename OnLine>
    bool split(QByteArrayView bytes, OnLine &onLine)
    {
        const char *data = bytes.data();
        const qsizetype size = bytes.size();
        qsizetype pos = 0;
        if (m_skipLf && size > 0) {
            m_skipLf = false;
            if (data[0] == '\n')
                pos = 1;
        }
        while (pos < size) {
            qsizetype end = pos;
            while (end < size && data[end] != '\n' && data[end] != '\r')
                ++end;
            if (end == size) {
                m_partial.append(data + pos, size - pos);
                return true;
            }
            bool more;
            if (m_partial.isEmpty()) {
                more = onLine(QByteArrayView(data + pos, end - pos));
            } else {
                m_partial.append(data + pos, end - pos);
                const QByteArray line = std::exchange(m_partial, {});
                more = onLine(QByteArrayView(line));
            }
            if (data[end] == '\r') {
                // A CR at the end of a read may be the first half of a CR LF.
                if (end + 1 == size)
                    m_skipLf = true;
                else if (data[end + 1] == '\n')
                    ++end;
            }
            pos = end + 1;
            if (!more)
                return false;
        }
        return true;
    }

    Utf8BomSkipper m_bom;
    QByteArray m_partial;
    bool m_skipLf = false;
};
