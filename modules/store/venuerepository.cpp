#include "venuerepository.h"

#include "loginfacts.h"

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

namespace {
// Written by the station and by the central system's reference data alike.
const QString kUpsertVenue =
    QStringLiteral("INSERT INTO venues(id, name, address, phone, committee) VALUES(?, ?, ?, ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET name = excluded.name, address = excluded.address, "
                   "phone = excluded.phone, committee = excluded.committee");
} // namespace

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
    const core::Status saved =
        write(kUpsertVenue, {venue.id, venue.name, venue.address, venue.phone, venue.committee},
              QStringLiteral("venue"), venue.id,
              {{QStringLiteral("id"), venue.id},
               {QStringLiteral("name"), venue.name},
               {QStringLiteral("address"), venue.address},
               {QStringLiteral("phone"), venue.phone},
               {QStringLiteral("committee"), venue.committee}});
    // The login window shows the venue's name before the key is read (loginfacts.h).
    if (saved)
        static_cast<void>(refreshLoginFacts(m_database));
    return saved;
}

int VenueRepository::casesAtVenue(const QString &venueId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM cases JOIN batches ON batches.id = cases.batch_id "
                                 "WHERE batches.venue_id = ?"));
    query.addBindValue(venueId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

core::Status VenueRepository::moveBatches(const QString &fromVenueId, const QString &toVenueId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE batches SET venue_id = ? WHERE venue_id = ?"));
    bindAll(query, {toVenueId, fromVenueId});
    if (!query.exec())
        return core::Status::failure(sqlError(tr("Moving the batches of venue %1").arg(fromVenueId), query));
    return {};
}

core::Status VenueRepository::deleteVenue(const QString &id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM venues WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return core::Status::failure(sqlError(tr("Removing venue %1").arg(id), query));
    return {};
}

std::optional<core::Venue> VenueRepository::venue(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, name, address, phone, committee FROM venues WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return core::Venue{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString()};
}

core::Status VenueRepository::saveLane(const core::Lane &lane, int sortOrder)
{
    // The green channel is served first whatever it is saved with (the queue policy relies on it).
    const bool strict = lane.strict || lane.key == QLatin1String(core::kGreenLane);
    return write(
        QStringLiteral("INSERT INTO lanes(key, prefix, name, sort_order, ratio, colour, strict, retired, "
                       "reset_time) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET prefix = excluded.prefix, "
                       "name = excluded.name, sort_order = excluded.sort_order, "
                       "ratio = excluded.ratio, colour = excluded.colour, strict = excluded.strict, "
                       "retired = excluded.retired, reset_time = excluded.reset_time"),
        {lane.key, lane.prefix, lane.name, sortOrder, qMax(1, lane.ratio), lane.colour, strict, lane.retired,
         lane.resetTime.isNull() ? QStringLiteral("") : lane.resetTime},
        QStringLiteral("lane"), lane.key,
        {{QStringLiteral("key"), lane.key},
         {QStringLiteral("prefix"), lane.prefix},
         {QStringLiteral("name"), lane.name},
         {QStringLiteral("sort_order"), sortOrder},
         {QStringLiteral("ratio"), qMax(1, lane.ratio)},
         {QStringLiteral("colour"), lane.colour},
         {QStringLiteral("strict"), strict},
         {QStringLiteral("retired"), lane.retired},
         {QStringLiteral("reset_time"), lane.resetTime}});
}

bool VenueRepository::laneInUse(const QString &key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT EXISTS(SELECT 1 FROM cases WHERE lane = ?) "
                                 "OR EXISTS(SELECT 1 FROM tickets WHERE lane = ?)"));
    bindAll(query, {key, key});
    return !query.exec() || !query.next() || query.value(0).toBool(); // in doubt: in use
}

core::Status VenueRepository::setLaneRetired(const QString &key, bool retired)
{
    const QList<core::Lane> all = lanes();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).key != key)
            continue;
        core::Lane lane = all.at(i);
        lane.retired = retired;
        return saveLane(lane, laneOrder(key));
    }
    return core::Status::failure(tr("There is no lane %1.").arg(key));
}

int VenueRepository::laneOrder(const QString &key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT sort_order FROM lanes WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

core::Status VenueRepository::deleteLane(const QString &key)
{
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM lanes WHERE key = ?"));
        query.addBindValue(key);
        if (!query.exec())
            return core::Status::failure(sqlError(tr("Removing lane %1").arg(key), query));
        if (query.numRowsAffected() != 1)
            return core::Status::failure(tr("There is no lane %1.").arg(key));
        return m_outbox.append(QStringLiteral("lane"), key,
                               {{QStringLiteral("key"), key}, {QStringLiteral("deleted"), true}});
    });
}

QList<core::Lane> VenueRepository::lanes() const
{
    QList<core::Lane> lanes;
    Statement query = m_database.statement(
        QStringLiteral("SELECT key, prefix, name, ratio, colour, strict, retired, reset_time FROM lanes "
                       "ORDER BY sort_order, key"));
    if (!query->exec())
        return lanes;
    while (query->next())
        lanes << core::Lane{query->value(0).toString(), query->value(1).toString(),
                            query->value(2).toString(), query->value(3).toInt(),
                            query->value(4).toString(), query->value(5).toBool(),
                            query->value(6).toBool(),   query->value(7).toString()};
    return lanes;
}

core::Status VenueRepository::saveRoom(const core::Room &room)
{
    const QString specialties = joinSpecialties(room.specialties);
    return write(
        QStringLiteral("INSERT INTO rooms(id, name, specialties, retired) VALUES(?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                       "specialties = excluded.specialties, retired = excluded.retired"),
        {room.id, room.name, specialties, room.retired}, QStringLiteral("room"), room.id,
        {{QStringLiteral("id"), room.id},
         {QStringLiteral("name"), room.name},
         {QStringLiteral("specialties"), QJsonArray::fromStringList(specialties.split(QLatin1Char(';')))},
         {QStringLiteral("retired"), room.retired}});
}

bool VenueRepository::roomInUse(const QString &roomId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT EXISTS(SELECT 1 FROM call_events WHERE room_id = ?)"));
    bindAll(query, {roomId});
    return !query.exec() || !query.next() || query.value(0).toBool(); // in doubt: in use
}

core::Status VenueRepository::setRoomRetired(const QString &roomId, bool retired)
{
    for (core::Room room : rooms()) {
        if (room.id != roomId)
            continue;
        room.retired = retired;
        return saveRoom(room);
    }
    return core::Status::failure(tr("There is no room %1.").arg(roomId));
}

core::Status VenueRepository::deleteRoom(const QString &roomId)
{
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM rooms WHERE id = ?"));
        query.addBindValue(roomId);
        if (!query.exec())
            return core::Status::failure(sqlError(tr("Removing room %1").arg(roomId), query));
        if (query.numRowsAffected() != 1)
            return core::Status::failure(tr("There is no room %1.").arg(roomId));
        return m_outbox.append(QStringLiteral("room"), roomId,
                               {{QStringLiteral("id"), roomId}, {QStringLiteral("deleted"), true}});
    });
}

QList<core::Room> VenueRepository::rooms() const
{
    QList<core::Room> rooms;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, name, specialties, retired FROM rooms ORDER BY id")))
        return rooms;
    while (query.next())
        rooms << core::Room{query.value(0).toString(), query.value(1).toString(),
                            splitSpecialties(query.value(2).toString()), query.value(3).toBool()};
    return rooms;
}

core::Status VenueRepository::saveBatch(const core::AppraisalBatch &batch)
{
    const QString day = batch.day.toString(Qt::ISODate);
    const core::Status saved =
        write(QStringLiteral("INSERT INTO batches(id, venue_id, day, title) VALUES(?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET venue_id = excluded.venue_id, "
                             "day = excluded.day, title = excluded.title"),
              {batch.id, batch.venueId, day, batch.title}, QStringLiteral("batch"), batch.id,
              {{QStringLiteral("id"), batch.id},
               {QStringLiteral("venue_id"), batch.venueId},
               {QStringLiteral("day"), day},
               {QStringLiteral("title"), batch.title}});
    if (saved && batch.id == m_database.setting(settings::CurrentBatch))
        static_cast<void>(refreshLoginFacts(m_database));
    return saved;
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
    const QString stored = reason.isNull() ? QStringLiteral("") : reason;
    return write(QStringLiteral("UPDATE rooms SET paused_reason = ? WHERE id = ?"), {stored, roomId},
                 QStringLiteral("room_pause"), roomId,
                 {{QStringLiteral("id"), roomId},
                  {QStringLiteral("paused"), !stored.isEmpty()},
                  {QStringLiteral("paused_reason"), stored}});
}

bool VenueRepository::hasRoomOverride(const QString &roomId, const QString &actor, const QDateTime &from,
                                      const QDateTime &to) const
{
    Statement query = m_database.statement(
        QStringLiteral("SELECT 1 FROM call_events WHERE room_id = ? AND at >= ? AND at < ? "
                       "AND action = 'override' AND actor = ? LIMIT 1"));
    bindAll(*query, {roomId, from.toString(Qt::ISODateWithMs), to.toString(Qt::ISODateWithMs), actor});
    const bool found = query->exec() && query->next();
    query->finish();
    return found;
}

core::Status VenueRepository::applyCentralVenue(const core::Venue &venue)
{
    Statement upsert = m_database.statement(kUpsertVenue);
    bindAll(*upsert, {venue.id, venue.name, venue.address, venue.phone, venue.committee});
    if (!upsert->exec())
        return core::Status::failure(sqlError(QStringLiteral("applying venues"), *upsert));
    return {};
}

core::Status VenueRepository::applyCentralRoom(const QString &id, const QString &name,
                                               const QString &specialties)
{
    Statement upsert = m_database.statement(
        QStringLiteral("INSERT INTO rooms(id, name, specialties) VALUES(?, ?, ?) ON CONFLICT(id) DO UPDATE "
                       "SET name = excluded.name, specialties = excluded.specialties"));
    bindAll(*upsert, {id, name, specialties});
    if (!upsert->exec())
        return core::Status::failure(sqlError(QStringLiteral("applying rooms"), *upsert));
    return {};
}

core::Status VenueRepository::addCentralBatch(const QString &id, const QString &venueId, const QDate &day)
{
    Statement insert = m_database.statement(QStringLiteral(
        "INSERT INTO batches(id, venue_id, day, title) VALUES(?, ?, ?, '') ON CONFLICT(id) DO NOTHING"));
    bindAll(*insert, {id, venueId, day.toString(Qt::ISODate)});
    if (!insert->exec())
        return core::Status::failure(sqlError(QStringLiteral("adding batch %1").arg(id), *insert));
    return {};
}

} // namespace store
