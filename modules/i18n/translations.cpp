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

namespace {
bool g_english = false; // set once at start (and by tests switching languages), read by the UI
} // namespace

bool english()
{
    return g_english;
}

bool install(QCoreApplication &app, const QString &language)
{
    g_english = language.startsWith(QLatin1String("en"));
    if (g_english)
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
