#pragma once

#include "services.h"

#include <QStatusBar>

class QLabel;

namespace ui {

// Who is logged in, where, whether the database is healthy, and the network state.
class StationStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    StationStatusBar(const accounts::Session &session, const StationInfo &station, QWidget *parent = nullptr);
    void showHealth(const store::HealthReport &health);
    // The sync line: not set up / syncing / online / offline / error, and what is waiting.
    void showSync(const QString &text, bool problem);
    bool alarmRaised() const { return m_alarm; }

private:
    QLabel *m_database = nullptr;
    QLabel *m_network = nullptr;
    bool m_alarm = false;
};

} // namespace ui
