// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The settings facade: workspaces (add, rename, remove, the active one), the shared preferences
// with their defaults, and the move from the single account of earlier versions.
class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void workspacesAddRenameRemove();
    void activeWorkspaceFollowsRemoval();
    void preferencesSurviveARestart();
    void singleAccountBecomesAWorkspace();
    void legacyTeamKeepsItsKeychainEntry();
    void compatibleOriginCreatesAWorkspace();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestSettings::defaults()
{
    Settings settings(path(u"defaults.ini"_s));
    QVERIFY(settings.workspaces().isEmpty());
    QCOMPARE(settings.activeWorkspaceId(), QString());
    QVERIFY(!settings.activeWorkspace().isValid());
    QVERIFY(settings.origin().isEmpty());
    QCOMPARE(settings.thinking(), false);
    QCOMPARE(settings.streaming(), true);
    QCOMPARE(settings.model(), QString());
    QCOMPARE(settings.inactivityTimeoutSeconds(), Settings::DefaultTimeoutSeconds);
    QCOMPARE(settings.language(), QString());
}

void TestSettings::workspacesAddRenameRemove()
{
    Settings settings(path(u"workspaces.ini"_s));
    QSignalSpy changed(&settings, &Settings::workspacesChanged);
    QSignalSpy active(&settings, &Settings::activeWorkspaceChanged);
    const Workspace work =
        settings.addWorkspace(u"Work"_s, QUrl(u"https://hub.example.test"_s), u" team-1 "_s);
    const Workspace home = settings.addWorkspace(u""_s, QUrl(u"http://127.0.0.1:8000"_s));
    QVERIFY(work.isValid());
    QVERIFY(work.id != home.id);
    QCOMPARE(home.name, u"127.0.0.1"_s); // no name: the host
    QCOMPARE(changed.size(), 2);
    // The first one added became active; the second did not take over.
    QCOMPARE(active.size(), 1);
    QCOMPARE(settings.activeWorkspaceId(), work.id);
    QCOMPARE(settings.teamId(), u"team-1"_s);
    QCOMPARE(work.keychainEntry(), u"workspace/"_s + work.id);

    Workspace renamed = *settings.workspace(home.id);
    renamed.name = u"Local"_s;
    QVERIFY(settings.updateWorkspace(renamed));
    QCOMPARE(settings.workspace(home.id)->name, u"Local"_s);
    QCOMPARE(settings.workspace(home.id)->id, home.id); // the id never changes

    {
        Settings again(path(u"workspaces.ini"_s));
        const QList<Workspace> list = again.workspaces();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).name, u"Work"_s);
        QCOMPARE(list.at(0).origin, QUrl(u"https://hub.example.test"_s));
        QCOMPARE(list.at(1).name, u"Local"_s);
        QCOMPARE(again.activeWorkspaceId(), work.id);
    }

    QSignalSpy account(&settings, &Settings::accountChanged);
    settings.setActiveWorkspaceId(home.id);
    QCOMPARE(account.size(), 1);
    QCOMPARE(active.last().at(0).toString(), home.id);
    QCOMPARE(settings.origin(), QUrl(u"http://127.0.0.1:8000"_s));
    settings.setActiveWorkspaceId(u"no-such-id"_s);
    QCOMPARE(settings.activeWorkspaceId(), QString());
    QVERIFY(!settings.updateWorkspace(Workspace{u"no-such-id"_s, {}, {}, {}}));
}

void TestSettings::activeWorkspaceFollowsRemoval()
{
    Settings settings(path(u"removal.ini"_s));
    const Workspace a = settings.addWorkspace(u"A"_s, QUrl(u"https://a.example.test"_s));
    const Workspace b = settings.addWorkspace(u"B"_s, QUrl(u"https://b.example.test"_s));
    settings.setActiveWorkspaceId(b.id);
    QSignalSpy active(&settings, &Settings::activeWorkspaceChanged);
    QVERIFY(settings.removeWorkspace(b.id));
    QCOMPARE(settings.activeWorkspaceId(), a.id);
    QCOMPARE(active.size(), 1);
    QVERIFY(!settings.workspace(b.id));
    QVERIFY(!settings.removeWorkspace(b.id));
    QVERIFY(settings.removeWorkspace(a.id));
    QCOMPARE(settings.activeWorkspaceId(), QString());
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("example.test"));
}

void TestSettings::preferencesSurviveARestart()
{
    {
        Settings settings(path(u"preferences.ini"_s));
        QSignalSpy changed(&settings, &Settings::preferencesChanged);
        QSignalSpy language(&settings, &Settings::languageChanged);
        settings.setThinking(true);
        settings.setStreaming(false);
        settings.setModel(u" sim-large "_s);
        settings.setInactivityTimeoutSeconds(30);
        settings.setInactivityTimeoutSeconds(30); // unchanged: no signal
        settings.setLanguage(u"de"_s);
        settings.setKeepReasoningOpen(true);
        QCOMPARE(changed.size(), 4);
        QCOMPARE(language.size(), 1);
    }
    Settings settings(path(u"preferences.ini"_s));
    QCOMPARE(settings.thinking(), true);
    QCOMPARE(settings.streaming(), false);
    QCOMPARE(settings.model(), u"sim-large"_s);
    QCOMPARE(settings.inactivityTimeoutSeconds(), 30);
    QCOMPARE(settings.language(), u"de"_s);
    QCOMPARE(settings.keepReasoningOpen(), true);
}

void TestSettings::singleAccountBecomesAWorkspace()
{
    const QString file = path(u"version1.ini"_s);
    {
        QSettings old(file, QSettings::IniFormat);
        old.setValue(u"account/origin"_s, u"https://hub.example.test"_s);
        old.setValue(u"chat/model"_s, u"sim-large"_s);
    }
    {
        Settings settings(file);
        const QList<Workspace> list = settings.workspaces();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().name, u"hub.example.test"_s);
        QCOMPARE(list.first().origin, QUrl(u"https://hub.example.test"_s));
        QCOMPARE(list.first().teamId, QString());
        QCOMPARE(settings.activeWorkspaceId(), list.first().id);
        QCOMPARE(settings.legacyKeychainEntry(list.first().id), u"https://hub.example.test"_s);
        QCOMPARE(settings.model(), u"sim-large"_s);
    }
    // Once only: the old keys are gone and a second start adds nothing.
    Settings again(file);
    QCOMPARE(again.workspaces().size(), 1);
    QSettings raw(file, QSettings::IniFormat);
    QVERIFY(!raw.contains(u"account/origin"_s));
    QVERIFY(!raw.contains(u"account/teamId"_s));
    again.forgetLegacyKeychainEntry(again.activeWorkspaceId());
    QCOMPARE(again.legacyKeychainEntry(again.activeWorkspaceId()), QString());
}

void TestSettings::legacyTeamKeepsItsKeychainEntry()
{
    const QString file = path(u"version1-team.ini"_s);
    {
        QSettings old(file, QSettings::IniFormat);
        old.setValue(u"account/origin"_s, u"https://hub.example.test"_s);
        old.setValue(u"account/teamId"_s, u"team-7"_s);
    }
    Settings settings(file);
    QCOMPARE(settings.teamId(), u"team-7"_s);
    QCOMPARE(settings.legacyKeychainEntry(settings.activeWorkspaceId()),
             u"https://hub.example.test#team-7"_s);
}

void TestSettings::compatibleOriginCreatesAWorkspace()
{
    Settings settings(path(u"compatible.ini"_s));
    settings.setOrigin(QUrl(u"http://127.0.0.1:9"_s));
    QCOMPARE(settings.workspaces().size(), 1);
    settings.setTeamId(u"t"_s);
    settings.setOrigin(QUrl(u"http://127.0.0.1:10"_s));
    QCOMPARE(settings.workspaces().size(), 1);
    QCOMPARE(settings.activeWorkspace().origin, QUrl(u"http://127.0.0.1:10"_s));
    QCOMPARE(settings.teamId(), u"t"_s);
    // An empty origin leaves the workspace but makes none active (the demo server).
    settings.setOrigin(QUrl());
    QCOMPARE(settings.workspaces().size(), 1);
    QVERIFY(settings.origin().isEmpty());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
