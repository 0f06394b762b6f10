// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyStore.h"

#include "Log.h"

#include <qt6keychain/keychain.h>

#include <algorithm>

KeyStore::KeyStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &KeyStore::handleTimeout);
}

KeyStore::~KeyStore()
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    if (m_abandoned)
        disconnect(m_abandoned, nullptr, this, nullptr);
}

QString KeyStore::refusalFor(const QString &key, int maxBytes)
{
    // Some keychains keep a C string: a NUL would end the key there, and report it saved.
    const bool control = std::any_of(
        key.cbegin(), key.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (control) {
        return tr("The API key contains a control character, which the system keychain cannot "
                  "hold without cutting the key short. It was not saved. Check that you copied "
                  "only the key.");
    }
    const qsizetype bytes = key.toUtf8().size();
    if (bytes <= maxBytes)
        return {};
    return tr("The API key is %1 bytes long; the system keychain here holds at most %2 bytes. "
              "It was not saved, so that a shortened key is never stored. Check that you copied "
              "only the key.")
        .arg(bytes)
        .arg(maxBytes);
}

void KeyStore::read(const QString &entry)
{
    enqueue({Operation::Read, entry, {}});
}

void KeyStore::write(const QString &entry, const QString &key)
{
    enqueue({Operation::Write, entry, key});
}

void KeyStore::remove(const QString &entry)
{
    enqueue({Operation::Remove, entry, {}});
}

void KeyStore::enqueue(Task task)
{
    m_tasks.enqueue(std::move(task));
    if (!m_job && m_tasks.size() == 1)
        QTimer::singleShot(0, this, &KeyStore::startNext);
}

void KeyStore::fail(const Task &task, const QString &reason)
{
    emit failed(task.entry, reason);
    QTimer::singleShot(0, this, &KeyStore::startNext);
}

void KeyStore::startNext()
{
    if (m_job || m_tasks.isEmpty())
        return;
    m_current = m_tasks.dequeue();
    if (m_current.operation == Operation::Write) {
        if (const QString refused = refusal(m_current.key); !refused.isEmpty()) {
            qCWarning(lcKeychain) << "key for" << m_current.entry
                                  << "refused:" << m_current.key.toUtf8().size() << "bytes";
            fail(std::exchange(m_current, Task{}), refused);
            return;
        }
    }
    if (m_abandoned) {
        qCDebug(lcKeychain) << "keychain still busy with an unanswered job; failing"
                            << m_current.entry;
        fail(std::exchange(m_current, Task{}),
             tr("The system keychain has not answered an earlier request; it may be locked.") +
                 u' ' +
                 tr("Unlock it (on Linux, for example in “Passwords and Keys”) and start Pharen "
                    "Chat again."));
        return;
    }
    QKeychain::Job *job = nullptr;
    switch (m_current.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(m_current.key);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_current.entry);
    connect(job, &QKeychain::Job::finished, this, &KeyStore::handleDone);
    m_job = job;
    qCDebug(lcKeychain) << "keychain job" << int(m_current.operation) << "for" << m_current.entry;
    m_timer.start(m_timeoutMs);
    job->start();
}

void KeyStore::handleDone(QKeychain::Job *job)
{
    if (job != m_job)
        return;
    m_timer.stop();
    m_job = nullptr;
    const Task task = std::exchange(m_current, Task{});
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        switch (task.operation) {
        case Operation::Read:
            emit keyRead(task.entry, static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
            break;
        case Operation::Write:
            emit keyWritten(task.entry);
            break;
        case Operation::Remove:
            emit keyRemoved(task.entry);
            break;
        }
    } else if (error == QKeychain::EntryNotFound) {
        if (task.operation == Operation::Remove)
            emit keyRemoved(task.entry);
        else
            emit keyMissing(task.entry);
    } else {
        // QtKeychain's text names the backend's problem; it never contains the secret.
        qCWarning(lcKeychain) << "keychain job failed for" << task.entry << ":" << error;
        emit failed(task.entry, describe(error, Redact::scrub(job->errorString(), task.key)));
    }
    QTimer::singleShot(0, this, &KeyStore::startNext);
}

QString KeyStore::describe(int error, const QString &backendText)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
#ifdef Q_OS_LINUX
        return tr("No system keychain is available. Install a Secret Service provider such as "
                  "GNOME Keyring (gnome-keyring) or KWallet, make sure it runs in your session, "
                  "and start Pharen Chat again.");
#else
        return tr("No system keychain is available.");
#endif
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return tr("The system keychain did not allow access; it may be locked. Unlock it and "
                  "allow Pharen Chat to use it, then start Pharen Chat again.");
    default:
        // A Secret Service that is missing from the session bus shows up here on Linux.
        return tr("The system keychain could not be used (%1). Check that a keychain service "
                  "such as GNOME Keyring or KWallet is installed, running and unlocked.")
            .arg(backendText);
    }
}

void KeyStore::handleTimeout()
{
    if (!m_job)
        return;
    // The job may still finish later and deletes itself then. Until it does, no other job
    // starts beside it (see the class comment).
    disconnect(m_job, nullptr, this, nullptr);
    m_abandoned = m_job;
    connect(m_abandoned, &QKeychain::Job::finished, this, [this] {
        qCDebug(lcKeychain) << "the unanswered keychain job finished after all";
        m_abandoned = nullptr;
        QTimer::singleShot(0, this, &KeyStore::startNext);
    });
    m_job = nullptr;
    const Task task = std::exchange(m_current, Task{});
    qCWarning(lcKeychain) << "keychain gave no answer within" << m_timeoutMs << "ms for"
                          << task.entry;
    const QString unlock = tr("Unlock it (on Linux, for example in “Passwords and Keys”) and "
                              "start Pharen Chat again.");
    fail(task,
         tr("The system keychain did not answer within %n second(s); it may be locked.",
            nullptr,
            qMax(1, m_timeoutMs / 1000)) +
             u' ' + unlock);
}
