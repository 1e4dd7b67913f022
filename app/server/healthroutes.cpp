#include "healthroutes.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>

namespace server {

void addHealthRoutes(QHttpServer &server, const ServerInfo &info)
{
    server.route(QStringLiteral("/api/v1/health"), QHttpServerRequest::Method::Get, [info] {
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
        return QHttpServerResponse(body);
    });
}

void answerUnknownRoutesWithJson404(QHttpServer &server)
{
    server.setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        const QJsonObject body{{QStringLiteral("error"), QStringLiteral("not found")}};
        responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact),
                        QByteArrayLiteral("application/json"), QHttpServerResponder::StatusCode::NotFound);
    });
}

} // namespace server
