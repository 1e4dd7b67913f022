#include "venuedirectory.h"

namespace administration {

VenueDirectory::VenueDirectory(store::Database &database)
    : m_database(database), m_venues(database), m_experts(database)
{
}

StationInfo VenueDirectory::stationInfo() const
{
    StationInfo info;
    info.venueId = m_database.setting(store::settings::VenueId);
    if (const auto venue = m_venues.venue(info.venueId))
        info.venueName = venue->name;
    info.batchId = m_database.setting(store::settings::CurrentBatch);
    if (const auto batch = m_venues.batch(info.batchId)) {
        info.batchTitle = batch->title;
        info.batchDay = batch->day;
    }
    return info;
}

QList<core::Room> VenueDirectory::rooms() const
{
    return m_venues.rooms();
}

QList<core::Lane> VenueDirectory::lanes() const
{
    return m_venues.lanes();
}

QString VenueDirectory::roomPause(const QString &roomId) const
{
    return m_venues.roomPause(roomId);
}

std::optional<core::Expert> VenueDirectory::expert(const QString &id) const
{
    return m_experts.find(id);
}

QList<core::Expert> VenueDirectory::experts() const
{
    return m_experts.all();
}

} // namespace administration
