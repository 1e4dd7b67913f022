#include "documentheader.h"

#include "core/idnumber.h"
#include "grading/catalog.h"
#include "grading/grading.h"
#include "signature/signaturestore.h"
#include "store/caserepository.h"
#include "store/venuerepository.h"

namespace exam::detail {

std::optional<CaseHeader> caseHeader(store::Database &database, const QString &acceptanceNo)
{
    const auto record = store::CaseRepository(database).find(acceptanceNo);
    if (!record)
        return std::nullopt;
    CaseHeader header;
    header.name = record->data.person.name;
    header.maskedIdNumber = core::maskIdNumber(record->data.person.idNumber);
    header.employer = record->data.employer;
    header.appraisalType = core::displayName(record->data.type);
    store::VenueRepository venues(database);
    if (const auto batch = venues.batch(record->data.batchId))
        if (const auto venue = venues.venue(batch->venueId)) {
            header.venueName = venue->name;
            header.committee = venue->committee;
        }
    if (header.committee.isEmpty())
        header.committee = header.venueName;
    return header;
}

QStringList basisLines(store::Database &database, const QStringList &clauses)
{
    const grading::ClauseCatalog catalog(database);
    QStringList lines;
    for (const QString &id : clauses) {
        const auto clause = catalog.find(id);
        lines << (clause ? QStringLiteral("%1 %2").arg(clause->id, clause->text) : id);
    }
    return lines;
}

QImage signatureImage(store::Database &database, const QString &subject)
{
    return signature::SignatureStore(database).imageOf(subject).value_or(QImage());
}

} // namespace exam::detail
