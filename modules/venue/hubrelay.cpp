#include "hubrelay.h"

#include "centralsync/protocol.h"
#include "store/outbox.h"

#include <QJsonDocument>

namespace venue {

namespace {

HubRelay::Reply refused(int status, const QString &message, int retryAfterSeconds = 0)
{
    return {status,
            QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact),
            retryAfterSeconds};
}

} // namespace

HubRelay::HubRelay(HubService &service, store::Database &database, qint64 maxBodyBytes)
    : m_service(service), m_database(database), m_maxBodyBytes(maxBodyBytes)
{
}

HubRelay::Reply HubRelay::handle(const QString &bearerToken, QByteArray body, bool gzipped)
{
    using centralsync::Outcome;
    const std::optional<StationIdentity> station = m_service.stationForToken(bearerToken);
    if (!station)
        return refused(401,
                       QStringLiteral("a venue station token is required: enrol with a code from the hub"));
    if (station->role == QLatin1String("display"))
        return refused(403, QStringLiteral("a display station has no records to forward"));
    if (body.size() > m_maxBodyBytes)
        return refused(
            413, QStringLiteral("the batch is larger than %1 bytes; send fewer records").arg(m_maxBodyBytes));
    if (gzipped) {
        const auto inflated = centralsync::gunzip(body, m_maxBodyBytes);
        if (!inflated)
            return refused(
                400,
                QStringLiteral("the gzip body is damaged or inflates beyond %1 bytes").arg(m_maxBodyBytes));
        body = *inflated;
    }
    const auto batch = centralsync::decodeBatch(body);
    if (!batch)
        return refused(400, batch.error());
    if (batch->stationId != station->station)
        return refused(403, QStringLiteral("this token belongs to station %1, not %2")
                                .arg(station->station, batch->stationId));

    QList<centralsync::RecordResult> results;
    store::Outbox outbox(m_database);
    const core::Status kept = m_database.transaction([&]() -> core::Status {
        results.clear(); // a retried transaction starts over
        for (const centralsync::Record &record : batch->records) {
            centralsync::RecordResult result{record.id, Outcome::Rejected, {}};
            if (record.type.isEmpty() || record.entityKey.isEmpty())
                result.reason = QStringLiteral("a record needs a type and an entity key");
            else if (centralsync::sha256Hex(record.payload) != record.sha256)
                result.reason = QStringLiteral("the payload does not match its sha256");
            else if (record.version > 1 && record.predecessor.isEmpty())
                result.reason = QStringLiteral("version %1 needs its predecessor").arg(record.version);
            else {
                QString why;
                const auto relayed = outbox.relay(station->station, record.id, record.type, record.entityKey,
                                                  record.version, record.predecessor, record.payload, &why);
                if (!relayed)
                    return relayed.status();
                switch (relayed.value()) {
                case store::Outbox::Relayed::Stored:
                    result.outcome = Outcome::Stored;
                    break;
                case store::Outbox::Relayed::Duplicate:
                    result.outcome = Outcome::Duplicate;
                    break;
                case store::Outbox::Relayed::Conflict:
                    result.outcome = Outcome::Conflict;
                    result.reason = why;
                    break;
                }
            }
            results << result;
        }
        return {};
    });
    if (!kept)
        return refused(503, QStringLiteral("the batch could not be kept at the hub: %1").arg(kept.error()),
                       5);
    return {200, centralsync::encodeResults(batch->batchId, results), 0};
}

} // namespace venue
