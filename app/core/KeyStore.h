// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>

#include <functional>

namespace QKeychain {
class Job;
}

// The API key's only home: the operating system's keychain, through QtKeychain. Jobs run one at a
// time; the next one starts from the event loop, never from inside another's completion (some
// backends deadlock on that); each has a time limit, because a locked keychain may never answer.
// There is no file fallback: a failure is reported and the caller keeps the key in memory.
class KeyStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 5000;

    explicit KeyStore(const QString &service = QStringLiteral("Pharen Chat"),
                      QObject *parent = nullptr);
    ~KeyStore() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void read(const QString &entry);
    void write(const QString &entry, const QString &key);
    void remove(const QString &entry);

signals:
    void keyRead(const QString &entry, const QString &key);
    void keyMissing(const QString &entry);
    void keyWritten(const QString &entry);
    void keyRemoved(const QString &entry);
    // `reason` is in the user's language and never contains the key.
    void failed(const QString &entry, const QString &reason);

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    struct Task
    {
        Operation operation;
        QString entry;
        QString key;
    };

    void enqueue(Task task);
    void startNext();
    void handleDone(QKeychain::Job *job);
    void handleTimeout();

    QString m_service;
    QQueue<Task> m_tasks;
    QPointer<QKeychain::Job> m_job;
    Task m_current{};
    QTimer m_timer;
    int m_timeoutMs = DefaultTimeoutMs;
};
