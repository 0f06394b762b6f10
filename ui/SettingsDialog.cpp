// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "Origin.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_origin(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_team(new QLineEdit(this))
    , m_showKey(new QToolButton(this))
    , m_originProblem(new QLabel(this))
    , m_keyHint(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    m_origin->setPlaceholderText(Origin::Production.toString());
    m_origin->setText(Origin::Production.toString());
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("phk_…"));
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                               Qt::ImhNoAutoUppercase);
    m_showKey->setText(tr("Show"));
    m_showKey->setCheckable(true);
    m_team->setPlaceholderText(tr("Only for keys limited to a team"));
    for (QLabel *label : {m_originProblem, m_keyHint}) {
        label->setWordWrap(true);
        label->hide();
    }

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_showKey);
    auto *form = new QFormLayout;
    form->addRow(tr("Pharen Hub address:"), m_origin);
    form->addRow(QString(), m_originProblem);
    form->addRow(tr("API key:"), keyRow);
    form->addRow(QString(), m_keyHint);
    form->addRow(tr("Team ID:"), m_team);
    auto *explanation = new QLabel(
        tr("Create an API key in Pharen Hub under Settings → API Keys, with the scopes "
           "agents:read and agents:run. The key is kept in your system's keychain, never in a "
           "file."),
        this);
    explanation->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *demo =
        buttons->addButton(tr("Use the local demo server"), QDialogButtonBox::ResetRole);
    demo->setToolTip(tr("Simulated agents on this computer; no account and no key needed"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(demo, &QPushButton::clicked, this, [this] {
        m_wantsDemo = true;
        QDialog::accept();
    });
    connect(m_showKey, &QToolButton::toggled, this, [this](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKey->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_key, &QLineEdit::textChanged, this, &SettingsDialog::updateKeyHint);
    connect(m_origin, &QLineEdit::textChanged, m_originProblem, &QLabel::hide);
}

void SettingsDialog::setOrigin(const QUrl &origin)
{
    if (origin.isValid())
        m_origin->setText(origin.toString());
}

void SettingsDialog::setTeamId(const QString &teamId)
{
    m_team->setText(teamId);
}

void SettingsDialog::setKeyPlaceholder(const QString &text)
{
    m_key->setPlaceholderText(text);
}

QString SettingsDialog::teamId() const
{
    return m_team->text().trimmed();
}

QString SettingsDialog::cleanKey(const QString &typed)
{
    QString key = typed.trimmed();
    if (key.startsWith(u"Bearer ", Qt::CaseInsensitive))
        key = key.mid(7).trimmed();
    return key;
}

QString SettingsDialog::apiKey() const
{
    return cleanKey(m_key->text());
}

void SettingsDialog::updateKeyHint()
{
    const QString key = apiKey();
    const bool odd = !key.isEmpty() && !key.startsWith(u"phk_");
    m_keyHint->setText(tr("Pharen Hub keys start with phk_; check that this is the whole key."));
    m_keyHint->setVisible(odd);
}

void SettingsDialog::accept()
{
    QString problem;
    const QUrl origin = Origin::normalise(m_origin->text(), &problem);
    if (!origin.isValid()) {
        m_originProblem->setText(problem);
        m_originProblem->show();
        adjustSize();
        m_origin->setFocus();
        return;
    }
    if (Origin::needsCleartextConfirmation(origin)) {
        const auto answer = QMessageBox::warning(
            this,
            tr("Unencrypted connection"),
            tr("%1 uses plain http: your API key and your messages would travel unencrypted. "
               "Use it anyway?")
                .arg(origin.toString()),
            QMessageBox::Yes | QMessageBox::No,
            QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_acceptedOrigin = origin;
    QDialog::accept();
}
