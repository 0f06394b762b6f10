// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The child of tst_crashguard: installs the crash guard as the programs do, learns a key, says it
// at every message level and then ends the way its first argument names.
//   crash_child fatal|segv|null-write|overflow|abort|fpe|bus|ill KEY
#include "CrashGuard.h"
#include "Log.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <csignal>
#include <cstdint>
#include <cstdlib>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace {

// Never reached; read at run time, so that the recursion below has an end the compiler cannot see
// past.
volatile int deepest = 1 << 30;

// Deep enough to overflow any stack; the array keeps each frame large and the call not a loop.
int recurse(int depth)
{
    if (depth == deepest)
        return 0;
    volatile char frame[4096];
    frame[depth % sizeof frame] = char(depth);
    return recurse(depth + 1) + frame[0];
}

} // namespace

int main(int argc, char *argv[])
{
    CrashGuard::install();
#ifdef Q_OS_LINUX
    // No core file for a crash on purpose.
    prctl(PR_SET_DUMPABLE, 0);
#endif
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3)
        return 2;
    const QString mode = arguments.at(1);
    const QString key = arguments.at(2);
    Redact::registerSecret(key);

    qDebug().noquote() << "debug with the key" << key;
    qInfo("info with the key %s", qPrintable(key));
    qWarning().noquote() << "warning with the header Authorization: Bearer" << key;
    qCritical("critical with the key %s", qPrintable(key));
    qCWarning(lcNet).noquote() << "category warning with the key" << key;

    if (mode == u"fatal") {
        qFatal("fatal with the key %s", qPrintable(key));
    } else if (mode == u"segv") {
        std::raise(SIGSEGV);
    } else if (mode == u"null-write") {
        // Read at run time, so that the compiler cannot turn the write into a trap instruction.
        volatile std::uintptr_t address = 0;
        *reinterpret_cast<volatile int *>(address) = 1;
    } else if (mode == u"overflow") {
        return recurse(0);
    } else if (mode == u"abort") {
        std::abort();
    } else if (mode == u"fpe") {
        std::raise(SIGFPE);
    } else if (mode == u"bus") {
        std::raise(SIGBUS);
    } else if (mode == u"ill") {
        std::raise(SIGILL);
    }
    return 3; // still alive: the guard swallowed the signal
}
