// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Composer.h"

#include "MessageEdit.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_editor(new MessageEdit(this))
    , m_thinking(new QCheckBox(tr("Thinking"), this))
    , m_model(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_problem(new QLabel(this))
    , m_modelProblem(new QLabel(this))
{
    m_editor->setPlaceholderText(
        tr("Write a message. Enter sends, Shift+Enter starts a new line."));
    m_editor->setTabChangesFocus(true);
    m_thinking->setToolTip(
        tr("Ask the agent to reason before it answers, if its model supports it"));
    m_model->setPlaceholderText(tr("Agent's default model"));
    m_model->setToolTip(tr("Model for the next message; leave empty for the agent's default"));
    m_model->setClearButtonEnabled(true);
    auto *modelLabel = new QLabel(tr("Model:"), this);
    modelLabel->setBuddy(m_model);
    m_send->setDefault(false);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_problem->hide();
    m_modelProblem->setObjectName(QStringLiteral("modelProblem"));
    m_modelProblem->setWordWrap(true);
    m_modelProblem->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_modelProblem->hide();

    auto *choices = new QHBoxLayout;
    choices->addWidget(m_thinking);
    choices->addSpacing(12);
    choices->addWidget(modelLabel);
    choices->addWidget(m_model, 1);
    choices->addStretch();
    choices->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problem);
    layout->addWidget(m_editor);
    layout->addLayout(choices);
    layout->addWidget(m_modelProblem);

    connect(m_editor, &MessageEdit::submitted, this, [this] {
        if (!m_answering && !isHeld())
            emit sendRequested();
    });
    m_holdTimer.setInterval(1000);
    connect(&m_holdTimer, &QTimer::timeout, this, &Composer::updateHold);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] { m_problem->hide(); });
    connect(m_model, &QLineEdit::textEdited, m_modelProblem, &QLabel::hide);
    connect(m_send, &QPushButton::clicked, this, &Composer::handleButton);
    connect(m_thinking, &QCheckBox::toggled, this, &Composer::choicesChanged);
    connect(m_model, &QLineEdit::editingFinished, this, &Composer::choicesChanged);
}

QString Composer::message() const
{
    return m_editor->toPlainText();
}

void Composer::setMessage(const QString &text)
{
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
}

QString Composer::model() const
{
    return m_model->text().trimmed();
}

void Composer::setModel(const QString &model)
{
    m_model->setText(model);
}

bool Composer::thinking() const
{
    return m_thinking->isChecked();
}

void Composer::setThinking(bool on)
{
    m_thinking->setChecked(on);
}

void Composer::setAnswering(bool answering)
{
    m_answering = answering;
    m_send->setText(answering ? tr("Stop") : tr("Send"));
    m_send->setToolTip(answering ? tr("Stop the answer; what arrived so far is kept")
                                 : tr("Send the message (Enter)"));
}

void Composer::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void Composer::setModelProblem(const QString &text)
{
    m_modelProblem->setText(text);
    m_modelProblem->setVisible(!text.isEmpty());
}

void Composer::holdUntil(const QDateTime &until)
{
    m_heldUntil = until;
    m_holdTimer.start();
    updateHold();
}

bool Composer::isHeld() const
{
    return m_heldUntil.isValid() && QDateTime::currentDateTimeUtc() < m_heldUntil;
}

void Composer::updateHold()
{
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(m_heldUntil);
    if (seconds <= 0) {
        m_holdTimer.stop();
        m_heldUntil = {};
        m_send->setEnabled(true);
        m_problem->hide();
        return;
    }
    m_send->setEnabled(m_answering);
    setProblem(tr("Rate limited: you can send again in %n second(s).", nullptr, int(seconds)));
}

void Composer::handleButton()
{
    if (m_answering)
        emit stopRequested();
    else if (!isHeld())
        emit sendRequested();
}
