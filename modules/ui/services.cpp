#include "services.h"

namespace ui {

Services::Services(station::StationServices &station)
    : clock(station.clock())
    , accounts(station.accounts())
    , checkIn(station.checkIn())
    , deadlines(station.deadlines())
    , integrity(station.integrity())
    , syncAdministration(station.syncAdministration())
    , accountAdministration(station.accountAdministration())
    , expertAdministration(station.expertAdministration())
    , venueAdministration(station.venueAdministration())
    , walkInAdministration(station.walkInAdministration())
    , directory(station.directory())
    , auditTrail(station.auditTrail())
    , checkInDocuments(station.checkInDocuments())
    , clauses(station.clauses())
    , rosterImport(station.rosterImport())
    , settings(station.settings())
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

} // namespace ui
