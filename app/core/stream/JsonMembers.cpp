// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonMembers.h"

#include <QJsonArray>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// Every top-level name PayloadReader asks for; at most 32.
constexpr QLatin1StringView KnownNames[] = {
    "error"_L1,
    "type"_L1,
    "thinking"_L1,
    "reasoning"_L1,
    "delta"_L1,
    "choices"_L1,
    "token"_L1,
    "chunk"_L1,
    "text"_L1,
    "content"_L1,
    "answer"_L1,
    "message"_L1,
    "response"_L1,
    "conversation_id"_L1,
    "conversation_uuid"_L1,
    "run_id"_L1,
    "metadata"_L1,
    "meta"_L1,
    "done"_L1,
    "finish_reason"_L1,
    "errorText"_L1,
    "detail"_L1,
    "code"_L1,
    "reasoning_content"_L1,
};
static_assert(std::size(KnownNames) <= 32);

// A slot for each known name, from its size and its first and last letters, so that finding a
// name's bit costs one comparison: this runs for every member of every payload and every lookup.
constexpr int SlotCount = 64;

constexpr int slotOf(qsizetype size, char first, char last)
{
    return int((size * 9 + first * 7 + last) & (SlotCount - 1));
}

struct Slots
{
    std::array<qint8, SlotCount> names{};
};

constexpr Slots makeSlots()
{
    Slots table;
    table.names.fill(-1);
    for (std::size_t i = 0; i < std::size(KnownNames); ++i) {
        const QLatin1StringView name = KnownNames[i];
        const int slot = slotOf(name.size(), name.front().toLatin1(), name.back().toLatin1());
        if (table.names[slot] != -1)
            throw "two known names share a slot: change slotOf";
        table.names[slot] = qint8(i);
    }
    return table;
}

constexpr Slots NameSlots = makeSlots();

// The bit of a known name, or 0 for any other.
template<typename Name>
quint32 bitOf(Name name)
{
    if (name.isEmpty() || name.back().unicode() > 0x7f || name.front().unicode() > 0x7f)
        return 0;
    const int slot = slotOf(name.size(), char(name.front().unicode()), char(name.back().unicode()));
    const int index = NameSlots.names[slot];
    return index >= 0 && KnownNames[index] == name ? quint32(1) << index : 0;
}

// Where the next dot is, or -1; a plain loop, since the paths are a few letters long.
qsizetype dotIn(QLatin1StringView path)
{
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path[i] == '.')
            return i;
    }
    return -1;
}

} // namespace

JsonMembers::JsonMembers(const QJsonObject &object)
    : m_object(object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        m_present |= bitOf(QStringView(it.key()));
}

QJsonValue JsonMembers::value(QLatin1StringView path) const
{
    qsizetype dot = dotIn(path);
    const QLatin1StringView first = dot < 0 ? path : path.first(dot);
    const quint32 bit = bitOf(first);
    if (bit != 0 && (m_present & bit) == 0)
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue value = m_object.value(first);
    while (dot >= 0 && !value.isUndefined()) {
        path = path.sliced(dot + 1);
        dot = dotIn(path);
        const QLatin1StringView key = dot < 0 ? path : path.first(dot);
        if (value.isArray() && key == "0"_L1) {
            const QJsonArray array = value.toArray();
            value = array.isEmpty() ? QJsonValue(QJsonValue::Undefined) : array.first();
        } else if (value.isObject()) {
            value = value.toObject().value(key);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return value;
}
