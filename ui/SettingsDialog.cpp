// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "Account.h"
#include "AgentDirectory.h"
#include "ApiError.h"
#include "Origin.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_origin(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_team(new QLineEdit(this))
    , m_showKey(new QToolButton(this))
    , m_originProblem(new QLabel(this))
    , m_keyHint(new QLabel(this))
    , m_check(new QPushButton(tr("Check connection"), this))
    , m_checkResult(new QLabel(this))
    , m_fields(new QWidget(this))
    , m_model(new QLineEdit(this))
    , m_thinking(new QCheckBox(tr("Thinking on for new conversations"), this))
    , m_streaming(new QCheckBox(tr("Show answers as they arrive (streaming)"), this))
    , m_timeout(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_network(new QNetworkAccessManager(this))
    , m_directory(new AgentDirectory(m_network, this))
{
    setWindowTitle(tr("Settings"));
    m_list->setObjectName(QStringLiteral("workspaceList"));
    m_origin->setPlaceholderText(Origin::Production.toString());
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("phk_…"));
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                               Qt::ImhNoAutoUppercase);
    m_showKey->setText(tr("Show"));
    m_showKey->setCheckable(true);
    m_team->setPlaceholderText(tr("Only for keys limited to a team"));
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextFormat(Qt::PlainText);
    m_checkResult->setObjectName(QStringLiteral("checkResult"));
    for (QLabel *label : {m_originProblem, m_keyHint}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->hide();
    }
    m_streaming->setObjectName(QStringLiteral("streaming"));
    m_model->setPlaceholderText(tr("The agent's own model"));
    m_timeout->setRange(10, 3600);
    m_timeout->setSuffix(tr(" s", "seconds"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));

    // The workspaces: a list with Add, Rename and Remove beside the selected one's fields.
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addWorkspace"));
    auto *rename = new QPushButton(tr("Rename"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeWorkspace"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(rename);
    listButtons->addWidget(remove);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    listColumn->addLayout(listButtons);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_showKey);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_checkResult, 1);
    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Pharen Hub address:"), m_origin);
    form->addRow(QString(), m_originProblem);
    form->addRow(tr("API key:"), keyRow);
    form->addRow(QString(), m_keyHint);
    form->addRow(tr("Team ID:"), m_team);
    form->addRow(checkRow);
    auto *explanation = new QLabel(
        tr("An API key lets Pharen Chat use your workspace's agents. Create one in Pharen Hub "
           "under Settings → API Keys, with the scopes agents:read and agents:run. The key is "
           "kept in your system's keychain; in a file only if there is no keychain and you choose "
           "so after a warning."),
        this);
    explanation->setWordWrap(true);
    auto *fieldColumn = new QVBoxLayout;
    fieldColumn->addWidget(m_fields);
    fieldColumn->addWidget(explanation);
    fieldColumn->addStretch(1);
    auto *workspaceRow = new QHBoxLayout;
    workspaceRow->addLayout(listColumn, 2);
    workspaceRow->addLayout(fieldColumn, 5);
    auto *workspaces = new QGroupBox(tr("Workspaces"), this);
    workspaces->setLayout(workspaceRow);

    auto *preferences = new QGroupBox(tr("For all workspaces"), this);
    auto *preferenceForm = new QFormLayout(preferences);
    preferenceForm->addRow(tr("Default model:"), m_model);
    preferenceForm->addRow(QString(), m_thinking);
    preferenceForm->addRow(QString(), m_streaming);
    preferenceForm->addRow(tr("Give up on a silent answer after:"), m_timeout);
    preferenceForm->addRow(tr("Language (after a restart):"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *demo =
        buttons->addButton(tr("Use the local demo server"), QDialogButtonBox::ResetRole);
    demo->setToolTip(tr("Simulated agents on this computer; no account and no key needed"));
    setMinimumWidth(720);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(workspaces, 1);
    layout->addWidget(preferences);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(demo, &QPushButton::clicked, this, [this] {
        m_wantsDemo = true;
        QDialog::accept();
    });
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addWorkspace);
    connect(rename, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_list->editItem(item);
    });
    connect(remove, &QPushButton::clicked, this, &SettingsDialog::removeWorkspace);
    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsDialog::showRow);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (row >= 0 && row < m_entries.size())
            m_entries[row].name = item->text().trimmed();
    });
    connect(m_showKey, &QToolButton::toggled, this, [this](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKey->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_key, &QLineEdit::textChanged, this, &SettingsDialog::updateKeyHint);
    connect(m_origin, &QLineEdit::textChanged, m_originProblem, &QLabel::hide);
    connect(m_check, &QPushButton::clicked, this, &SettingsDialog::checkConnection);
    connect(m_directory, &AgentDirectory::loaded, this, [this](const QList<Agent> &agents) {
        m_check->setEnabled(true);
        m_checkResult->setText(
            tr("Connected: this key can see %n agent(s).", nullptr, int(agents.size())));
    });
    connect(m_directory, &AgentDirectory::failed, this, [this](const ApiError &error) {
        m_check->setEnabled(true);
        m_checkResult->setText(error.describe());
    });
    showRow(-1);
}

void SettingsDialog::setWorkspaces(const QList<Workspace> &workspaces, const QString &activeId)
{
    m_list->clear();
    m_entries.clear();
    m_row = -1;
    int active = 0;
    for (const Workspace &workspace : workspaces) {
        if (workspace.id == activeId)
            active = int(m_entries.size());
        m_entries.append({workspace.id,
                          workspace.name,
                          workspace.origin.toString(),
                          workspace.origin,
                          workspace.teamId,
                          {}});
        auto *item = new QListWidgetItem(workspace.name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    if (m_entries.isEmpty())
        addWorkspace();
    else
        m_list->setCurrentRow(active);
}

void SettingsDialog::addWorkspace()
{
    storeFields();
    Entry entry;
    entry.name =
        m_entries.isEmpty() ? tr("My workspace") : tr("Workspace %1").arg(m_entries.size() + 1);
    entry.originText = Origin::Production.toString();
    m_entries.append(entry);
    auto *item = new QListWidgetItem(entry.name, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_row = -1; // the fields still show the previous workspace, already stored
    m_list->setCurrentRow(int(m_entries.size()) - 1);
}

void SettingsDialog::removeWorkspace()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    // Taken out of the list now; the settings and the keychain forget it on Save.
    if (!m_entries.at(row).id.isEmpty())
        m_removed.append(m_entries.at(row).id);
    m_row = -1;
    m_entries.removeAt(row);
    delete m_list->takeItem(row);
    showRow(m_list->currentRow());
}

void SettingsDialog::storeFields()
{
    if (m_row < 0 || m_row >= m_entries.size())
        return;
    Entry &entry = m_entries[m_row];
    entry.originText = m_origin->text();
    entry.key = cleanKey(m_key->text());
    entry.teamId = m_team->text().trimmed();
}

void SettingsDialog::showRow(int row)
{
    if (row != m_row)
        storeFields();
    m_row = row;
    const bool valid = row >= 0 && row < m_entries.size();
    m_fields->setEnabled(valid);
    const Entry entry = valid ? m_entries.at(row) : Entry();
    m_origin->setText(entry.originText);
    m_key->setText(entry.key);
    m_team->setText(entry.teamId);
    const bool stored = valid && !entry.id.isEmpty();
    m_key->setPlaceholderText(stored ? tr("Leave empty to keep the current key") : tr("phk_…"));
    m_originProblem->hide();
    m_checkResult->clear();
}

void SettingsDialog::setPreferences(const Preferences &preferences)
{
    m_model->setText(preferences.model);
    m_thinking->setChecked(preferences.thinking);
    m_streaming->setChecked(preferences.streaming);
    m_timeout->setValue(preferences.inactivityTimeoutSeconds);
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences.language)));
}

SettingsDialog::Preferences SettingsDialog::preferences() const
{
    Preferences preferences;
    preferences.model = m_model->text().trimmed();
    preferences.thinking = m_thinking->isChecked();
    preferences.streaming = m_streaming->isChecked();
    preferences.inactivityTimeoutSeconds = m_timeout->value();
    preferences.language = m_language->currentData().toString();
    return preferences;
}

QString SettingsDialog::cleanKey(const QString &typed)
{
    return Account::cleanKey(typed);
}

void SettingsDialog::updateKeyHint()
{
    const QString key = cleanKey(m_key->text());
    if (const QString refusal = KeyStore::refusalFor(key, m_maxKeyBytes); !refusal.isEmpty()) {
        m_keyHint->setText(refusal);
        m_keyHint->show();
        return;
    }
    const bool odd = !key.isEmpty() && !key.startsWith(u"phk_");
    m_keyHint->setText(tr("Pharen Hub keys start with phk_; check that this is the whole key."));
    m_keyHint->setVisible(odd);
}

bool SettingsDialog::confirmCleartext(const QUrl &origin)
{
    if (!Origin::needsCleartextConfirmation(origin))
        return true;
    const auto answer = QMessageBox::warning(
        this,
        tr("Unencrypted connection"),
        tr("%1 uses plain http: your API key and your messages would travel unencrypted. "
           "Use it anyway?")
            .arg(origin.toString()),
        QMessageBox::Yes | QMessageBox::No,
        QMessageBox::No);
    return answer == QMessageBox::Yes;
}

void SettingsDialog::checkConnection()
{
    storeFields();
    if (m_row < 0)
        return;
    const Entry &entry = m_entries.at(m_row);
    QString problem;
    const QUrl origin = Origin::normalise(entry.originText, &problem);
    if (!origin.isValid()) {
        m_checkResult->setText(problem);
        return;
    }
    if (!confirmCleartext(origin))
        return;
    Account account;
    account.origin = origin;
    account.teamId = entry.teamId;
    account.apiKey = entry.key.isEmpty() ? m_knownKeys.value(entry.id) : entry.key;
    if (account.apiKey.isEmpty()) {
        m_checkResult->setText(tr("Enter the API key first."));
        return;
    }
    m_check->setEnabled(false);
    m_checkResult->setText(tr("Checking…"));
    m_directory->load(account);
}

void SettingsDialog::accept()
{
    storeFields();
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &entry = m_entries[row];
        QString problem;
        const QUrl origin = Origin::normalise(entry.originText, &problem);
        if (!origin.isValid()) {
            m_list->setCurrentRow(row);
            m_originProblem->setText(problem);
            m_originProblem->show();
            m_origin->setFocus();
            return;
        }
        // Asked again only when the address changed to plain http.
        if (origin != entry.origin && !confirmCleartext(origin)) {
            m_list->setCurrentRow(row);
            return;
        }
        entry.origin = origin;
        if (entry.name.isEmpty())
            entry.name = origin.host();
        // Refused here, with the reason beside the field, rather than cut short or failed later.
        if (!KeyStore::refusalFor(entry.key, m_maxKeyBytes).isEmpty()) {
            m_list->setCurrentRow(row);
            updateKeyHint();
            m_key->setFocus();
            return;
        }
    }
    QDialog::accept();
}
