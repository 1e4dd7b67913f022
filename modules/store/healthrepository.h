#pragma once

#include "database.h"
#include "syncrunlog.h"

#include <QDateTime>
#include <QJsonArray>

#include <optional>

namespace store {

// A value a health check observed and keeps between evaluations, with when it was observed.
struct HealthObservation {
    QString value;
    QDateTime at;
};

// At a venue hub: the last health report of one enrolled station.
struct StationHealthRow {
    QString station;
    QString role;
    QString level;     // ok | warning | critical
    QJsonArray checks; // [{name, level, value, advice}] as the station sent them (bounded by the hub)
    QDateTime receivedAt;
};

// The statements behind the station health checks (modules/health). Each one costs the same
// whatever the history: an index seek, a LIMIT 1 or a table that holds one row per key.
class HealthRepository
{
public:
    explicit HealthRepository(Database &database);

    // When the oldest record still waiting for upload was written (index outbox_pending), if any.
    std::optional<QDateTime> oldestPendingRecord() const;
    // Venue commands given at this station and not yet answered by the hub (at most `cap` counted).
    qint64 hubCommandsWaiting(qint64 cap = 100000) const;
    std::optional<LastSyncRun> lastSyncRun() const; // SyncRunLog::last
    // True when the station holds anything worth a backup (an outbox row: every domain write has one).
    bool holdsRecords() const;

    // The station clock's offset from a server's (seconds, server minus station), read from the
    // Date header of a reply; `source` is "hub" or "central".
    struct ClockOffset {
        qint64 seconds = 0;
        QString source;
        QDateTime at;
    };
    core::Status recordClockOffset(qint64 seconds, const QString &source, const QDateTime &at);
    std::optional<ClockOffset> clockOffset() const;

    core::Status setObservation(const QString &name, const QString &value, const QDateTime &at);
    std::optional<HealthObservation> observation(const QString &name) const;

    // At the hub.
    core::Status saveStationHealth(const StationHealthRow &row);
    // Ordered by station name, at most `limit`.
    QList<StationHealthRow> stationHealth(int limit) const;
    qint64 stationsReporting() const;

private:
    Database &m_database;
};

// A HTTP-date (RFC 9110 5.6.7, IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT") in UTC; nullopt when
// the text is not one.
std::optional<QDateTime> parseHttpDate(const QByteArray &text);
QByteArray formatHttpDate(const QDateTime &time);

} // namespace store
