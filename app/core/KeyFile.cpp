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
constexpr QFileDevice::Permissions Others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;

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
    return load(nullptr).value(entry).toString();
}

bool KeyFile::write(const QString &entry, const QString &key, QString *problem)
{
    bool readable = true;
    QJsonObject entries = load(&readable);
    if (!readable)
        return refuse(problem);
    entries.insert(entry, key);
    return save(entries, problem);
}

bool KeyFile::remove(const QString &entry, QString *problem)
{
    bool readable = true;
    QJsonObject entries = load(&readable);
    if (!readable)
        return refuse(problem);
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

QJsonObject KeyFile::load(bool *readable) const
{
    // Not there: no keys. There but not a plain file of ours (a link, a damaged file): no keys,
    // and not `readable`, so that writing never replaces what another key may still be in.
    if (readable)
        *readable = true;
    const QFileInfo info(m_path);
    if (!info.exists() && !info.isSymLink())
        return {};
    QFile file(m_path);
    QJsonParseError error{};
    QJsonDocument document;
    if (!info.isSymLink() && info.isFile() && file.open(QIODevice::ReadOnly))
        document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject() || error.error != QJsonParseError::NoError) {
        qCWarning(lcKeychain) << "the key file is not one Pharen Chat wrote; left as it is";
        if (readable)
            *readable = false;
        return {};
    }
    // Made private again if something widened it: the user was promised only they can read it.
    if ((info.permissions() & Others) && !QFile::setPermissions(m_path, OwnerOnly))
        qCWarning(lcKeychain) << "the key file's permissions cannot be narrowed";
    return document.object();
}

bool KeyFile::refuse(QString *problem) const
{
    if (problem) {
        *problem = tr("%1 is not a key file Pharen Chat can use (damaged, or not a plain file); "
                      "it was left as it is.")
                       .arg(QDir::toNativeSeparators(m_path));
    }
    return false;
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
