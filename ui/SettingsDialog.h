// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QToolButton;

// Where the user says which Pharen Hub to use and with which API key. The dialog only collects
// and checks; the main window stores the origin in the settings and the key in the keychain.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void setOrigin(const QUrl &origin);
    void setTeamId(const QString &teamId);
    // Shown masked; empty means "keep the stored key".
    void setKeyPlaceholder(const QString &text);

    QUrl origin() const { return m_acceptedOrigin; }
    QString teamId() const;
    QString apiKey() const; // trimmed, a pasted "Bearer " removed
    // The user chose the local demo server instead of a hub of their own.
    bool wantsDemo() const { return m_wantsDemo; }

    QLineEdit *originField() const { return m_origin; }
    QLineEdit *keyField() const { return m_key; }

    static QString cleanKey(const QString &typed);

    void accept() override;

private:
    void updateKeyHint();

    QLineEdit *m_origin;
    QLineEdit *m_key;
    QLineEdit *m_team;
    QToolButton *m_showKey;
    QLabel *m_originProblem;
    QLabel *m_keyHint;
    QUrl m_acceptedOrigin;
    bool m_wantsDemo = false;
};
