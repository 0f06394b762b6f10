// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Translations {

// Installs Pharen Chat's catalogue and Qt's own (so standard buttons speak the same language) for
// `language` ("de", "en"), or for the system's languages when it is empty. Returns the language
// in use.
QString install(const QString &language = {});

} // namespace Translations
