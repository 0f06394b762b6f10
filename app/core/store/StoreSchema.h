// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The database layout as numbered migrations. Migration N takes a database from schema version
// N-1 to N (`PRAGMA user_version`); each runs in its own transaction. Append new migrations; never
// change a published one.
namespace StoreSchema {

inline constexpr int CurrentVersion = 5;

// The statements of migration `version` (1 .. CurrentVersion).
QStringList migration(int version);

// Runs the migrations after `from` up to CurrentVersion, each in one transaction. False, with the
// reason in `error`, when one fails; the database is then left at the last version that worked.
bool migrate(QSqlDatabase &db, int from, QString *error);

// A cheap look at the file's header, without SQLite: is it an SQLite file at all, and is it as
// long as its header says? Empty when it looks sound, else what is wrong (for the log and the
// user). A missing file is sound.
QString inspectFile(const QString &path);

// Prepares a copy of a truncated file for reading what is left: cuts it to whole pages and tells
// SQLite to trust the file's length instead of the size in the header. Pages that are gone then
// fail one by one instead of the whole file.
void makeReadable(const QString &path);

} // namespace StoreSchema
