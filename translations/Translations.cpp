// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

QString install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    static QTranslator *own = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator *old : {own, qt}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    own = new QTranslator(QCoreApplication::instance());
    qt = new QTranslator(QCoreApplication::instance());
    QString used = QStringLiteral("en");
    if (own->load(
            locale, QStringLiteral("pharen"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        used = own->language().section(u'_', 0, 0);
    }
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    QLocale::setDefault(locale);
    return used;
}

} // namespace Translations
