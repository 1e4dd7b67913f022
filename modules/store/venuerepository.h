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
    core::Status saveLane(const core::Lane &lane, int sortOrder);
    QList<core::Lane> lanes() const; // in sort order: the first lane is served first
    core::Status saveRoom(const core::Room &room);
    QList<core::Room> rooms() const;
    // Why a room is paused; empty when it is not.
    QString roomPause(const QString &roomId) const;
    core::Status setRoomPause(const QString &roomId, const QString &reason);
    core::Status saveBatch(const core::AppraisalBatch &batch);
    std::optional<core::AppraisalBatch> batch(const QString &id) const;
    QList<core::AppraisalBatch> batchesOn(const QDate &day) const;

private:
    core::Status write(const QString &sql, const QVariantList &values, const QString &type,
                       const QString &key, const QJsonObject &payload);
    Database &m_database;
    Outbox m_outbox;
};

QString joinSpecialties(const QList<core::Specialty> &specialties);
QList<core::Specialty> splitSpecialties(const QString &joined);

} // namespace store
