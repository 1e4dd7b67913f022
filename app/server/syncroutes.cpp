#include "syncroutes.h"

#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace server {

namespace {

QHttpServerResponse error(QHttpServerResponse::StatusCode status, const QString &message)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}}, status);
}

QHttpServerResponse unavailable(const QString &message, int retryAfterSeconds)
{
    QHttpServerResponse response = error(QHttpServerResponse::StatusCode::ServiceUnavailable, message);
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
    return response;
}

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    if (!header.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(header.mid(7).trimmed());
}

QHttpServerResponse handleBatch(const QHttpServerRequest &request, syncserver::ServerStore &store,
                                const SyncLimits &limits)
{
    using Status = QHttpServerResponse::StatusCode;
    if (!limits.maintenanceFlag.isEmpty() && QFile::exists(limits.maintenanceFlag))
        return unavailable(QStringLiteral("the server is in maintenance; try again later"),
                           limits.retryAfterSeconds);
    const auto station = store.stationForToken(bearerToken(request));
    if (!station)
        return error(Status::Unauthorized, QStringLiteral("a valid bearer token is required"));
    QByteArray body = request.body();
    if (body.size() > limits.maxBodyBytes)
        return error(
            Status::PayloadTooLarge,
            QStringLiteral("the batch is larger than %1 bytes; send fewer records").arg(limits.maxBodyBytes));
    if (request.value(QByteArrayLiteral("Content-Encoding")).trimmed().compare("gzip", Qt::CaseInsensitive) ==
        0) {
        const auto inflated = centralsync::gunzip(body, limits.maxBodyBytes);
        if (!inflated)
            return error(Status::BadRequest,
                         QStringLiteral("the gzip body is damaged or inflates beyond %1 bytes")
                             .arg(limits.maxBodyBytes));
        body = *inflated;
    }
    const auto batch = centralsync::decodeBatch(body);
    if (!batch)
        return error(Status::BadRequest, batch.error());
    if (batch->stationId != *station)
        return error(
            Status::Forbidden,
            QStringLiteral("this token belongs to station %1, not %2").arg(*station, batch->stationId));
    const auto accepted = store.acceptBatch(*batch);
    if (!accepted)
        return unavailable(QStringLiteral("the batch could not be stored: %1").arg(accepted.error()), 5);
    if (accepted->batchIdTaken)
        return error(
            Status::Conflict,
            QStringLiteral("batch_id %1 was used for other content; use a new batch id").arg(batch->batchId));
    return QHttpServerResponse(QByteArrayLiteral("application/json"), accepted->reply);
}

// GET /api/v1/reference/{kind}?since=EPOCH:SEQ&limit=N: what changed after the cursor, in order.
QHttpServerResponse handleReference(const QString &kind, const QHttpServerRequest &request,
                                    syncserver::ServerStore &store)
{
    using Status = QHttpServerResponse::StatusCode;
    if (!store.stationForToken(bearerToken(request)))
        return error(Status::Unauthorized, QStringLiteral("a valid bearer token is required"));
    if (!syncserver::ServerStore::referenceKinds().contains(kind))
        return error(Status::NotFound, QStringLiteral("no reference data called %1").arg(kind));
    const QString epoch = store.epoch();
    const QUrlQuery query = request.query();
    const QString since = query.queryItemValue(QStringLiteral("since"));
    qint64 after = 0;
    bool reset = false;
    if (!since.isEmpty()) {
        const QString sinceEpoch = since.section(QLatin1Char(':'), 0, 0);
        bool ok = false;
        after = since.section(QLatin1Char(':'), 1).toLongLong(&ok);
        if (!ok || after < 0)
            return error(Status::BadRequest,
                         QStringLiteral("since must be a cursor EPOCH:SEQ from an earlier reply"));
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
    if (!reset && page.items.isEmpty() && request.value(QByteArrayLiteral("If-None-Match")) == etag) {
        QHttpServerResponse notModified(Status::NotModified);
        notModified.setHeader(QByteArrayLiteral("ETag"), etag);
        return notModified;
    }
    QJsonArray items;
    for (const auto &item : page.items)
        items.append(QJsonObject{{QStringLiteral("key"), item.key}, {QStringLiteral("data"), item.data}});
    const qint64 cursor = page.items.isEmpty() ? after : page.items.constLast().seq;
    QHttpServerResponse response(
        QJsonObject{{QStringLiteral("kind"), kind},
                    {QStringLiteral("epoch"), epoch},
                    {QStringLiteral("reset"), reset},
                    {QStringLiteral("items"), items},
                    {QStringLiteral("cursor"), QStringLiteral("%1:%2").arg(epoch).arg(cursor)},
                    {QStringLiteral("more"), page.more}});
    response.setHeader(QByteArrayLiteral("ETag"), etag);
    return response;
}

} // namespace

void addSyncRoutes(QHttpServer &server, syncserver::ServerStore &store, const SyncLimits &limits)
{
    server.route(QStringLiteral("/api/v1/sync/batches"), QHttpServerRequest::Method::Post,
                 [&store, limits](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     const QPointer<QTcpSocket> socket = responder.socket();
                     handleBatch(request, store, limits).write(std::move(responder));
                     // Out before the next request is read: a station keeps its next batch
                     // waiting here, and that one must not hold this answer back while it is stored.
                     if (socket)
                         socket->flush();
                 });
    server.route(QStringLiteral("/api/v1/reference/<arg>"), QHttpServerRequest::Method::Get,
                 [&store](const QString &kind, const QHttpServerRequest &request) {
                     return handleReference(kind, request, store);
                 });
}

} // namespace server
