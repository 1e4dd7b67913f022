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

// Sizes a top-level window to `preferred`, but never larger than the available area of its screen
// (a 1366×768 PC, 150 % scaling), and centres it there.
void fitToScreen(QWidget &window, QSize preferred);

// Restores a splitter's sizes from the station's layout memory and saves them whenever the person
// moves the divider. `key` names the splitter ("exam/body"); the layout is per station user
// account of the operating system, not synced: it describes this screen.
void rememberSplitter(QSplitter &splitter, const QString &key);

} // namespace ui
