#include "healthroutes.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonDocument>
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

void answerUnknownRoutesWithJson404(QHttpServer &server)
{
    server.setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        const QJsonObject body{{QStringLiteral("error"), QStringLiteral("not found")}};
        responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact),
                        QByteArrayLiteral("application/json"), QHttpServerResponder::StatusCode::NotFound);
    });
}

} // namespace server
