// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamLog.h"

Q_LOGGING_CATEGORY(lcStream, "pharen.stream", QtInfoMsg)
