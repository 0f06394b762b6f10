// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyStore.h"
#include "Workspace.h"

#include <QDialog>
#include <QHash>
#include <QUrl>

class AgentDirectory;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QToolButton;

// Where the user keeps their workspaces (each a Pharen Hub address, an API key and an optional
// team id) and the preferences shared by all of them. The dialog only collects and checks; the
// main window stores the workspaces and preferences in the settings and the keys in the keychain.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Preferences
    {
        QString model;
        bool thinking = false;
        bool streaming = true;
        int inactivityTimeoutSeconds = 120;
        QString language; // empty: the system's
    };
    // A workspace as edited here; `id` is empty for one added in this dialog.
    struct Entry
    {
        QString id;
        QString name;
        QString originText;
        QUrl origin; // set by accept()
        QString teamId;
        QString key; // typed; empty keeps the stored key
    };

    explicit SettingsDialog(QWidget *parent = nullptr);

    void setWorkspaces(const QList<Workspace> &workspaces, const QString &activeId);
    // Keys this session already holds (from the keychain, memory or the environment), for Check
    // connection when the key field is left empty.
    void setKnownKeys(const QHash<QString, QString> &keys) { m_knownKeys = keys; }
    void setPreferences(const Preferences &preferences);
    Preferences preferences() const;
    // The longest key the keychain here holds; a longer one is refused while it is typed.
    void setMaxKeyBytes(int bytes) { m_maxKeyBytes = bytes; }
    QLabel *keyHint() const { return m_keyHint; }

    // After accept(): every workspace kept, in order, with a normalised origin.
    QList<Entry> entries() const { return m_entries; }
    QStringList removedIds() const { return m_removed; }
    int chosenIndex() const { return m_row; } // the workspace to make active; -1 none
    // The user chose the local demo server instead of a hub of their own.
    bool wantsDemo() const { return m_wantsDemo; }

    QListWidget *workspaceList() const { return m_list; }
    QLineEdit *originField() const { return m_origin; }
    QLineEdit *keyField() const { return m_key; }
    QLineEdit *teamField() const { return m_team; }
    QPushButton *checkButton() const { return m_check; }
    QLabel *checkResult() const { return m_checkResult; }

    void addWorkspace();
    void removeWorkspace();
    void checkConnection();

    static QString cleanKey(const QString &typed);

    void accept() override;

private:
    void storeFields();
    void showRow(int row);
    void updateKeyHint();
    bool confirmCleartext(const QUrl &origin);

    QList<Entry> m_entries;
    QStringList m_removed;
    QHash<QString, QString> m_knownKeys;
    int m_row = -1;
    int m_maxKeyBytes = KeyStore::PlatformMaxKeyBytes;
    bool m_wantsDemo = false;

    QListWidget *m_list;
    QLineEdit *m_origin;
    QLineEdit *m_key;
    QLineEdit *m_team;
    QToolButton *m_showKey;
    QLabel *m_originProblem;
    QLabel *m_keyHint;
    QPushButton *m_check;
    QLabel *m_checkResult;
    QWidget *m_fields;
    QLineEdit *m_model;
    QCheckBox *m_thinking;
    QCheckBox *m_streaming;
    QSpinBox *m_timeout;
    QComboBox *m_language;
    QNetworkAccessManager *m_network;
    AgentDirectory *m_directory;
};
