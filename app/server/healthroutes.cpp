#include "healthroutes.h"

#include "httpd/server.h"

#include <QJsonObject>

namespace server {

void addHealthRoutes(httpd::Server &server, const ServerInfo &info)
{
    httpd::Route route;
    route.method = "GET";
    route.path = QStringLiteral("/api/v1/health");
    route.maxBodyBytes = 0;
    route.handler = [info](const httpd::Request &) {
        QJsonObject body{{QStringLiteral("status"), QStringLiteral("ok")},
                         {QStringLiteral("service"), QStringLiteral("appraisal-server")},
                         {QStringLiteral("version"), info.version},
                         {QStringLiteral("mode"), info.mode}};
        if (info.health) {
            const syncserver::Health health = info.health();
            body.insert(QStringLiteral("records"), health.records);
            body.insert(QStringLiteral("batches"), health.batches);
            body.insert(QStringLiteral("schema"), health.schema);
            body.insert(QStringLiteral("storage"), health.storage);
        }
        if (info.venue)
            body.insert(QStringLiteral("venue"), info.venue());
        return httpd::Response::json(body);
    };
    server.addRoute(std::move(route));
}

} // namespace server
