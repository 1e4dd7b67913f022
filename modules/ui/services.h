#pragma once

#include "accounts/accountservice.h"
#include "announce/announcer.h"
#include "centralsync/syncscheduler.h"
#include "checkinprint/ticketoutput.h"
#include "core/clock.h"
#include "exam/opinionservice.h"
#include "health/monitor.h"
#include "identity/cardreader.h"
#include "materials/materialstore.h"
#include "routing/callauthority.h"
#include "routing/deskauthority.h"
#include "routing/drawservice.h"
#include "statistics/statisticsservice.h"
#include "store/database.h"
#include "venue/hubclient.h"

namespace ui {

// What the screens need, handed in by the app; screens never reach for globals.
struct Services {
    store::Database &database;
    const core::Clock &clock;
    accounts::AccountService &accounts;
    checkinprint::TicketOutput *tickets = nullptr;        // no printer: the ticket is shown on screen only
    identity::CardReader *cardReader = nullptr;           // no reader: typed ID numbers and barcodes only
    routing::DrawService *draws = nullptr;                // no draw: experts are assigned elsewhere
    routing::CallAuthority *calls = nullptr;              // who decides calls (in-process, or the venue hub)
    announce::AnnouncementQueue *announcements = nullptr; // the hall's voice; none: screen only
    exam::OpinionService *opinions = nullptr;             // none: the exam templates did not load
    materials::MaterialStore *materials = nullptr;        // none: no materials beside the form
    centralsync::SyncScheduler *sync = nullptr;           // none: no uploads from this station
    routing::DeskAuthority *desk = nullptr;               // who checks in; none: this station itself
    venue::HubClient *hub = nullptr;                      // the venue hub's link; none: one PC
    health::Monitor *health = nullptr;                    // the station's health checks; none: not shown
    statistics::StatisticsService *statistics = nullptr;  // the dashboard's figures; none: an empty page
};

// The venue and batch this station works for today, read from the station settings.
struct StationInfo {
    QString venueId;
    QString venueName;
    QString batchId;
    QString batchTitle;
    QDate batchDay;
};
StationInfo loadStationInfo(store::Database &database);

} // namespace ui
