#pragma once

#include "hubservice.h"

#include <QJsonObject>

namespace venue {

// At the hub: the last health report of every enrolled station (docs/venue-protocol.md, "Health"),
// for the venue admin's health page (command `venue_health`) and GET /api/v1/health.
class HubHealth
{
public:
    // What a report may hold; larger parts are refused or cut.
    static constexpr int kMaxChecks = 32;
    static constexpr int kMaxNameChars = 64;
    static constexpr int kMaxTextChars = 500;
    static constexpr int kMaxReportBytes = 32 * 1024;
    static constexpr int kMaxStations = 200; // listed in a summary

    explicit HubHealth(store::Database &database);

    // Keeps the station's report; empty when kept, otherwise why it was refused (nothing is kept).
    QString record(const StationIdentity &station, const QJsonObject &report, qint64 reportBytes);
    // {"level","stations_total","stations":[{"station","role","level","received_at","stale",
    //  "checks"|"problems"}]}: `level` is the worst of the stations; a station not heard of for
    // health.station_stale_minutes counts as at least a warning. With `fullChecks` every check and
    // its advice, otherwise only the checks that are not ok, without advice.
    QJsonObject summary(bool fullChecks) const;

private:
    store::Database &m_database;
};

} // namespace venue
