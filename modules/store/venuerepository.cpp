#include "venuerepository.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace store {

QString joinSpecialties(const QList<core::Specialty> &specialties)
{
    QStringList keys;
    for (core::Specialty specialty : specialties)
        keys << core::toKey(specialty);
    return keys.join(QLatin1Char(';'));
}

QList<core::Specialty> splitSpecialties(const QString &joined)
{
    QList<core::Specialty> specialties;
    const QStringList keys = joined.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &key : keys) {
        if (const auto specialty = core::specialtyFromKey(key.trimmed()))
            specialties << *specialty;
    }
    return specialties;
}

VenueRepository::VenueRepository(Database &database) : m_database(database), m_outbox(database) {}

core::Status VenueRepository::write(const QString &sql, const QVariantList &values, const QString &type,
                                    const QString &key, const QJsonObject &payload)
{
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery query(m_database.connection());
        query.prepare(sql);
        bindAll(query, values);
        if (!query.exec())
            return core::Status::failure(sqlError(tr("Saving %1 %2").arg(type, key), query));
        return m_outbox.append(type, key, payload);
    });
}

core::Status VenueRepository::saveVenue(const core::Venue &venue)
{
    return write(QStringLiteral("INSERT INTO venues(id, name, address, phone) VALUES(?, ?, ?, ?) "
                                "ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                                "address = excluded.address, phone = excluded.phone"),
                 {venue.id, venue.name, venue.address, venue.phone}, QStringLiteral("venue"), venue.id,
                 {{QStringLiteral("id"), venue.id},
                  {QStringLiteral("name"), venue.name},
                  {QStringLiteral("address"), venue.address},
                  {QStringLiteral("phone"), venue.phone}});
}

std::optional<core::Venue> VenueRepository::venue(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, name, address, phone FROM venues WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return core::Venue{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString()};
}

core::Status VenueRepository::saveLane(const core::Lane &lane, int sortOrder)
{
    return write(
        QStringLiteral("INSERT INTO lanes(key, prefix, name, sort_order, ratio) VALUES(?, ?, ?, ?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET prefix = excluded.prefix, "
                       "name = excluded.name, sort_order = excluded.sort_order, "
                       "ratio = excluded.ratio"),
        {lane.key, lane.prefix, lane.name, sortOrder, qMax(1, lane.ratio)}, QStringLiteral("lane"), lane.key,
        {{QStringLiteral("key"), lane.key},
         {QStringLiteral("prefix"), lane.prefix},
         {QStringLiteral("name"), lane.name},
         {QStringLiteral("sort_order"), sortOrder},
         {QStringLiteral("ratio"), qMax(1, lane.ratio)}});
}

QList<core::Lane> VenueRepository::lanes() const
{
    QList<core::Lane> lanes;
    Statement query = m_database.statement(
        QStringLiteral("SELECT key, prefix, name, ratio FROM lanes ORDER BY sort_order, key"));
    if (!query->exec())
        return lanes;
    while (query->next())
        lanes << core::Lane{query->value(0).toString(), query->value(1).toString(),
                            query->value(2).toString(), query->value(3).toInt()};
    return lanes;
}

core::Status VenueRepository::saveRoom(const core::Room &room)
{
    const QString specialties = joinSpecialties(room.specialties);
    return write(
        QStringLiteral("INSERT INTO rooms(id, name, specialties) VALUES(?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                       "specialties = excluded.specialties"),
        {room.id, room.name, specialties}, QStringLiteral("room"), room.id,
        {{QStringLiteral("id"), room.id},
         {QStringLiteral("name"), room.name},
         {QStringLiteral("specialties"), QJsonArray::fromStringList(specialties.split(QLatin1Char(';')))}});
}

QList<core::Room> VenueRepository::rooms() const
{
    QList<core::Room> rooms;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, name, specialties FROM rooms ORDER BY id")))
        return rooms;
    while (query.next())
        rooms << core::Room{query.value(0).toString(), query.value(1).toString(),
                            splitSpecialties(query.value(2).toString())};
    return rooms;
}

core::Status VenueRepository::saveBatch(const core::AppraisalBatch &batch)
{
    const QString day = batch.day.toString(Qt::ISODate);
    return write(QStringLiteral("INSERT INTO batches(id, venue_id, day, title) VALUES(?, ?, ?, ?) "
                                "ON CONFLICT(id) DO UPDATE SET venue_id = excluded.venue_id, "
                                "day = excluded.day, title = excluded.title"),
                 {batch.id, batch.venueId, day, batch.title}, QStringLiteral("batch"), batch.id,
                 {{QStringLiteral("id"), batch.id},
                  {QStringLiteral("venue_id"), batch.venueId},
                  {QStringLiteral("day"), day},
                  {QStringLiteral("title"), batch.title}});
}

namespace {
core::AppraisalBatch batchFrom(const QSqlQuery &query)
{
    return core::AppraisalBatch{query.value(0).toString(), query.value(1).toString(),
                                QDate::fromString(query.value(2).toString(), Qt::ISODate),
                                query.value(3).toString()};
}
} // namespace

std::optional<core::AppraisalBatch> VenueRepository::batch(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, venue_id, day, title FROM batches WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return batchFrom(query);
}

QList<core::AppraisalBatch> VenueRepository::batchesOn(const QDate &day) const
{
    QList<core::AppraisalBatch> batches;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, venue_id, day, title FROM batches WHERE day = ? ORDER BY id"));
    query.addBindValue(day.toString(Qt::ISODate));
    if (!query.exec())
        return batches;
    while (query.next())
        batches << batchFrom(query);
    return batches;
}

QString VenueRepository::roomPause(const QString &roomId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT paused_reason FROM rooms WHERE id = ?"));
    query.addBindValue(roomId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

core::Status VenueRepository::setRoomPause(const QString &roomId, const QString &reason)
{
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery update(m_database.connection());
        update.prepare(QStringLiteral("UPDATE rooms SET paused_reason = ? WHERE id = ?"));
        update.addBindValue(reason.isNull() ? QStringLiteral("") : reason);
        update.addBindValue(roomId);
        if (!update.exec())
            return core::Status::failure(sqlError(tr("Pausing room %1").arg(roomId), update));
        return {};
    });
}

} // namespace store
