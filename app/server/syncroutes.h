#pragma once

#include "syncserver/serverstore.h"

namespace httpd {
class Server;
}

namespace server {

struct SyncLimits {
    qint64 maxBodyBytes = 16 * 1024 * 1024; // after gzip decoding too
    QString maintenanceFlag;                // while this file exists: 503 with Retry-After
    int retryAfterSeconds = 120;
};

// POST /api/v1/sync/batches (docs/sync-protocol.md): bearer token → station; a result for every
// record. The token and maintenance are decided from the headers, the size from Content-Length (or
// while a chunked body streams), before the body is read. Refusals: 401 no or unknown token
// (with WWW-Authenticate: Bearer), 403 another station's batch, 413 too large, 400
// malformed (with a message), 409 a batch id reused for other content, 503 + Retry-After in
// maintenance or when the database fails.
void addSyncRoutes(httpd::Server &server, syncserver::ServerStore &store, const SyncLimits &limits);

} // namespace server
