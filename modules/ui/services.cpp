#include "services.h"

#include "store/venuerepository.h"

namespace ui {

Services::Services(station::StationServices &station)
    : database(station.database())
    , clock(station.clock())
    , accounts(station.accounts())
    , checkIn(station.checkIn())
    , deadlines(station.deadlines())
    , integrity(station.integrity())
    , syncAdministration(station.syncAdministration())
    , accountAdministration(station.accountAdministration())
    , expertAdministration(station.expertAdministration())
    , venueAdministration(station.venueAdministration())
    , walkInAdministration(station.walkInAdministration())
    , draws(&station.draws())
    , calls(&station.localCalls())
    , opinions(station.opinions())
    , review(station.review())
    , caseFiles(station.caseFiles())
    , materials(&station.materials())
    , sync(&station.sync())
    , desk(&station.localDesk())
    , statistics(&station.statistics())
{
}

Services Services::of(station::StationContext &context)
{
    Services services(context.services());
    services.tickets = &context.tickets();
    services.cardReader = context.cardReader();
    services.calls = &context.calls();
    services.desk = &context.desk();
    services.announcements = &context.announcements();
    services.hub = context.hub();
    services.health = &context.health();
    return services;
}

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
