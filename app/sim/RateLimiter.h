// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpResponse.h"

#include <QHash>

// Counts API requests a key a minute and reports them in X-RateLimit-* headers. It never refuses
// on its own: a test that wants a 429 asks for one with the status:429 fault.
class RateLimiter
{
public:
    static constexpr int limit = 1000;

    // Counts one request of `key` and adds the headers the response does not set itself.
    void count(const QString &key, HttpResponse *response);

private:
    struct Window
    {
        qint64 start = 0;
        int used = 0;
    };
    QHash<QString, Window> m_windows;
};
