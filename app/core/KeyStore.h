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
//
// A job that timed out may still be waiting inside the keychain (a locked Secret Service, or one
// that never answers). No second job is started beside it: until it finishes, every request fails
// at once with the same explanation, so that nothing waits another five seconds.
class KeyStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 5000;
    // The longest key, in bytes of UTF-8, that is stored; a longer one is refused, never cut.
    // Windows: CredWrite takes at most CRED_MAX_CREDENTIAL_BLOB_SIZE, 5 * 512 = 2,560 bytes.
    // Elsewhere (Secret Service, macOS Keychain) there is no documented small limit; 16 KiB is far
    // beyond any Pharen Hub key (about 50 characters) and keeps a mistaken paste out of the store.
#ifdef Q_OS_WIN
    static constexpr int PlatformMaxKeyBytes = 2560;
#else
    static constexpr int PlatformMaxKeyBytes = 16384;
#endif

    explicit KeyStore(const QString &service = QStringLiteral("Pharen Chat"),
                      QObject *parent = nullptr);
    ~KeyStore() override;

    void setTimeout(int milliseconds)
    {
        m_timeoutMs = milliseconds;
    }
    // Tests use this to stand in for another platform's limit.
    void setMaxKeyBytes(int bytes)
    {
        m_maxKeyBytes = bytes;
    }
    int maxKeyBytes() const
    {
        return m_maxKeyBytes;
    }
    // The reason `key` cannot be stored, in the user's language; empty when it can.
    QString refusal(const QString &key) const
    {
        return refusalFor(key, m_maxKeyBytes);
    }
    // The same for a store that holds at most `maxBytes`: the settings dialog says it while the
    // key is typed, before anything is saved.
    static QString refusalFor(const QString &key, int maxBytes);

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
    void fail(const Task &task, const QString &reason);
    static QString describe(int error, const QString &backendText);

    QString m_service;
    QQueue<Task> m_tasks;
    QPointer<QKeychain::Job> m_job;
    QPointer<QKeychain::Job> m_abandoned; // timed out, still running somewhere
    Task m_current{};
    QTimer m_timer;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_maxKeyBytes = PlatformMaxKeyBytes;
};
