#pragma once

#include "services.h"

#include "health/report.h"

#include <QStatusBar>

namespace ui {

class ElidingLabel;

// Who is logged in, where, whether the database is healthy, and the network state. Each item has a
// short form (the name, "Database OK", "Sync error") shown whole when the screen is too narrow for
// the whole line (1366×768 at 150 % is 911 pixels wide); the whole line is in its tooltip.
class StationStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    StationStatusBar(const accounts::Session &session, const StationInfo &station, QWidget *parent = nullptr);
    void showHealth(const store::HealthReport &health);
    // The sync line: not set up / syncing / online / offline / error, and what is waiting.
    void showSync(const QString &text, const QString &shortText, bool problem);
    // The venue hub line of a LAN station (hidden on one PC): connected, connecting, not reachable
    // or refused, and how many of this station's commands wait for the hub.
    void showHub(venue::HubClient::State state, int waitingCommands, const QString &lastError);
    // The station's worst health level (colour and words), every check in the tooltip. Clicking it
    // asks for the health page (venue admin).
    void showStationHealth(const health::Report &report);
    bool alarmRaised() const { return m_alarm; }

signals:
    void healthClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ElidingLabel *m_database = nullptr;
    ElidingLabel *m_network = nullptr;
    ElidingLabel *m_hub = nullptr;
    ElidingLabel *m_health = nullptr;
    bool m_alarm = false;
};

} // namespace ui
