// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSettings>
#include <QUrl>

#include <memory>

// Every persistent preference in one place, typed, with its default and a change signal. The API
// key is deliberately absent: it lives in the keychain (KeyStore) and never in this file.
class Settings : public QObject
{
    Q_OBJECT

public:
    // The platform's usual settings location.
    explicit Settings(QObject *parent = nullptr);
    // A given file: tests and `--settings` use this.
    explicit Settings(const QString &filePath, QObject *parent = nullptr);

    QString fileName() const { return m_store->fileName(); }

    QUrl origin() const; // empty until the user configured one
    void setOrigin(const QUrl &origin);
    QString teamId() const;
    void setTeamId(const QString &teamId);
    QString lastAgentId() const;
    void setLastAgentId(const QString &id);
    bool thinking() const;
    void setThinking(bool on);
    QString model() const;
    void setModel(const QString &model);
    int inactivityTimeoutSeconds() const;
    void setInactivityTimeoutSeconds(int seconds);
    QString language() const; // empty: the system's
    void setLanguage(const QString &language);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    void sync() { m_store->sync(); }

signals:
    void accountChanged();
    void languageChanged();

private:
    template<typename T>
    T value(const char *key, const T &fallback) const;
    bool store(const char *key, const QVariant &value);

    std::unique_ptr<QSettings> m_store;
};
