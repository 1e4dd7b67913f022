#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace i18n {

QString defaultLanguage()
{
    return QStringLiteral("zh_CN");
}

namespace {
bool g_english = false; // set once at start (and by tests switching languages), read by the UI
// What install() put in, so that the next call takes it out: switching to English after Chinese
// left the Chinese translators installed, and every string stayed Chinese.
QList<QPointer<QTranslator>> g_installed;
} // namespace

bool english()
{
    return g_english;
}

bool install(QCoreApplication &app, const QString &language)
{
    for (const QPointer<QTranslator> &installed : std::as_const(g_installed))
        if (installed) {
            QCoreApplication::removeTranslator(installed);
            delete installed.data();
        }
    g_installed.clear();
    g_english = language.startsWith(QLatin1String("en"));
    if (g_english) {
        QLocale::setDefault(QLocale::system()); // as before any language was installed
        return true;                            // English is the source language
    }
    QLocale::setDefault(QLocale(language));
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_") + language,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        g_installed << qtTranslator;
    } else {
        delete qtTranslator;
    }
    auto *ours = new QTranslator(&app);
    if (!ours->load(QStringLiteral(":/i18n/appraisal_") + language + QStringLiteral(".qm"))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    g_installed << ours;
    return true;
}

} // namespace i18n
