#pragma once

#include <QRect>
#include <QSize>
#include <QString>

class QSplitter;
class QWidget;

namespace ui {

// What a window may occupy on the screen it is (or will be) on: the screen's available geometry,
// i.e. without panels and docks.
QRect availableArea(const QWidget &window);

// Whether the widget's screen has little room: under 600 logical pixels high, as a 1366×768
// screen at 150 % (911×512). Pages then drop their explanatory subtitles (kept as the
// title's tooltip) and give way in what can wait, so that the controls used on every case (call
// next, sign and submit, conclude) stay on the screen without scrolling.
bool isCompactScreen(const QWidget &widget);

// Sizes a top-level window to `preferred`, but never larger than the available area of its screen
// (a 1366×768 PC, 150 % scaling), and centres it there.
void fitToScreen(QWidget &window, QSize preferred);

// Restores a splitter's sizes from the station's layout memory and saves them whenever the person
// moves the divider. `key` names the splitter ("exam/body"); the layout is per station user
// account of the operating system, not synced: it describes this screen.
void rememberSplitter(QSplitter &splitter, const QString &key);

} // namespace ui
