// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

// UTF-8 bytes to text across reads. A character whose bytes are split over reads is held until it
// is whole, so U+FFFD stands only for bytes that really are invalid, and the text is the same
// however the bytes were split. A byte-order mark is kept as U+FEFF: dropping the one at the start
// of a body is the reader's job, and any later one is data.
class Utf8StreamDecoder
{
public:
    QString decode(QByteArrayView bytes);
    // The input ended: a sequence still incomplete is invalid.
    QString finish();

private:
    QByteArray m_held;
    QStringDecoder m_decoder{QStringDecoder::Utf8,
                             QStringDecoder::Flag::Stateless |
                                 QStringDecoder::Flag::ConvertInitialBom};
};
