// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrashGuard.h"

#include "Log.h"

#include <QtGlobal>

#include <csignal>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

QtMessageHandler previousHandler = nullptr;

void printScrubbed(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // After a qFatal this returns to Qt, which aborts: the crash line follows the message.
    previousHandler(type, context, Redact::scrubSecrets(message));
}

#ifdef Q_OS_UNIX
constexpr int FatalSignals[] = {SIGSEGV, SIGABRT, SIGFPE, SIGBUS, SIGILL};

// Where the handler runs when the stack itself is what overflowed.
alignas(16) char alternateStack[64 * 1024];

void handleFatalSignal(int signal)
{
    // Only async-signal-safe calls here: write() and raise(). SA_RESETHAND has put the default
    // action back, so raising the signal again ends the program as if there were no handler.
    const std::string_view line = CrashGuard::crashLine(signal);
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, line.data(), line.size());
    ::raise(signal);
}

void installSignalHandlers()
{
    stack_t stack{};
    stack.ss_sp = alternateStack;
    stack.ss_size = sizeof alternateStack;
    ::sigaltstack(&stack, nullptr);
    struct sigaction action = {};
    action.sa_handler = handleFatalSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_ONSTACK;
    for (const int signal : FatalSignals)
        ::sigaction(signal, &action, nullptr);
}
#else
// Elsewhere only the message handler is installed: the signal handler relies on POSIX.
void installSignalHandlers() {}
#endif

} // namespace

namespace CrashGuard {

void install()
{
    if (previousHandler)
        return;
    // Qt hands back its default handler when none was installed before.
    previousHandler = qInstallMessageHandler(printScrubbed);
    installSignalHandlers();
}

std::string_view crashLine(int signal)
{
    switch (signal) {
    case SIGSEGV:
        return "Pharen Chat crashed: invalid memory access (SIGSEGV).\n";
    case SIGABRT:
        return "Pharen Chat crashed: aborted (SIGABRT).\n";
    case SIGFPE:
        return "Pharen Chat crashed: arithmetic error (SIGFPE).\n";
#ifdef SIGBUS
    case SIGBUS:
        return "Pharen Chat crashed: bus error (SIGBUS).\n";
#endif
    case SIGILL:
        return "Pharen Chat crashed: illegal instruction (SIGILL).\n";
    default:
        return "Pharen Chat crashed.\n";
    }
}

} // namespace CrashGuard
