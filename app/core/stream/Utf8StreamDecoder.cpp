// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Utf8StreamDecoder.h"

#include <utility>

namespace {

// Where the last sequence starts if it is still missing bytes, else the size. Any lead byte that
// could begin a sequence counts, even one that will turn out invalid, because the decoder must see
// it together with what follows to give the same result as when the bytes came in one read.
qsizetype incompleteTail(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype back = 1; back <= 4 && back <= size; ++back) {
        const auto byte = static_cast<unsigned char>(bytes[size - back]);
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte: the lead is further back
        int needed = 1;
        if (byte >= 0xF0 && byte <= 0xF7)
            needed = 4;
        else if (byte >= 0xE0 && byte < 0xF0)
            needed = 3;
        else if (byte >= 0xC0 && byte < 0xE0)
            needed = 2;
        return back < needed ? size - back : size;
    }
    return size;
}

} // namespace

QString Utf8StreamDecoder::decode(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {};
    QByteArray joined;
    if (!m_held.isEmpty()) {
        joined = std::exchange(m_held, {});
        joined.append(bytes);
        bytes = joined;
    }
    const qsizetype cut = incompleteTail(bytes);
    m_held = bytes.sliced(cut).toByteArray();
    return m_decoder.decode(bytes.first(cut));
}

QString Utf8StreamDecoder::finish()
{
    return m_decoder.decode(std::exchange(m_held, {}));
}
