#pragma once

#include "core/types.h"
#include "store/expertrepository.h"
#include "store/venuerepository.h"

#include <optional>

namespace administration {

// The venue and batch this station works for today, read from the station settings.
struct StationInfo {
    QString venueId;
    QString venueName;
    QString batchId;
    QString batchTitle;
    QDate batchDay;
};

// What the venue is made of, read-only, for the screens that show it: its rooms and lanes in use,
// which room is paused, and the experts with their seats. Changes go through VenueAdministration,
// ExpertAdministration and the call authority.
class VenueDirectory
{
public:
    explicit VenueDirectory(store::Database &database);

    StationInfo stationInfo() const;
    QList<core::Room> rooms() const;
    QList<core::Lane> lanes() const;                // in sort order: the first lane is served first
    QString roomPause(const QString &roomId) const; // the reason; empty when the room calls
    std::optional<core::Expert> expert(const QString &id) const;
    QList<core::Expert> experts() const;

private:
    store::Database &m_database;
    store::VenueRepository m_venues;
    store::ExpertRepository m_experts;
};

} // namespace administration
