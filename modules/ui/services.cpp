#include "services.h"

#include "demo/demovenue.h"
#include "store/venuerepository.h"

namespace ui {

StationInfo loadStationInfo(store::Database &database)
{
    StationInfo info;
    store::VenueRepository venues(database);
    info.venueId = database.setting(QString::fromLatin1(demo::kVenueSetting));
    if (const auto venue = venues.venue(info.venueId))
        info.venueName = venue->name;
    info.batchId = database.setting(QString::fromLatin1(demo::kBatchSetting));
    if (const auto batch = venues.batch(info.batchId)) {
        info.batchTitle = batch->title;
        info.batchDay = batch->day;
    }
    return info;
}

} // namespace ui
