#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QWidget>

namespace ui {

namespace {

QString settingsKey(const QString &key)
{
    return QStringLiteral("layout/%1").arg(key);
}

} // namespace

QRect availableArea(const QWidget &window)
{
    const QScreen *screen = window.screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
}

bool isCompactScreen(const QWidget &widget)
{
    const QRect area = availableArea(widget);
    // By height: 1366×768 at 150 % leaves 512 logical pixels, 1920×1080 at 150 % 720, and the
    // test platform's default screen 600.
    return area.height() < 600;
}

void fitToScreen(QWidget &window, QSize preferred)
{
    const QRect area = availableArea(window);
    // The window manager adds a title bar and borders around the client area.
    const QSize frame = window.frameGeometry().size() - window.geometry().size();
    const QSize room(area.width() - std::max(frame.width(), 0), area.height() - std::max(frame.height(), 32));
    const QSize size = preferred.boundedTo(room);
    window.resize(size);
    window.move(area.center() - QPoint(size.width() / 2, size.height() / 2));
}

void rememberSplitter(QSplitter &splitter, const QString &key)
{
    const QByteArray saved = QSettings().value(settingsKey(key)).toByteArray();
    if (!saved.isEmpty())
        splitter.restoreState(saved);
    QObject::connect(&splitter, &QSplitter::splitterMoved, &splitter,
                     [&splitter, key] { QSettings().setValue(settingsKey(key), splitter.saveState()); });
}

} // namespace ui
