#pragma once

#include <QString>

class QHttpServer;

namespace server {

struct ServerInfo {
    QString mode; // "central" or "hub"
    QString version;
};

// GET /api/v1/health: liveness for monitoring and for stations deciding whether they are online.
void addHealthRoutes(QHttpServer &server, const ServerInfo &info);

} // namespace server
