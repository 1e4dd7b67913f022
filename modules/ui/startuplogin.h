#pragma once

#include "logindialog.h"

#include "store/loginfacts.h"
#include "store/stationkey.h"

#include <QObject>

#include <functional>

namespace ui {

// Tells once that the widget it watches was first painted (it is then on the screen).
class FirstPaint : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaint(QWidget *watched);

signals:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

StationInfo stationInfoFrom(const store::LoginFacts &facts);

// The start of a station whose login facts are known: shows `login` (waiting for the database),
// waits until it is painted, calls `shown`, and only then runs `open` (the keychain's D-Bus round
// trip and the database's opening), while the window is up and the person can type. What `open`
// returns is returned as is: a missing or wrong key still leads to the recovery dialog.
store::StationOpening openBehindLogin(LoginDialog &login, const std::function<store::StationOpening()> &open,
                                      const std::function<void()> &shown = {});

} // namespace ui
