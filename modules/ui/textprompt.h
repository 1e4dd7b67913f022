#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QInputDialog;
class QWidget;

namespace ui {

// The station's short questions (a reason to pause a room, to start a new version of an opinion,
// to override another room's calls, a queue number, a walk-in's name …) as input dialogs that fit
// any screen the station runs on: the question wraps instead of widening the dialog past a
// 1366×768 screen at 150 % (911×512 logical pixels), and the answer field is wide enough to read
// a sentence. `objectName` names the dialog for tests and screenshots.
QInputDialog *createTextPrompt(QWidget *parent, const QString &objectName, const QString &title,
                               const QString &question);

// Asks and waits; nothing when the person cancels.
std::optional<QString> askText(QWidget *parent, const QString &objectName, const QString &title,
                               const QString &question);
std::optional<QString> askChoice(QWidget *parent, const QString &objectName, const QString &title,
                                 const QString &question, const QStringList &choices);

} // namespace ui
