// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSettings, "pharen.settings", QtInfoMsg)

namespace Key {
// Version 1 had one account; version 2 has workspaces.
const QString Version = QStringLiteral("settings/version");
const QString LegacyOrigin = QStringLiteral("account/origin");
const QString LegacyTeamId = QStringLiteral("account/teamId");
const QString WorkspaceIds = QStringLiteral("workspaces/ids");
const QString ActiveWorkspace = QStringLiteral("workspaces/active");
const QString LastAgent = QStringLiteral("chat/lastAgentId");
const QString Thinking = QStringLiteral("chat/thinking");
const QString Model = QStringLiteral("chat/model");
const QString Streaming = QStringLiteral("chat/streaming");
const QString KeepReasoningOpen = QStringLiteral("ui/keepReasoningOpen");
const QString Timeout = QStringLiteral("network/inactivityTimeoutSeconds");
const QString Language = QStringLiteral("ui/language");
const QString Geometry = QStringLiteral("ui/windowGeometry");

QString workspace(const QString &id, QStringView field)
{
    return u"workspace-" + id + u'/' + field;
}
} // namespace Key

namespace {
constexpr int CurrentVersion = 2;

QString legacyEntry(const QUrl &origin, const QString &teamId)
{
    // What Account::keychainEntry() named the key before workspaces existed.
    return teamId.isEmpty() ? origin.toString() : origin.toString() + u'#' + teamId;
}
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>())
{
    migrate();
}

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
    migrate();
}

void Settings::migrate()
{
    if (m_store->value(Key::Version, 1).toInt() >= CurrentVersion)
        return;
    const QUrl origin(m_store->value(Key::LegacyOrigin).toString());
    if (origin.isValid() && !origin.isEmpty() && workspaceIds().isEmpty()) {
        const QString teamId = m_store->value(Key::LegacyTeamId).toString();
        const Workspace migrated = addWorkspace(origin.host(), origin, teamId);
        m_store->setValue(Key::workspace(migrated.id, u"legacyKeychainEntry"),
                          legacyEntry(origin, teamId));
        qCInfo(lcSettings) << "moved the single account into workspace" << migrated.id;
    }
    m_store->remove(Key::LegacyOrigin);
    m_store->remove(Key::LegacyTeamId);
    m_store->setValue(Key::Version, CurrentVersion);
}

template<typename T>
T Settings::value(const QString &key, const T &fallback) const
{
    return m_store->value(key, QVariant::fromValue(fallback)).template value<T>();
}

bool Settings::store(const QString &key, const QVariant &value)
{
    if (m_store->value(key) == value)
        return false;
    m_store->setValue(key, value);
    // The name only: values are not secret, but they are the user's business.
    qCDebug(lcSettings) << "changed" << key;
    return true;
}

QStringList Settings::workspaceIds() const
{
    return m_store->value(Key::WorkspaceIds).toStringList();
}

void Settings::setWorkspaceIds(const QStringList &ids)
{
    m_store->setValue(Key::WorkspaceIds, ids);
}

QList<Workspace> Settings::workspaces() const
{
    QList<Workspace> list;
    for (const QString &id : workspaceIds()) {
        if (const auto found = workspace(id))
            list.append(*found);
    }
    return list;
}

std::optional<Workspace> Settings::workspace(const QString &id) const
{
    if (id.isEmpty() || !workspaceIds().contains(id))
        return std::nullopt;
    Workspace found;
    found.id = id;
    found.name = value<QString>(Key::workspace(id, u"name"), {});
    found.origin = QUrl(value<QString>(Key::workspace(id, u"origin"), {}));
    found.teamId = value<QString>(Key::workspace(id, u"teamId"), {});
    return found;
}

Workspace Settings::addWorkspace(const QString &name, const QUrl &origin, const QString &teamId)
{
    Workspace added;
    added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    added.name = name.trimmed().isEmpty() ? origin.host() : name.trimmed();
    added.origin = origin;
    added.teamId = teamId.trimmed();
    m_store->setValue(Key::workspace(added.id, u"name"), added.name);
    m_store->setValue(Key::workspace(added.id, u"origin"), added.origin.toString());
    m_store->setValue(Key::workspace(added.id, u"teamId"), added.teamId);
    setWorkspaceIds(workspaceIds() << added.id);
    qCDebug(lcSettings) << "added workspace" << added.id;
    emit workspacesChanged();
    if (activeWorkspaceId().isEmpty())
        setActiveWorkspaceId(added.id);
    return added;
}

bool Settings::updateWorkspace(const Workspace &workspace)
{
    const auto before = this->workspace(workspace.id);
    if (!before)
        return false;
    const QString name = workspace.name.trimmed();
    bool changed = store(Key::workspace(workspace.id, u"name"),
                         name.isEmpty() ? workspace.origin.host() : name);
    bool account = store(Key::workspace(workspace.id, u"origin"), workspace.origin.toString());
    account = store(Key::workspace(workspace.id, u"teamId"), workspace.teamId.trimmed()) || account;
    if (changed || account)
        emit workspacesChanged();
    if (account && workspace.id == activeWorkspaceId())
        emit accountChanged();
    return true;
}

bool Settings::removeWorkspace(const QString &id)
{
    QStringList ids = workspaceIds();
    const bool wasActive = activeWorkspaceId() == id;
    if (!ids.removeOne(id))
        return false;
    setWorkspaceIds(ids);
    m_store->remove(u"workspace-" + id);
    qCDebug(lcSettings) << "removed workspace" << id;
    emit workspacesChanged();
    if (wasActive)
        setActiveWorkspaceId(ids.value(0));
    return true;
}

QString Settings::activeWorkspaceId() const
{
    const QString id = value<QString>(Key::ActiveWorkspace, {});
    return workspaceIds().contains(id) ? id : QString();
}

void Settings::setActiveWorkspaceId(const QString &id)
{
    const QString active = workspaceIds().contains(id) ? id : QString();
    if (store(Key::ActiveWorkspace, active)) {
        emit activeWorkspaceChanged(active);
        emit accountChanged();
    }
}

Workspace Settings::activeWorkspace() const
{
    return workspace(activeWorkspaceId()).value_or(Workspace());
}

QString Settings::legacyKeychainEntry(const QString &id) const
{
    return value<QString>(Key::workspace(id, u"legacyKeychainEntry"), {});
}

void Settings::forgetLegacyKeychainEntry(const QString &id)
{
    m_store->remove(Key::workspace(id, u"legacyKeychainEntry"));
}

QUrl Settings::origin() const
{
    return activeWorkspace().origin;
}

void Settings::setOrigin(const QUrl &origin)
{
    if (origin.isEmpty()) {
        setActiveWorkspaceId({});
        return;
    }
    Workspace active = activeWorkspace();
    if (!active.isValid()) {
        setActiveWorkspaceId(addWorkspace(origin.host(), origin).id);
        return;
    }
    active.origin = origin;
    updateWorkspace(active);
}

QString Settings::teamId() const
{
    return activeWorkspace().teamId;
}

void Settings::setTeamId(const QString &teamId)
{
    Workspace active = activeWorkspace();
    if (!active.isValid())
        return;
    active.teamId = teamId;
    updateWorkspace(active);
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
    if (store(Key::Thinking, on))
        emit preferencesChanged();
}

QString Settings::model() const
{
    return value<QString>(Key::Model, {});
}

void Settings::setModel(const QString &model)
{
    if (store(Key::Model, model.trimmed()))
        emit preferencesChanged();
}

bool Settings::streaming() const
{
    return value<bool>(Key::Streaming, true);
}

void Settings::setStreaming(bool on)
{
    if (store(Key::Streaming, on))
        emit preferencesChanged();
}

bool Settings::keepReasoningOpen() const
{
    return value<bool>(Key::KeepReasoningOpen, false);
}

void Settings::setKeepReasoningOpen(bool keep)
{
    store(Key::KeepReasoningOpen, keep);
}

int Settings::inactivityTimeoutSeconds() const
{
    const int seconds = value<int>(Key::Timeout, DefaultTimeoutSeconds);
    return seconds > 0 ? seconds : DefaultTimeoutSeconds;
}

void Settings::setInactivityTimeoutSeconds(int seconds)
{
    if (store(Key::Timeout, seconds))
        emit preferencesChanged();
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
