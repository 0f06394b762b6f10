// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class MessageEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Where a message is written and sent, with the two per-message choices beside it: reasoning
// ("Thinking") on or off, and a model override (empty: the agent's default).
class Composer : public QWidget
{
    Q_OBJECT

public:
    explicit Composer(QWidget *parent = nullptr);

    QString message() const;
    void setMessage(const QString &text);
    QString model() const;
    void setModel(const QString &model);
    bool thinking() const;
    void setThinking(bool on);
    // While an answer streams the Send button becomes Stop.
    void setAnswering(bool answering);
    void setProblem(const QString &text);
    // A server's objection to the model override, shown next to the Model field.
    void setModelProblem(const QString &text);
    // After a rate limit: sending waits until `until`, with the time left shown.
    void holdUntil(const QDateTime &until);
    bool isHeld() const;

    MessageEdit *editor() const { return m_editor; }
    QPushButton *sendButton() const { return m_send; }
    QCheckBox *thinkingToggle() const { return m_thinking; }
    QLineEdit *modelField() const { return m_model; }

signals:
    void sendRequested();
    void stopRequested();
    void choicesChanged();

private:
    void handleButton();
    void updateHold();

    MessageEdit *m_editor;
    QCheckBox *m_thinking;
    QLineEdit *m_model;
    QPushButton *m_send;
    QLabel *m_problem;
    QLabel *m_modelProblem;
    bool m_answering = false;
    QDateTime m_heldUntil;
    QTimer m_holdTimer;
};
