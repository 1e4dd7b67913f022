#include "syncroutes.h"

#include "httpd/server.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace server {

namespace {

httpd::Response unavailable(const QString &message, int retryAfterSeconds)
{
    httpd::Response response = httpd::Response::error(503, message);
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

httpd::Response unauthorized()
{
    httpd::Response response =
        httpd::Response::error(401, QStringLiteral("a valid bearer token is required"));
    response.setHeader("WWW-Authenticate", "Bearer realm=\"appraisal-server\"");
    return response;
}

// Decided from the headers, before the body is read: maintenance (503), then the token (401).
std::optional<httpd::Response> admitBatch(httpd::Request &request, syncserver::ServerStore &store,
                                          const SyncLimits &limits)
{
    if (!limits.maintenanceFlag.isEmpty() && QFile::exists(limits.maintenanceFlag))
        return unavailable(QStringLiteral("the server is in maintenance; try again later"),
                           limits.retryAfterSeconds);
    const auto station = store.stationForToken(request.bearerToken());
    if (!station)
        return unauthorized();
    request.principal = *station;
    return std::nullopt;
}

httpd::Response handleBatch(const httpd::Request &request, syncserver::ServerStore &store,
                            const SyncLimits &limits)
{
    QByteArray body = request.body;
    if (request.header("Content-Encoding").trimmed().compare("gzip", Qt::CaseInsensitive) == 0) {
        const auto inflated = centralsync::gunzip(body, limits.maxBodyBytes);
        if (!inflated)
            return httpd::Response::error(
                400, QStringLiteral("the gzip body is damaged or inflates beyond %1 bytes")
                         .arg(limits.maxBodyBytes));
        body = *inflated;
    }
    const auto batch = centralsync::decodeBatch(body);
    if (!batch)
        return httpd::Response::error(400, batch.error());
    if (batch->stationId != request.principal)
        return httpd::Response::error(403, QStringLiteral("this token belongs to station %1, not %2")
                                               .arg(request.principal, batch->stationId));
    const auto accepted = store.acceptBatch(*batch);
    if (!accepted)
        return unavailable(QStringLiteral("the batch could not be stored: %1").arg(accepted.error()), 5);
    if (accepted->batchIdTaken)
        return httpd::Response::error(
            409,
            QStringLiteral("batch_id %1 was used for other content; use a new batch id").arg(batch->batchId));
    return httpd::Response::json(accepted->reply);
}

// GET /api/v1/reference/{kind}?since=EPOCH:SEQ&limit=N: what changed after the cursor, in order.
httpd::Response handleReference(const httpd::Request &request, syncserver::ServerStore &store)
{
    const QString kind = request.path.section(QLatin1Char('/'), -1);
    if (!syncserver::ServerStore::referenceKinds().contains(kind))
        return httpd::Response::error(404, QStringLiteral("no reference data called %1").arg(kind));
    const QString epoch = store.epoch();
    const QUrlQuery &query = request.query;
    const QString since = query.queryItemValue(QStringLiteral("since"));
    qint64 after = 0;
    bool reset = false;
    if (!since.isEmpty()) {
        const QString sinceEpoch = since.section(QLatin1Char(':'), 0, 0);
        bool ok = false;
        after = since.section(QLatin1Char(':'), 1).toLongLong(&ok);
        if (!ok || after < 0)
            return httpd::Response::error(
                400, QStringLiteral("since must be a cursor EPOCH:SEQ from an earlier reply"));
        if (sinceEpoch != epoch) { // a new server store: everything again, from the start
            after = 0;
            reset = true;
        }
    }
    bool limitOk = false;
    int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 1)
        limit = 500;
    limit = qMin(limit, 1000);
    const syncserver::ServerStore::ReferencePage page = store.referencePage(kind, after, limit);
    const QByteArray etag = '"' + epoch.toLatin1() + ':' + QByteArray::number(page.latest) + '"';
    if (!reset && page.items.isEmpty() && request.header("If-None-Match") == etag) {
        httpd::Response notModified;
        notModified.status = 304;
        notModified.setHeader("ETag", etag);
        return notModified;
    }
    QJsonArray items;
    for (const auto &item : page.items)
        items.append(QJsonObject{{QStringLiteral("key"), item.key}, {QStringLiteral("data"), item.data}});
    const qint64 cursor = page.items.isEmpty() ? after : page.items.constLast().seq;
    httpd::Response response = httpd::Response::json(
        QJsonObject{{QStringLiteral("kind"), kind},
                    {QStringLiteral("epoch"), epoch},
                    {QStringLiteral("reset"), reset},
                    {QStringLiteral("items"), items},
                    {QStringLiteral("cursor"), QStringLiteral("%1:%2").arg(epoch).arg(cursor)},
                    {QStringLiteral("more"), page.more}});
    response.setHeader("ETag", etag);
    return response;
}

} // namespace

void addSyncRoutes(httpd::Server &server, syncserver::ServerStore &store, const SyncLimits &limits)
{
    httpd::Route batches;
    batches.method = "POST";
    batches.path = QStringLiteral("/api/v1/sync/batches");
    batches.maxBodyBytes = limits.maxBodyBytes;
    batches.guard = [&store, limits](httpd::Request &request) {
        return admitBatch(request, store, limits);
    };
    batches.handler = [&store, limits](const httpd::Request &request) {
        return handleBatch(request, store, limits);
    };
    server.addRoute(std::move(batches));

    httpd::Route reference;
    reference.method = "GET";
    reference.path = QStringLiteral("/api/v1/reference/");
    reference.prefix = true;
    reference.maxBodyBytes = 0;
    reference.guard = [&store](httpd::Request &request) -> std::optional<httpd::Response> {
        if (!store.stationForToken(request.bearerToken()))
            return unauthorized();
        return std::nullopt;
    };
    reference.handler = [&store](const httpd::Request &request) {
        return handleReference(request, store);
    };
    server.addRoute(std::move(reference));
}

} // namespace server
