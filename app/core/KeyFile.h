// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Where an API key goes only when the system keychain cannot hold it and the user, warned, chose
// to keep it in a file: one JSON file beside the conversations, readable and writable by the
// user's account alone, never the settings file. Entries are named like the keychain's, so that a
// key moves into the keychain under the same name once one answers, and is removed here then.
//
// The file is not encrypted: anyone who can read the user's files (or their backups) can read the
// key. That is the warning the user accepts; the keychain remains the default.
class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    explicit KeyFile(const QString &path = defaultPath());

    // The standard application data location.
    static QString defaultPath();
    QString path() const { return m_path; }

    bool contains(const QString &entry) const { return !read(entry).isEmpty(); }
    // The key kept under `entry`; empty when there is none or the file cannot be read.
    QString read(const QString &entry) const;
    // Keeps `key` under `entry`. False, with the reason in the user's language, when the file
    // cannot be written, or is there but damaged or not a plain file (a link): it is then left as
    // it was, since other workspaces' keys may be in it.
    bool write(const QString &entry, const QString &key, QString *problem = nullptr);
    // Forgets `entry`; the file goes away with its last entry.
    bool remove(const QString &entry, QString *problem = nullptr);

private:
    // The entries; `readable` (when given) is false for a file that exists but is not ours.
    QJsonObject load(bool *readable) const;
    bool save(const QJsonObject &entries, QString *problem);
    bool refuse(QString *problem) const;

    QString m_path;
};
