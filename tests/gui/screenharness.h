#pragma once

// Runs a GUI suite on an offscreen screen of a chosen size, as a real PC of that size shows it.
// APPRAISAL_TEST_SCREEN="1366x768" (default) or "1920x1080"; QT_SCALE_FACTOR scales as on a PC
// set to 150 %. The offscreen platform reads the screen from a configuration file written here.

#include "i18n/translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QRect>
#include <QScreen>
#include <QSize>
#include <QTest>
#include <QTranslator>
#include <QWidget>

namespace screenharness {

// The application's translations and default locale switched to `language` ("en" or "zh_CN"), as
// the station installs them at start; false when the catalogue could not be installed.
inline bool useLanguage(const QString &language)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const bool english = language == QLatin1String("en");
    QLocale::setDefault(QLocale(english ? QLocale::English : QLocale::Chinese,
                                english ? QLocale::UnitedStates : QLocale::China));
    return i18n::install(*qApp, language);
}

inline QSize requestedScreen()
{
    const QString spec = qEnvironmentVariable("APPRAISAL_TEST_SCREEN", QStringLiteral("1366x768"));
    const QStringList parts = spec.split(QLatin1Char('x'));
    if (parts.size() != 2)
        return {1366, 768};
    return {parts.at(0).toInt(), parts.at(1).toInt()};
}

// Before QApplication: points the offscreen platform at a screen of the requested size.
inline void configureScreen()
{
    const QSize size = requestedScreen();
    const QString path = QDir::temp().filePath(QStringLiteral("appraisal-screen-%1x%2-%3.json")
                                                   .arg(size.width())
                                                   .arg(size.height())
                                                   .arg(QCoreApplication::applicationPid()));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QStringLiteral(R"({"screens": [{"name": "test", "x": 0, "y": 0, "width": %1, "height": %2,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                       .arg(size.width())
                       .arg(size.height())
                       .toUtf8());
    qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(path).toLocal8Bit());
}

// Where a widget is, in its window's coordinates.
inline QRect inWindow(const QWidget &widget)
{
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size());
}

// Whether a person sees the whole control: shown, inside the window, not clipped by a scroll area
// or a splitter, and not squeezed to nothing.
inline QString whyNotUsable(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("missing");
    if (!widget->isVisible())
        return QStringLiteral("hidden");
    const QRect window = widget->window()->rect();
    if (!window.contains(inWindow(*widget)))
        return QStringLiteral("outside the window: %1,%2 %3x%4 in %5x%6")
            .arg(inWindow(*widget).x())
            .arg(inWindow(*widget).y())
            .arg(widget->width())
            .arg(widget->height())
            .arg(window.width())
            .arg(window.height());
    if (widget->visibleRegion().boundingRect() != widget->rect())
        return QStringLiteral("partly covered or clipped");
    if (widget->width() < 24 || widget->height() < 12)
        return QStringLiteral("squeezed to %1x%2").arg(widget->width()).arg(widget->height());
    return {};
}

} // namespace screenharness

// QTEST_MAIN with the screen configured first.
#define SCREEN_TEST_MAIN(TestObject)                                                                         \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        screenharness::configureScreen();                                                                    \
        QApplication app(argc, argv);                                                                        \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                             \
        TestObject test;                                                                                     \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
