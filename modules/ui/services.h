#pragma once

#include "station/stationcontext.h"
#include "station/stationservices.h"

namespace ui {

// What the screens need, handed in by the app; screens never reach for globals and build no
// service of their own. Built from the station's services (Services(station)); the running station
// adds its devices and the venue hub's authorities (Services::of(context)).
struct Services {
    explicit Services(station::StationServices &station);
    static Services of(station::StationContext &context);

    const core::Clock &clock;
    accounts::AccountService &accounts;
    checkin::CheckInService &checkIn;
    deadlines::DeadlineService &deadlines;
    store::IntegrityCheck &integrity;
    centralsync::SyncAdministration &syncAdministration;
    administration::AccountAdministration &accountAdministration;
    administration::ExpertAdministration &expertAdministration;
    administration::VenueAdministration &venueAdministration;
    administration::WalkInAdministration &walkInAdministration;
    administration::VenueDirectory &directory; // rooms, lanes, pauses, experts; the station's venue and batch
    administration::AuditTrail &auditTrail;
    checkinprint::CheckInDocuments &checkInDocuments; // a check-in's ticket and receipt notice
    grading::ClauseCatalog &clauses;
    roster::RosterImporter &rosterImport;
    station::StationSettings &settings;
    checkinprint::TicketOutput *tickets = nullptr;        // no printer: the ticket is shown on screen only
    identity::CardReader *cardReader = nullptr;           // no reader: typed ID numbers and barcodes only
    routing::DrawService *draws = nullptr;                // no draw: experts are assigned elsewhere
    routing::CallAuthority *calls = nullptr;              // who decides calls (in-process, or the venue hub)
    announce::AnnouncementQueue *announcements = nullptr; // the hall's voice; none: screen only
    exam::OpinionService *opinions = nullptr;             // none: the exam templates did not load
    exam::ReviewService *review = nullptr;                // none: the exam templates did not load
    administration::CaseFiles *caseFiles = nullptr;       // the audited print; none: no templates
    materials::MaterialStore *materials = nullptr;        // none: no materials beside the form
    centralsync::SyncScheduler *sync = nullptr;           // none: no uploads from this station
    routing::DeskAuthority *desk = nullptr;               // who checks in (this station, or the hub)
    venue::HubClient *hub = nullptr;                      // the venue hub's link; none: one PC
    health::Monitor *health = nullptr;                    // the station's health checks; none: not shown
    statistics::StatisticsService *statistics = nullptr;  // the dashboard's figures; none: an empty page
};

// The venue and batch this station works for today (Services::directory.stationInfo()).
using StationInfo = administration::StationInfo;

} // namespace ui
