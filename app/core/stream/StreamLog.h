// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// pharen.stream: event names and sizes only, never the text of an answer. Debug is off by default.
Q_DECLARE_LOGGING_CATEGORY(lcStream)
