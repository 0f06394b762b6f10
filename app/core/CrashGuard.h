// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

// What a program prints when it fails hard, kept free of API keys. Installed first thing in each
// main(), before anything can log:
// - every Qt message, qFatal's included, is scrubbed of the registered secrets (see
//   Redact::registerSecret) before the handler that was in place prints it;
// - SIGSEGV, SIGABRT, SIGFPE, SIGBUS and SIGILL write one fixed line to stderr and then end the
//   program the default way (a core dump where the system keeps them). The line carries no data
//   at all, since nothing else is safe inside a signal handler, and so no key can be in it.
namespace CrashGuard {

void install();

// The fixed line written for `signal`, newline included; every line starts with "Pharen Chat
// crashed".
std::string_view crashLine(int signal);

} // namespace CrashGuard
