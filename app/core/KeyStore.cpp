// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyStore.h"

#include "Log.h"

#include <qt6keychain/keychain.h>

KeyStore::KeyStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &KeyStore::handleTimeout);
}

KeyStore::~KeyStore()
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
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

void KeyStore::startNext()
{
    if (m_job || m_tasks.isEmpty())
        return;
    m_current = m_tasks.dequeue();
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
        const QString reason =
            error == QKeychain::NoBackendAvailable
                ? tr("No system keychain is available.")
                : tr("The system keychain refused the request (%1).").arg(job->errorString());
        emit failed(task.entry, reason);
    }
    QTimer::singleShot(0, this, &KeyStore::startNext);
}

void KeyStore::handleTimeout()
{
    if (!m_job)
        return;
    // The job may still finish later; it deletes itself then, and nobody listens any more.
    disconnect(m_job, nullptr, this, nullptr);
    m_job = nullptr;
    const Task task = std::exchange(m_current, Task{});
    qCWarning(lcKeychain) << "keychain gave no answer within" << m_timeoutMs << "ms for"
                          << task.entry;
    emit failed(task.entry,
                tr("The system keychain did not answer within %n second(s); it may be locked.",
                   nullptr,
                   m_timeoutMs / 1000));
    QTimer::singleShot(0, this, &KeyStore::startNext);
}
