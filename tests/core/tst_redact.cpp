// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiError.h"
#include "Log.h"

#include <QTest>
#include <QUuid>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

// The registry of known keys and the scrubbing built on it: every registered key goes, whatever
// surrounds it; a Bearer credential or a phk_ key goes even when unknown; prose stays readable.
// A server's error that quotes the key reaches no text of ApiError.
class TestRedact : public QObject
{
    Q_OBJECT

private slots:
    void scrubSecrets_data();
    void scrubSecrets();
    void forgottenSecretIsNoLongerScrubbed();
    void registryIsSafeAcrossThreads();
    void serverErrorQuotingTheKey_data();
    void serverErrorQuotingTheKey();
    void savedErrorIsScrubbedWhenShown();

private:
    static QString newKey() { return u"sk-redact-"_s + QUuid::createUuid().toString(QUuid::Id128); }
};

void TestRedact::scrubSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("registered key alone") << u"KEY"_s << u"[redacted]"_s;
    QTest::newRow("registered key twice") << u"KEY and KEY."_s << u"[redacted] and [redacted]."_s;
    QTest::newRow("the header quoted")
        << u"Authorization: Bearer KEY"_s << u"Authorization: Bearer [redacted]"_s;
    QTest::newRow("a longer key containing the known one")
        << u"LONGER"_s << u"[redacted]"_s; // both are registered: no tail is left
    QTest::newRow("an unknown phk_ key")
        << u"key phk_abc-DEF_123 revoked"_s << u"key [redacted] revoked"_s;
    QTest::newRow("an unknown Bearer credential")
        << u"got bearer dGhpcyBpcyBhIHRva2Vu== here"_s << u"got bearer [redacted] here"_s;
    QTest::newRow("Bearer in prose")
        << u"Expected a Bearer token."_s << u"Expected a Bearer token."_s;
    QTest::newRow("Bearer authentication in prose")
        << u"Use Bearer authentication"_s << u"Use Bearer authentication"_s;
    QTest::newRow("nothing secret") << u"Agent not found"_s << u"Agent not found"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestRedact::scrubSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString key = newKey();
    const QString longer = key + u"-and-more"_s;
    Redact::registerSecret(key);
    Redact::registerSecret(longer);
    Redact::registerSecret(key); // twice: kept once, forgotten once below
    text.replace(u"LONGER"_s, longer).replace(u"KEY"_s, key);
    QCOMPARE(Redact::scrubSecrets(text), expected);
    Redact::forgetSecret(key);
    Redact::forgetSecret(longer);
}

void TestRedact::forgottenSecretIsNoLongerScrubbed()
{
    const QString key = newKey();
    Redact::registerSecret(key);
    QCOMPARE(Redact::scrubSecrets(key), u"[redacted]"_s);
    Redact::forgetSecret(key);
    QCOMPARE(Redact::scrubSecrets(key), key);
    Redact::registerSecret(QString()); // ignored: would otherwise match everywhere
    QCOMPARE(Redact::scrubSecrets(u"abc"_s), u"abc"_s);
}

void TestRedact::registryIsSafeAcrossThreads()
{
    const QString kept = newKey();
    Redact::registerSecret(kept);
    std::atomic_int leaks = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        // Two threads change the registry all along; two scrub a line holding the kept key.
        threads.emplace_back([t, &kept, &leaks] {
            for (int i = 0; i < 2000; ++i) {
                if (t < 2) {
                    const QString other = kept + QString::number(t * 10000 + i);
                    Redact::registerSecret(other);
                    Redact::forgetSecret(other);
                } else if (Redact::scrubSecrets(u"line with "_s + kept).contains(kept)) {
                    ++leaks;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(leaks.load(), 0);
    Redact::forgetSecret(kept);
}

void TestRedact::serverErrorQuotingTheKey_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("401 error object")
        << 401 << QByteArray(R"({"error":{"code":"QUOTE","message":"bad QUOTE"}})");
    QTest::newRow("400 validation naming a field")
        << 400
        << QByteArray(R"({"error":{"code":"validation_error","message":"QUOTE",)"
                      R"("details":{"field":"QUOTE"}}})");
    QTest::newRow("400 field errors") << 400 << QByteArray(R"({"QUOTE":["QUOTE is wrong"]})");
    QTest::newRow("403 message") << 403 << QByteArray(R"({"message":"QUOTE"})");
    QTest::newRow("404 detail") << 404 << QByteArray(R"({"detail":"QUOTE"})");
    QTest::newRow("429 error string") << 429 << QByteArray(R"({"error":"QUOTE"})");
    QTest::newRow("500 error string") << 500 << QByteArray(R"({"error":"QUOTE"})");
}

void TestRedact::serverErrorQuotingTheKey()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const QString key = newKey();
    Redact::registerSecret(key);
    const QByteArray header = "Authorization: Bearer " + key.toUtf8();
    for (const QByteArray &quote : {key.toUtf8(), header}) {
        const ApiError error = ApiError::fromResponse(
            status, QByteArray(body).replace("QUOTE", quote), {}, {}, QDateTime::currentDateTime());
        QVERIFY(error.isError());
        for (const QString &text : {error.describe(), error.serverMessage, error.code, error.field})
            QVERIFY2(!text.contains(key), qPrintable(QString(text).replace(key, u"<key>"_s)));
        QVERIFY(error.describe().contains(u"[redacted]"_s));
    }
    const ApiError event = ApiError::ofKind(ApiError::Kind::AnswerError, u"stopped: "_s + key);
    QCOMPARE(event.serverMessage, u"stopped: [redacted]"_s);
    Redact::forgetSecret(key);
}

void TestRedact::savedErrorIsScrubbedWhenShown()
{
    // As a conversation saved before the key was known comes back from the database.
    const QString key = newKey();
    ApiError saved;
    saved.kind = ApiError::Kind::Server;
    saved.status = 500;
    saved.serverMessage = u"upstream said "_s + key;
    Redact::registerSecret(key);
    QVERIFY(!saved.describe().contains(key));
    Redact::forgetSecret(key);
}

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
