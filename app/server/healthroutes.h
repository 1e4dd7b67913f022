#pragma once

#include "syncserver/serverstore.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace httpd {
class Server;
}

namespace server {

struct ServerInfo {
    QString mode; // "central" or "hub"
    QString version;
    std::function<syncserver::Health()> health; // record and batch counts; none: not reported
    // Hub mode: the venue's stations' health (venue::HubHealth::summary); none: not reported.
    std::function<QJsonObject()> venue = {};
};

// GET /api/v1/health: liveness for monitoring and for stations deciding whether they are online.
// Answers {"status":"ok","service":"appraisal-server","version":…,"mode":…,"records":N,
// "batches":M,"schema":V}: every outbox row a station uploaded is one record. A hub adds
// "venue":{"level","stations_total","stations":[{"station","role","level","received_at","stale",
// "problems"}]} (at most 200 stations), the last health report of each enrolled station.
void addHealthRoutes(httpd::Server &server, const ServerInfo &info);
// Any request that no route takes gets 404 with the JSON body {"error":"not found"} (httpd::Server).

} // namespace server
