#pragma once

#include "stationsettings.h"

#include "accounts/accountservice.h"
#include "administration/accountadministration.h"
#include "administration/audittrail.h"
#include "administration/casefiles.h"
#include "administration/expertadministration.h"
#include "administration/venueadministration.h"
#include "administration/venuedirectory.h"
#include "administration/walkinadministration.h"
#include "centralsync/syncadministration.h"
#include "centralsync/syncscheduler.h"
#include "checkin/checkinservice.h"
#include "checkinprint/documents.h"
#include "deadlines/deadlineservice.h"
#include "exam/opinionservice.h"
#include "exam/reviewservice.h"
#include "grading/catalog.h"
#include "materials/materialstore.h"
#include "roster/rosterimport.h"
#include "routing/callauthority.h"
#include "routing/deskauthority.h"
#include "routing/drawservice.h"
#include "statistics/statisticsservice.h"
#include "store/integritycheck.h"

#include <memory>

namespace station {

// The services a station builds from its open database alone, built once and owned here: the
// station's windows (through ui::Services), the admin command line, the benchmarks and the test
// fixtures all use these instead of building their own. Nothing here starts work in the
// background or touches a device; StationContext adds that for the running station.
class StationServices
{
public:
    explicit StationServices(store::Database &database);
    ~StationServices();
    StationServices(const StationServices &) = delete;
    StationServices &operator=(const StationServices &) = delete;

    store::Database &database() const { return m_database; }
    const core::Clock &clock() const;
    accounts::AccountService &accounts() { return m_accounts; }
    checkin::CheckInService &checkIn() { return m_checkIn; }
    routing::DrawService &draws() { return m_draws; }
    // This station deciding calls and check-ins itself (one PC); a venue station asks its hub instead.
    routing::LocalCallAuthority &localCalls() { return m_localCalls; }
    routing::LocalDeskAuthority &localDesk() { return *m_localDesk; }
    // Null when the exam templates did not load (templatesProblem() says why): exam, review and
    // print pages then stay empty.
    exam::OpinionService *opinions() { return m_opinions.get(); }
    exam::ReviewService *review() { return m_review.get(); }
    administration::CaseFiles *caseFiles() { return m_caseFiles.get(); }
    const QString &templatesProblem() const { return m_templatesProblem; }
    materials::MaterialStore &materials() { return m_materials; }
    centralsync::SyncScheduler &sync() { return m_sync; } // not started here
    centralsync::SyncAdministration &syncAdministration() { return m_syncAdministration; }
    statistics::StatisticsService &statistics() { return m_statistics; }
    deadlines::DeadlineService &deadlines() { return m_deadlines; }
    // quick_check of the station database in the background (the status bar shows the result).
    store::IntegrityCheck &integrity() { return m_integrity; }
    administration::AccountAdministration &accountAdministration() { return m_accountAdministration; }
    administration::ExpertAdministration &expertAdministration() { return m_expertAdministration; }
    administration::VenueAdministration &venueAdministration() { return m_venueAdministration; }
    administration::WalkInAdministration &walkInAdministration() { return m_walkInAdministration; }
    // Read-only views for the screens: the venue's rooms, lanes, pauses and experts, the station's
    // venue and batch; the audit trail; a check-in's printed forms.
    administration::VenueDirectory &directory() { return m_directory; }
    administration::AuditTrail &auditTrail() { return m_auditTrail; }
    checkinprint::CheckInDocuments &checkInDocuments() { return m_checkInDocuments; }
    // The clause catalog (the exam page's search, the catalog import) and the roster import.
    grading::ClauseCatalog &clauses() { return m_clauses; }
    roster::RosterImporter &rosterImport() { return m_rosterImport; }
    StationSettings &settings() { return m_settings; }

private:
    store::Database &m_database;
    accounts::AccountService m_accounts;
    checkin::CheckInService m_checkIn;
    routing::CryptoRandom m_random;
    routing::DrawService m_draws;
    routing::LocalCallAuthority m_localCalls;
    std::unique_ptr<routing::LocalDeskAuthority> m_localDesk;
    std::unique_ptr<exam::OpinionService> m_opinions;
    std::unique_ptr<exam::ReviewService> m_review;
    std::unique_ptr<administration::CaseFiles> m_caseFiles;
    QString m_templatesProblem;
    materials::MaterialStore m_materials;
    centralsync::SyncScheduler m_sync;
    centralsync::SyncAdministration m_syncAdministration;
    statistics::StatisticsService m_statistics;
    deadlines::DeadlineService m_deadlines;
    store::IntegrityCheck m_integrity;
    administration::AccountAdministration m_accountAdministration;
    administration::ExpertAdministration m_expertAdministration;
    administration::VenueAdministration m_venueAdministration;
    administration::WalkInAdministration m_walkInAdministration;
    administration::VenueDirectory m_directory;
    administration::AuditTrail m_auditTrail;
    checkinprint::CheckInDocuments m_checkInDocuments;
    grading::ClauseCatalog m_clauses;
    roster::RosterImporter m_rosterImport;
    StationSettings m_settings;
};

} // namespace station
