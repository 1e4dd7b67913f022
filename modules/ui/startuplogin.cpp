#include "startuplogin.h"

#include <QEvent>
#include <QEventLoop>
#include <QTimer>

namespace ui {

FirstPaint::FirstPaint(QWidget *watched) : QObject(watched)
{
    watched->installEventFilter(this);
}

bool FirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        emit painted();
    }
    return QObject::eventFilter(watched, event);
}

StationInfo stationInfoFrom(const store::LoginFacts &facts)
{
    StationInfo info;
    info.venueName = facts.venueName;
    info.batchId = facts.batchId;
    info.batchDay = facts.batchDay;
    return info;
}

store::StationOpening openBehindLogin(LoginDialog &login, const std::function<store::StationOpening()> &open,
                                      const std::function<void()> &shown)
{
    {
        QEventLoop untilPainted;
        auto *painted = new FirstPaint(&login);
        QObject::connect(painted, &FirstPaint::painted, &untilPainted, &QEventLoop::quit,
                         Qt::QueuedConnection);
        // A window that is never painted (a locked screen) must not hold the start up.
        QTimer::singleShot(2000, &untilPainted, &QEventLoop::quit);
        login.show();
        untilPainted.exec();
        delete painted;
    }
    if (shown)
        shown();
    return open();
}

} // namespace ui
