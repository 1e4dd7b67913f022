#pragma once

#include <QString>

class QHttpServer;

namespace server {

struct ServerInfo {
    QString mode; // "central" or "hub"
    QString version;
};

// GET /api/v1/health: liveness for monitoring and for stations deciding whether they are online.
// Answers {"status":"ok","service":"appraisal-server","version":…,"mode":…}.
void addHealthRoutes(QHttpServer &server, const ServerInfo &info);

// Any request that no route takes gets 404 with the JSON body {"error":"not found"}.
void answerUnknownRoutesWithJson404(QHttpServer &server);

} // namespace server
