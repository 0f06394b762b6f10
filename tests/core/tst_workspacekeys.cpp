// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyFile.h"
#include "KeyStore.h"
#include "Settings.h"
#include "WorkspaceKeys.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The order a workspace's key is looked up in and where it moves, against the real Secret Service
// of the test's D-Bus session (packaging/with-keyring.sh).
class TestWorkspaceKeys : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savedKeyIsFoundByTheNextSession();
    void keyInAFileMovesIntoTheKeychain();
    void forgottenKeyIsGoneEverywhere();
    void twoWorkspacesKeepTheirOwnKeys();
    void keyWithAControlCharacterIsRefused();
    void keyFileThatIsNotOursIsLeftAlone();
    void keyFileIsMadePrivateAgain();

private:
    // A session as the app starts one: a new object over the same settings and keychain.
    std::unique_ptr<WorkspaceKeys> newSession()
    {
        return std::make_unique<WorkspaceKeys>(
            m_settings.get(), &m_keychain, m_dir->filePath(u"keys.json"_s));
    }
    static QString findNow(WorkspaceKeys &keys, const QString &workspaceId, bool *missing);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    KeyStore m_keychain{u"Pharen Chat Tests"_s};
    Workspace m_a;
    Workspace m_b;
};

void TestWorkspaceKeys::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    m_a = m_settings->addWorkspace(u"A"_s, QUrl(u"http://127.0.0.1:9"_s));
    m_b = m_settings->addWorkspace(u"B"_s, QUrl(u"http://127.0.0.1:10"_s));
}

void TestWorkspaceKeys::cleanup()
{
    QSignalSpy removed(&m_keychain, &KeyStore::keyRemoved);
    m_keychain.remove(m_a.keychainEntry());
    m_keychain.remove(m_b.keychainEntry());
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 2, 10000);
}

QString TestWorkspaceKeys::findNow(WorkspaceKeys &keys, const QString &workspaceId, bool *missing)
{
    QSignalSpy found(&keys, &WorkspaceKeys::found);
    QSignalSpy absent(&keys, &WorkspaceKeys::missing);
    keys.find(workspaceId);
    if (!QTest::qWaitFor([&] { return found.size() + absent.size() > 0; }, 10000))
        return u"(no answer)"_s;
    *missing = !absent.isEmpty();
    if (found.isEmpty())
        return {};
    if (found.first().at(0).toString() != workspaceId)
        return u"(another workspace's key)"_s;
    return found.first().at(1).toString();
}

void TestWorkspaceKeys::savedKeyIsFoundByTheNextSession()
{
    auto first = newSession();
    bool missing = false;
    QCOMPARE(findNow(*first, m_a.id, &missing), QString());
    QVERIFY(missing);
    QSignalSpy saved(first.get(), &WorkspaceKeys::saved);
    first->save(m_a.id, u"phk_first"_s);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QCOMPARE(first->known().value(m_a.id), u"phk_first"_s);
    // Replaced, then read by a session that has never seen it.
    first->save(m_a.id, u"phk_second"_s);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 10000);
    auto next = newSession();
    QVERIFY(next->known().isEmpty());
    QCOMPARE(findNow(*next, m_a.id, &missing), u"phk_second"_s);
    QVERIFY(!missing);
    QVERIFY(!QFile::exists(next->filePath()));
}

void TestWorkspaceKeys::keyInAFileMovesIntoTheKeychain()
{
    KeyFile file(m_dir->filePath(u"keys.json"_s));
    QVERIFY(file.write(m_a.keychainEntry(), u"phk_from_file"_s));
    auto keys = newSession();
    QVERIFY(keys->isInFile(m_a.id));
    QSignalSpy moved(keys.get(), &WorkspaceKeys::movedFromFile);
    bool missing = false;
    QCOMPARE(findNow(*keys, m_a.id, &missing), u"phk_from_file"_s);
    keys->moveFileKeys();
    QTRY_COMPARE_WITH_TIMEOUT(moved.size(), 1, 10000);
    QCOMPARE(moved.first().at(1).toString(), QString()); // no problem removing the copy
    QVERIFY(!keys->isInFile(m_a.id));
    QVERIFY(!QFile::exists(file.path()));
    QCOMPARE(findNow(*newSession(), m_a.id, &missing), u"phk_from_file"_s);
}

void TestWorkspaceKeys::forgottenKeyIsGoneEverywhere()
{
    auto keys = newSession();
    QSignalSpy saved(keys.get(), &WorkspaceKeys::saved);
    keys->save(m_a.id, u"phk_to_forget"_s);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QString problem;
    QVERIFY2(keys->keepInFile(m_a.id, &problem), qPrintable(problem));
    QVERIFY(keys->isInFile(m_a.id));
    keys->forget(m_a.id);
    QVERIFY(!keys->known().contains(m_a.id));
    QVERIFY(!keys->isInFile(m_a.id));
    bool missing = false;
    QCOMPARE(findNow(*newSession(), m_a.id, &missing), QString());
    QVERIFY(missing);
}

void TestWorkspaceKeys::twoWorkspacesKeepTheirOwnKeys()
{
    auto keys = newSession();
    QSignalSpy saved(keys.get(), &WorkspaceKeys::saved);
    keys->save(m_a.id, u"phk_of_a"_s);
    keys->save(m_b.id, u"phk_of_b"_s);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 10000);
    auto next = newSession();
    bool missing = false;
    QCOMPARE(findNow(*next, m_b.id, &missing), u"phk_of_b"_s);
    QCOMPARE(findNow(*next, m_a.id, &missing), u"phk_of_a"_s);
}

void TestWorkspaceKeys::keyWithAControlCharacterIsRefused()
{
    // Some keychains keep a C string: a NUL would cut the key short and still report it saved.
    const QString key = u"phk_before"_s + QChar(0) + u"after"_s;
    QVERIFY(!KeyStore::refusalFor(key, KeyStore::PlatformMaxKeyBytes).isEmpty());
    QVERIFY(!KeyStore::refusalFor(u"phk_tab\there"_s, KeyStore::PlatformMaxKeyBytes).isEmpty());
    auto keys = newSession();
    QSignalSpy saved(keys.get(), &WorkspaceKeys::saved);
    QSignalSpy notSaved(keys.get(), &WorkspaceKeys::notSaved);
    keys->save(m_a.id, key);
    QTRY_COMPARE_WITH_TIMEOUT(notSaved.size(), 1, 10000);
    QVERIFY(notSaved.first().at(1).toString().contains(u"control character"_s));
    QVERIFY(!notSaved.first().at(1).toString().contains(key));
    QCOMPARE(saved.size(), 0);
    bool missing = false;
    QCOMPARE(findNow(*newSession(), m_a.id, &missing), QString());
    QVERIFY(missing);
}

void TestWorkspaceKeys::keyFileThatIsNotOursIsLeftAlone()
{
    // A damaged file may still hold another workspace's key, and a link points somewhere else:
    // neither is written over, and the user is told why.
    const QString path = m_dir->filePath(u"keys.json"_s);
    const QByteArray damaged = R"({"workspace/other":"phk_other_key",)";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damaged);
    }
    auto keys = newSession();
    keys->save(m_a.id, u"phk_mine"_s);
    QString problem;
    QVERIFY(!keys->keepInFile(m_a.id, &problem));
    QVERIFY(problem.contains(u"left as it is"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), damaged);
    file.close();

    QVERIFY(QFile::remove(path));
    const QString target = m_dir->filePath(u"elsewhere.json"_s);
    QVERIFY(KeyFile(target).write(u"workspace/other"_s, u"phk_other_key"_s));
    QVERIFY(QFile::link(target, path));
    QVERIFY(!keys->keepInFile(m_a.id, &problem));
    QCOMPARE(KeyFile(target).read(m_a.keychainEntry()), QString());
    QCOMPARE(KeyFile(path).read(u"workspace/other"_s), QString()); // not followed for reading
}

void TestWorkspaceKeys::keyFileIsMadePrivateAgain()
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QString path = m_dir->filePath(u"keys.json"_s);
    KeyFile file(path);
    QVERIFY(file.write(m_a.keychainEntry(), u"phk_private"_s));
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    // Widened by something else: made private again when it is next read.
    QVERIFY(QFile::setPermissions(path,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(file.read(m_a.keychainEntry()), u"phk_private"_s);
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TestWorkspaceKeys)
#include "tst_workspacekeys.moc"
