// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Drops one UTF-8 byte-order mark at the very start of a body, also when its three bytes arrive in
// separate reads. A mark anywhere later is left alone: it is data.
class Utf8BomSkipper
{
public:
    // The bytes to pass on in place of \a bytes. When a partial mark turns out to be data, its held
    // bytes are put back in front, in \a scratch, which the returned view then points into.
    QByteArrayView filter(QByteArrayView bytes, QByteArray &scratch);
    // Held bytes of a mark that never completed: they were data.
    QByteArray finish();

private:
    int m_matched = 0;
    bool m_decided = false;
};
