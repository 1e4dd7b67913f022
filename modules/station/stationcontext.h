#pragma once

#include "stationservices.h"

#include "announce/announcer.h"
#include "checkinprint/ticketoutput.h"
#include "health/monitor.h"
#include "identity/cardreader.h"
#include "venue/commandjournal.h"
#include "venue/hubcallauthority.h"
#include "venue/hubclient.h"
#include "venue/hubdeskauthority.h"
#include "venue/hubmirror.h"

#include <QString>

#include <memory>

namespace station {

// What the station starts with besides its open database: its data folder and the command line's
// choices that override settings.
struct StationStart {
    QString dataDir;
    QString cardReaderPort; // --card-reader; empty: the setting card_reader.port
};

// The running station: its StationServices plus what works with devices and in the background —
// printers, the card reader, who decides calls and check-ins (this station, or the venue hub
// through venue::savedHubLink), the hall's voice, the central sync and the health checks, started
// by start(). main() opens the database (with the assistant, recovery and restore a person may
// need) and then only hands these to the windows (ui::Services::of, after start()).
class StationContext
{
public:
    // Builds the services that need only the database; opens no device and starts nothing, so the
    // login window can be shown first (it needs only services().accounts()).
    StationContext(store::Database &database, StationStart start);
    ~StationContext();
    StationContext(const StationContext &) = delete;
    StationContext &operator=(const StationContext &) = delete;

    // Opens the card reader, connects to the venue hub, builds the hall's voice (its audio output)
    // and starts the sync and the health checks. Once; the accessors below need it.
    void start();
    bool started() const { return m_started; }

    StationServices &services() { return m_services; }
    // Why the exam templates did not load (the exam pages then stay empty); empty when they did.
    const QString &templatesProblem() const { return m_services.templatesProblem(); }

    checkinprint::TicketOutput &tickets() { return m_printers; }
    identity::CardReader *cardReader() { return m_reader.get(); } // none set up: typed input only
    routing::CallAuthority &calls();
    routing::DeskAuthority &desk();
    announce::AnnouncementQueue &announcements() { return *m_announcements; }
    venue::HubClient *hub() { return m_hubClient.get(); } // none: one PC
    health::Monitor &health() { return *m_health; }

private:
    void connectHub(store::Database &database);
    void buildAnnouncements(store::Database &database, const QString &dataDir);

    StationStart m_start;
    bool m_started = false;
    StationServices m_services;
    checkinprint::ConfiguredTicketOutput m_printers;
    std::unique_ptr<identity::CardReader> m_reader;
    // On a venue LAN (enrolled with appraisal-admin venue enrol) the hub decides calls; on one PC
    // the station decides them itself, with the same code.
    venue::StoredCommandJournal m_hubJournal;
    venue::HubMirror m_hubMirror;
    std::unique_ptr<venue::HubClient> m_hubClient;
    std::unique_ptr<venue::HubCallAuthority> m_hubCalls;
    std::unique_ptr<venue::HubDeskAuthority> m_hubDesk;
    std::unique_ptr<announce::Speaker> m_speaker;
    std::unique_ptr<announce::AnnouncementQueue> m_announcements;
    // Station health (预警): checked every health.interval_s, shown in the status bar, sent to the hub.
    std::unique_ptr<health::Monitor> m_health;
};

} // namespace station
