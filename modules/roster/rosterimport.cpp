#include "rosterimport.h"

#include "store/auditlog.h"
#include "store/caserepository.h"
#include "store/venuerepository.h"

#include <QJsonArray>

namespace roster {

RosterImporter::RosterImporter(store::Database &database) : m_database(database) {}

core::Result<ImportSummary> RosterImporter::import(const accounts::Session &session, const QString &csvText,
                                                   const QString &batchId, bool createBatch)
{
    if (const core::Status allowed =
            accounts::Authorizer::require(session, accounts::Permission::ManageVenue);
        !allowed)
        return allowed;
    if (batchId.trimmed().isEmpty())
        return core::Status::failure(tr("Name the batch the roster belongs to."));
    store::VenueRepository venues(m_database);
    const auto batch = venues.batch(batchId);
    const QString venueId = m_database.setting(store::settings::VenueId);
    if (!batch && !createBatch)
        return core::Status::failure(
            tr("There is no batch %1. Pass --batch to create it for today, or check the name.").arg(batchId));
    if (!batch && !venues.venue(venueId))
        return core::Status::failure(
            tr("This station has no venue set up, so batch %1 cannot be created. Set the venue up first: "
               "appraisal-admin venue setup --id ID --name NAME, or the setup assistant of the station.")
                .arg(batchId));

    const Parsed<core::Case> parsed = parseRoster(csvText, batchId, m_database.clock().today());
    if (!parsed.fileError.isEmpty())
        return core::Status::failure(parsed.fileError);

    ImportSummary summary;
    summary.batchId = batchId;
    summary.rejected = parsed.rejected;
    const core::Status stored = m_database.transaction([&]() -> core::Status {
        if (!batch) {
            const QDate today = m_database.clock().today();
            if (core::Status created = venues.saveBatch({batchId, venueId, today, {}}); !created)
                return created;
            summary.batchCreated = true;
            if (core::Status current =
                    m_database.setSetting(store::settings::CurrentBatch, batchId, session.account.username);
                !current)
                return current;
        }
        store::CaseRepository cases(m_database);
        for (const core::Case &c : parsed.items) {
            if (core::Status saved = cases.save(c); !saved)
                return saved;
            ++summary.imported;
        }
        return store::AuditLog(m_database)
            .append(session.account.username, QStringLiteral("roster.import"), batchId,
                    {{QStringLiteral("imported"), summary.imported},
                     {QStringLiteral("rejected"), int(summary.rejected.size())}});
    });
    if (!stored)
        return stored;
    return summary;
}

} // namespace roster
