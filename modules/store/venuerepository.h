#pragma once

#include "outbox.h"

#include "core/types.h"

#include <optional>

namespace store {

// Venue, lanes, rooms and appraisal batches: the frame of an appraisal day.
class VenueRepository
{
    Q_DECLARE_TR_FUNCTIONS(store::VenueRepository)
public:
    explicit VenueRepository(Database &database);

    core::Status saveVenue(const core::Venue &venue);
    std::optional<core::Venue> venue(const QString &id) const;
    // Cases held in batches of that venue (a venue with cases keeps its id).
    int casesAtVenue(const QString &venueId) const;
    // Moves the batches of a venue without cases to a new id (the venue row itself is saved first).
    core::Status moveBatches(const QString &fromVenueId, const QString &toVenueId);
    core::Status deleteVenue(const QString &id);
    core::Status saveLane(const core::Lane &lane, int sortOrder);
    QList<core::Lane> lanes() const; // in sort order: the first lane is served first
    // Cases or tickets naming the lane.
    bool laneInUse(const QString &key) const;
    core::Status setLaneRetired(const QString &key, bool retired);
    int laneOrder(const QString &key) const; // -1 when there is no such lane
    core::Status deleteLane(const QString &key);
    core::Status saveRoom(const core::Room &room); // also clears the retired flag
    QList<core::Room> rooms() const;
    // People were called to the room (its calls stay in the record).
    bool roomInUse(const QString &roomId) const;
    core::Status setRoomRetired(const QString &roomId, bool retired);
    core::Status deleteRoom(const QString &roomId);
    // Why a room is paused; empty when it is not.
    QString roomPause(const QString &roomId) const;
    // Writes the pause (empty reason: resumed) and sends the room's state to the outbox.
    core::Status setRoomPause(const QString &roomId, const QString &reason);
    // Whether `actor` recorded an explicit override for the room (call event "override") in
    // [from, to): a venue admin calls for a room only after choosing it with a reason.
    bool hasRoomOverride(const QString &roomId, const QString &actor, const QDateTime &from,
                         const QDateTime &to) const;
    core::Status saveBatch(const core::AppraisalBatch &batch);
    std::optional<core::AppraisalBatch> batch(const QString &id) const;
    QList<core::AppraisalBatch> batchesOn(const QDate &day) const;

    // The central system's reference data (centralsync::downloadReference), stored as the central
    // system has it and without an outbox row: reference data is not echoed back. They run inside
    // the caller's transaction (one page of the download and its cursor). `specialties` is the
    // central list joined with ';', kept as it came.
    core::Status applyCentralVenue(const core::Venue &venue);
    core::Status applyCentralRoom(const QString &id, const QString &name, const QString &specialties);
    // The batch a central roster entry names, when this station does not have it yet.
    core::Status addCentralBatch(const QString &id, const QString &venueId, const QDate &day);

private:
    core::Status write(const QString &sql, const QVariantList &values, const QString &type,
                       const QString &key, const QJsonObject &payload);
    Database &m_database;
    Outbox m_outbox;
};

QString joinSpecialties(const QList<core::Specialty> &specialties);
QList<core::Specialty> splitSpecialties(const QString &joined);

} // namespace store
