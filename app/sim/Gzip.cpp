// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Gzip.h"

#include <array>

namespace {

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> values{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            values[n] = c;
        }
        return values;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void appendLittleEndian(QByteArray *bytes, quint32 value)
{
    for (int shift = 0; shift < 32; shift += 8)
        bytes->append(char((value >> shift) & 0xFFu));
}

} // namespace

QByteArray Gzip::compress(const QByteArray &data)
{
    // qCompress gives a 4-byte length, a 2-byte zlib header, the deflate data and a 4-byte
    // Adler-32; gzip wants the bare deflate data. An empty input is a single empty final block.
    QByteArray deflate = QByteArrayLiteral("\x03\x00");
    if (!data.isEmpty()) {
        const QByteArray zlib = qCompress(data, 9);
        deflate = zlib.mid(6, zlib.size() - 10);
    }
    QByteArray gzip = QByteArrayLiteral("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff");
    gzip += deflate;
    appendLittleEndian(&gzip, crc32(data));
    appendLittleEndian(&gzip, quint32(data.size()));
    return gzip;
}
