// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

namespace Key {
constexpr char Origin[] = "account/origin";
constexpr char TeamId[] = "account/teamId";
constexpr char LastAgent[] = "chat/lastAgentId";
constexpr char Thinking[] = "chat/thinking";
constexpr char Model[] = "chat/model";
constexpr char Timeout[] = "network/inactivityTimeoutSeconds";
constexpr char Language[] = "ui/language";
constexpr char Geometry[] = "ui/windowGeometry";
} // namespace Key

namespace {
constexpr int DefaultTimeoutSeconds = 120;
}

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{}

template<typename T>
T Settings::value(const char *key, const T &fallback) const
{
    return m_store->value(QLatin1StringView(key), QVariant::fromValue(fallback))
        .template value<T>();
}

bool Settings::store(const char *key, const QVariant &value)
{
    const QString name = QLatin1StringView(key);
    if (m_store->value(name) == value)
        return false;
    m_store->setValue(name, value);
    return true;
}

QUrl Settings::origin() const
{
    return QUrl(value<QString>(Key::Origin, {}));
}

void Settings::setOrigin(const QUrl &origin)
{
    if (store(Key::Origin, origin.toString()))
        emit accountChanged();
}

QString Settings::teamId() const
{
    return value<QString>(Key::TeamId, {});
}

void Settings::setTeamId(const QString &teamId)
{
    if (store(Key::TeamId, teamId.trimmed()))
        emit accountChanged();
}

QString Settings::lastAgentId() const
{
    return value<QString>(Key::LastAgent, {});
}

void Settings::setLastAgentId(const QString &id)
{
    store(Key::LastAgent, id);
}

bool Settings::thinking() const
{
    return value<bool>(Key::Thinking, false);
}

void Settings::setThinking(bool on)
{
    store(Key::Thinking, on);
}

QString Settings::model() const
{
    return value<QString>(Key::Model, {});
}

void Settings::setModel(const QString &model)
{
    store(Key::Model, model.trimmed());
}

int Settings::inactivityTimeoutSeconds() const
{
    const int seconds = value<int>(Key::Timeout, DefaultTimeoutSeconds);
    return seconds > 0 ? seconds : DefaultTimeoutSeconds;
}

void Settings::setInactivityTimeoutSeconds(int seconds)
{
    store(Key::Timeout, seconds);
}

QString Settings::language() const
{
    return value<QString>(Key::Language, {});
}

void Settings::setLanguage(const QString &language)
{
    if (store(Key::Language, language))
        emit languageChanged();
}

QByteArray Settings::windowGeometry() const
{
    return value<QByteArray>(Key::Geometry, {});
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    store(Key::Geometry, geometry);
}
