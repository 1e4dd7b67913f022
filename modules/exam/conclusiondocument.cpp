// The conclusion as a printable document (split from reviewservice.cpp to keep each file to one job).
#include "reviewservice.h"

#include "core/idnumber.h"
#include "grading/catalog.h"
#include "grading/grading.h"
#include "store/caserepository.h"
#include "store/expertrepository.h"
#include "store/venuerepository.h"

namespace exam {

core::Result<printing::ConclusionNotice> ReviewService::conclusionDocument(const accounts::Session &session,
                                                                           const QString &acceptanceNo) const
{
    using R = core::Result<printing::ConclusionNotice>;
    if (const core::Status allowed =
            accounts::Authorizer::require(session, accounts::Permission::PrintDocuments);
        !allowed)
        return R::failure(allowed.error());
    const auto record = store::CaseRepository(m_database).find(acceptanceNo);
    const auto conclusion = conclusionOf(acceptanceNo);
    if (!record || !conclusion)
        return R::failure(
            tr("Case %1 is not concluded; only concluded cases are printed.").arg(acceptanceNo));
    printing::ConclusionNotice notice;
    notice.acceptanceNo = acceptanceNo;
    notice.name = record->data.person.name;
    notice.maskedIdNumber = core::maskIdNumber(record->data.person.idNumber);
    notice.employer = record->data.employer;
    notice.appraisalType = core::displayName(record->data.type);
    notice.grade = conclusion->grade;
    for (const grading::SelfCare level : {grading::SelfCare::None, grading::SelfCare::Partial,
                                          grading::SelfCare::Most, grading::SelfCare::Complete})
        if (grading::toKey(level) == conclusion->selfCare)
            notice.selfCare = grading::displayName(level);
    const grading::ClauseCatalog catalog(m_database);
    for (const QString &id : conclusion->clauses) {
        const auto clause = catalog.find(id);
        notice.basis << (clause ? QStringLiteral("%1 %2").arg(clause->id, clause->text) : id);
    }
    // The diagnosis as the examiners recorded it: site and complaint of the opinion agreed with
    // (or the first one for a reviewer's own conclusion).
    const auto opinionsSeen = m_opinions.all(acceptanceNo);
    for (const Opinion &opinion : opinionsSeen) {
        if (opinion.state != QLatin1String("submitted"))
            continue;
        if (conclusion->basedOn == opinion.id || notice.diagnosis.isEmpty())
            notice.diagnosis =
                QStringLiteral("%1：%2").arg(opinion.findings.value(QStringLiteral("injury_site")).toString(),
                                             opinion.findings.value(QStringLiteral("complaint")).toString());
    }
    notice.concludedOn = conclusion->concludedAt.date();
    store::VenueRepository venues(m_database);
    if (const auto batch = venues.batch(record->data.batchId))
        if (const auto venue = venues.venue(batch->venueId))
            notice.venueName = venue->name;
    notice.committee = m_database.setting(QStringLiteral("committee.name"), notice.venueName);
    const auto reviewer = store::ExpertRepository(m_database).find(conclusion->reviewer);
    notice.reviewer = reviewer ? reviewer->name : conclusion->reviewer;
    notice.signatureValid = verifyConclusion(acceptanceNo) == signature::Verification::Valid;
    return notice;
}

} // namespace exam
