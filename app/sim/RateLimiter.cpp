// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimiter.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

void RateLimiter::count(const QString &key, HttpResponse *response)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Window &window = m_windows[key];
    if (now >= window.start + 60)
        window = {now - now % 60, 0};
    ++window.used;
    const std::pair<QByteArray, QByteArray> headers[] = {
        {"X-RateLimit-Limit"_ba, QByteArray::number(limit)},
        {"X-RateLimit-Remaining"_ba, QByteArray::number(qMax(0, limit - window.used))},
        {"X-RateLimit-Reset"_ba, QByteArray::number(window.start + 60)},
    };
    for (const auto &[name, value] : headers) {
        if (response->header(name).isEmpty())
            response->setHeader(name, value);
    }
}
