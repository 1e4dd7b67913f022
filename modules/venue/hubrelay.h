#pragma once

#include "hubservice.h"

#include <QByteArray>

namespace venue {

inline constexpr char kSyncPath[] = "/api/v1/sync/batches";

// The hub as its stations' sync server (docs/venue-protocol.md, "Forwarding"): a station posts its
// outbox in the sync protocol's batches (docs/sync-protocol.md) with its venue token; each record
// is kept in the hub's outbox as it came (same id, version, predecessor and payload bytes, origin:
// the station) in one transaction with the rest of its batch, and the hub's own uploader takes it
// to the central system with the hub's records. A record answered "stored" is on the hub's disk.
class HubRelay
{
public:
    HubRelay(HubService &service, store::Database &database, qint64 maxBodyBytes = 16 * 1024 * 1024);

    struct Reply {
        int status = 200;
        QByteArray body; // JSON: the per-record results, or {"error": …}
        int retryAfterSeconds = 0;
    };
    Reply handle(const QString &bearerToken, QByteArray body, bool gzipped);

private:
    HubService &m_service;
    store::Database &m_database;
    qint64 m_maxBodyBytes;
};

} // namespace venue
