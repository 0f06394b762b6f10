// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Utf8BomSkipper.h"

namespace {
constexpr char Bom[] = {'\xEF', '\xBB', '\xBF'};
}

QByteArrayView Utf8BomSkipper::filter(QByteArrayView bytes, QByteArray &scratch)
{
    if (m_decided)
        return bytes;
    qsizetype pos = 0;
    while (m_matched < 3 && pos < bytes.size() && bytes[pos] == Bom[m_matched]) {
        ++m_matched;
        ++pos;
    }
    if (m_matched == 3) {
        m_decided = true;
        return bytes.sliced(pos);
    }
    if (pos == bytes.size())
        return {}; // still a possible mark: wait for the next read
    m_decided = true;
    if (m_matched == 0)
        return bytes;
    scratch = QByteArray(Bom, m_matched);
    scratch.append(bytes.sliced(pos));
    return scratch;
}

QByteArray Utf8BomSkipper::finish()
{
    const int held = m_decided ? 0 : m_matched;
    m_decided = true;
    return QByteArray(Bom, held);
}
