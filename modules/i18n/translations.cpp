#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace i18n {

QString defaultLanguage()
{
    return QStringLiteral("zh_CN");
}

bool install(QCoreApplication &app, const QString &language)
{
    if (language.startsWith(QLatin1String("en")))
        return true; // English is the source language
    QLocale::setDefault(QLocale(language));
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_") + language,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *ours = new QTranslator(&app);
    if (!ours->load(QStringLiteral(":/i18n/appraisal_") + language + QStringLiteral(".qm")))
        return false;
    QCoreApplication::installTranslator(ours);
    return true;
}

} // namespace i18n
