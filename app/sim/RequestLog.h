// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// Every API request received, for tests to check what a client sent. Keys never enter it: the
// credential headers are replaced by "[redacted]", and a known key found anywhere else too.
class RequestLog
{
public:
    explicit RequestLog(const QStringList &secrets);

    // The request as a log entry: method, path, query, headers (names in lower case), body.
    QJsonObject describe(const HttpRequest &request) const;
    void append(const QJsonObject &entry);
    void clear();
    const QJsonArray &entries() const { return m_entries; }

private:
    QString redacted(QString text) const;

    QStringList m_secrets;
    QJsonArray m_entries;
};
