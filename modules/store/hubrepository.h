#pragma once

#include "database.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace store {

// One row of the hub's event stream (table hub_events): the sequence number stations replay from.
struct HubEventRow {
    qint64 seq = 0;
    QJsonObject data;
};

// An enrolled station as the hub knows it (table hub_stations); only the token's hash is kept.
struct HubStationRow {
    QString station;
    QString role; // desk | room | display
};

// The venue hub's own tables: the commands it answered (hub_commands, one per idempotency key),
// its ordered event stream (hub_events), one-time enrolment codes (hub_codes) and the enrolled
// stations (hub_stations). Codes and tokens arrive here as SHA-256 hashes, never in clear. Every
// write runs inside the caller's transaction (venue::HubService decides them).
class HubRepository
{
public:
    explicit HubRepository(Database &database);

    // The stored result of the command with this idempotency key, when it was answered before.
    std::optional<QJsonObject> commandResult(const QString &key) const;
    core::Status rememberCommand(const QString &key, const QString &station, const QString &name,
                                 const QJsonObject &result, const QDateTime &at);

    // Appends an event; its sequence number comes back.
    core::Result<qint64> appendEvent(const QJsonObject &data, const QDateTime &at);
    QList<HubEventRow> eventsSince(qint64 seq, int limit) const; // in sequence order
    qint64 latestSeq() const;                                    // 0 before the first event

    core::Status saveEnrolmentCode(const QString &codeSha256, const QDateTime &expiresAt);
    // Marks an unused, unexpired code as used by `station`; false when there is no such code.
    bool useEnrolmentCode(const QString &codeSha256, const QString &station, const QDateTime &now);
    core::Status enrolStation(const QString &tokenSha256, const QString &station, const QString &role,
                              const QDateTime &at);
    std::optional<HubStationRow> stationForToken(const QString &tokenSha256) const;

private:
    Database &m_database;
};

} // namespace store
