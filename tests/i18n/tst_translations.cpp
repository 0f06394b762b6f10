// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The catalogues compiled into the program: German for everything, English for plurals, and no
// string left untranslated in the German source catalogue.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanIsComplete();
    void germanIsInstalled();
    void englishPluralsReadWell();
};

void TestTranslations::germanIsComplete()
{
    QFile catalogue(qEnvironmentVariable("PHAREN_SOURCE_DIR") + u"/translations/pharen_de.ts"_s);
    QVERIFY(catalogue.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(catalogue.readAll());
    QVERIFY(text.count(u"<message"_s) > 50);
    QCOMPARE(text.count(u"type=\"unfinished\""_s), 0);
    QCOMPARE(text.count(u"<translation></translation>"_s), 0);
    // The service's own German pages say "du"; so does this app.
    static const QRegularExpression formal(u"\\b(Sie|Ihr|Ihre|Ihren|Ihnen)\\b"_s);
    const QStringList translations = text.split(u"<translation"_s).mid(1);
    for (const QString &translation : translations) {
        const QString body = translation.section(u"</translation>"_s, 0, 0);
        QVERIFY2(!formal.match(body).hasMatch(), qPrintable(body));
    }
}

void TestTranslations::germanIsInstalled()
{
    QCOMPARE(Translations::install(u"de"_s), u"de"_s);
    QCOMPARE(QCoreApplication::translate("Composer", "Send"), u"Senden"_s);
    QCOMPARE(QCoreApplication::translate("KeyStore",
                                         "The system keychain did not answer within %n second(s); "
                                         "it may be locked.",
                                         nullptr,
                                         5),
             u"Der Schlüsselbund des Systems hat nicht innerhalb von 5 Sekunden geantwortet; "
             "er ist möglicherweise gesperrt."_s);
}

void TestTranslations::englishPluralsReadWell()
{
    Translations::install(u"en"_s);
    const char *source = "Rate limited: you can send again in %n second(s).";
    QCOMPARE(QCoreApplication::translate("Composer", source, nullptr, 1),
             u"Rate limited: you can send again in 1 second."_s);
    QCOMPARE(QCoreApplication::translate("Composer", source, nullptr, 3),
             u"Rate limited: you can send again in 3 seconds."_s);
    QCOMPARE(QCoreApplication::translate("Composer", "Send"), u"Send"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
