#include "services.h"

#include "store/venuerepository.h"

namespace ui {

StationInfo loadStationInfo(store::Database &database)
{
    StationInfo info;
    store::VenueRepository venues(database);
    info.venueId = database.setting(store::settings::VenueId);
    if (const auto venue = venues.venue(info.venueId))
        info.venueName = venue->name;
    info.batchId = database.setting(store::settings::CurrentBatch);
    if (const auto batch = venues.batch(info.batchId)) {
        info.batchTitle = batch->title;
        info.batchDay = batch->day;
    }
    return info;
}

} // namespace ui
