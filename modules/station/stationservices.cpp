#include "stationservices.h"

#include "exam/stationtemplates.h"

namespace station {

StationServices::StationServices(store::Database &database)
    : m_database(database)
    , m_accounts(database)
    , m_checkIn(database)
    , m_draws(database, m_random)
    , m_localCalls(database)
    , m_localDesk(std::make_unique<routing::LocalDeskAuthority>(database, &m_draws))
    , m_materials(database)
    , m_sync(database)
    , m_syncAdministration(database)
    , m_statistics(database)
    , m_deadlines(database)
    , m_integrity(database)
    , m_accountAdministration(database)
    , m_expertAdministration(database)
    , m_venueAdministration(database)
    , m_walkInAdministration(database)
    , m_directory(database)
    , m_auditTrail(database)
    , m_checkInDocuments(database)
    , m_clauses(database)
    , m_rosterImport(database)
    , m_settings(database)
{
    // Exam templates: built in, or a venue's own folder (setting forms.exam_dir).
    const auto templates = exam::stationTemplates(database);
    if (!templates) {
        m_templatesProblem = templates.error();
        return;
    }
    m_opinions = std::make_unique<exam::OpinionService>(database, templates.value());
    m_review = std::make_unique<exam::ReviewService>(database, *m_opinions);
    m_caseFiles = std::make_unique<administration::CaseFiles>(database, *m_review);
}

StationServices::~StationServices() = default;

const core::Clock &StationServices::clock() const
{
    return m_database.clock();
}

} // namespace station
