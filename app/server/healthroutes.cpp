#include "healthroutes.h"

#include <QHttpServer>
#include <QJsonObject>

namespace server {

void addHealthRoutes(QHttpServer &server, const ServerInfo &info)
{
    server.route(QStringLiteral("/api/v1/health"), QHttpServerRequest::Method::Get, [info] {
        return QHttpServerResponse(
            QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("service"), QStringLiteral("appraisal-server")},
                        {QStringLiteral("version"), info.version},
                        {QStringLiteral("mode"), info.mode}});
    });
}

} // namespace server
