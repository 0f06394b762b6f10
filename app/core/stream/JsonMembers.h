// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>

// A payload's members as the mapping of streaming.md asks for them. Which of the names the mapping
// knows are present is found in one pass over the keys: a payload has one or two members, and
// looking up each of two dozen names in turn would cost more than parsing the payload.
class JsonMembers
{
public:
    explicit JsonMembers(const QJsonObject &object);

    // The value at a path of member names separated by dots, where "0" is an array's first
    // element; Undefined when any step is missing.
    QJsonValue value(QLatin1StringView path) const;

private:
    QJsonObject m_object;
    quint32 m_present = 0; // one bit per known name; names not in the table are looked up
};
