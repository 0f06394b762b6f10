// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyFile.h"

#include "Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

KeyFile::KeyFile(const QString &path)
    : m_path(path)
{}

QString KeyFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/api-keys.json");
}

QString KeyFile::read(const QString &entry) const
{
    return load().value(entry).toString();
}

bool KeyFile::write(const QString &entry, const QString &key, QString *problem)
{
    QJsonObject entries = load();
    entries.insert(entry, key);
    return save(entries, problem);
}

bool KeyFile::remove(const QString &entry, QString *problem)
{
    QJsonObject entries = load();
    if (!entries.contains(entry))
        return true;
    entries.remove(entry);
    if (!entries.isEmpty())
        return save(entries, problem);
    if (QFile::remove(m_path))
        return true;
    if (problem)
        *problem = tr("%1 cannot be removed.").arg(QDir::toNativeSeparators(m_path));
    return false;
}

QJsonObject KeyFile::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool KeyFile::save(const QJsonObject &entries, QString *problem)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // The new content goes to a temporary file that is made private before the key is written
    // into it, then replaces the old file in one step: the key is never in a file others can
    // read, and a failed write leaves the previous file whole.
    QSaveFile file(m_path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.setPermissions(OwnerOnly) &&
                    file.write(QJsonDocument(entries).toJson()) >= 0 && file.commit();
    if (ok) {
        qCInfo(lcKeychain) << "API keys kept in a file:" << entries.size();
        return true;
    }
    if (problem) {
        *problem = tr("%1 cannot be written: %2")
                       .arg(QDir::toNativeSeparators(m_path), file.errorString());
    }
    return false;
}
