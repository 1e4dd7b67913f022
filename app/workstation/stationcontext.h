#pragma once

#include "ui/services.h"

#include "venue/commandjournal.h"
#include "venue/hubcallauthority.h"
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

// Builds and owns the station's services once, from its open database (start(), after the first login window
// is painted): accounts, printers, the card reader, the draw, who decides calls and check-ins (this station,
// or the venue hub through venue::savedHubLink), the hall's voice, the exam templates, the materials, the
// central sync, the health checks and the dashboard's statistics. main() opens the database (with the
// assistant, recovery and restore a person may need) and then only hands services() to the windows.
class StationContext
{
public:
    // Cheap: nothing is opened or started yet, so the login window can be shown first.
    StationContext(store::Database &database, const core::Clock &clock, StationStart start);
    ~StationContext();
    StationContext(const StationContext &) = delete;
    StationContext &operator=(const StationContext &) = delete;

    // What the login window needs, available before start().
    accounts::AccountService &accounts() { return m_accounts; }
    store::Database &database() { return m_database; }
    // Opens the card reader, connects to the venue hub, builds the hall's voice (its audio output),
    // loads the exam templates and starts the sync and the health checks. Once; services() after.
    void start();
    bool started() const { return m_services != nullptr; }
    const ui::Services &services() const { return *m_services; }
    // Why the exam templates did not load (the exam pages then stay empty); empty when they did.
    const QString &templatesProblem() const { return m_templatesProblem; }

private:
    void connectHub();
    void buildAnnouncements();

    store::Database &m_database;
    const core::Clock &m_clock;
    StationStart m_start;
    accounts::AccountService m_accounts;
    checkinprint::ConfiguredTicketOutput m_printers;
    std::unique_ptr<identity::CardReader> m_reader;
    routing::CryptoRandom m_random;
    routing::DrawService m_draws;
    // On a venue LAN (enrolled with appraisal-admin venue enrol) the hub decides calls; on one PC
    // the station decides them itself, with the same code.
    routing::LocalCallAuthority m_localCalls;
    venue::StoredCommandJournal m_hubJournal;
    venue::HubMirror m_hubMirror;
    std::unique_ptr<venue::HubClient> m_hubClient;
    std::unique_ptr<venue::HubCallAuthority> m_hubCalls;
    std::unique_ptr<venue::HubDeskAuthority> m_hubDesk;
    std::unique_ptr<announce::Speaker> m_speaker;
    std::unique_ptr<announce::AnnouncementQueue> m_announcements;
    std::unique_ptr<exam::OpinionService> m_opinions;
    QString m_templatesProblem;
    materials::MaterialStore m_materials;
    centralsync::SyncScheduler m_sync;
    // Station health (预警): checked every health.interval_s, shown in the status bar, sent to the hub.
    std::unique_ptr<health::Monitor> m_health;
    statistics::StatisticsService m_statistics;
    std::unique_ptr<ui::Services> m_services;
};

} // namespace station
