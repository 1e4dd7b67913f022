// The conclusion as a printable document (split from reviewservice.cpp to keep each file to one job).
#include "documentheader.h"
#include "reviewservice.h"

#include "grading/grading.h"
#include "store/expertrepository.h"

namespace exam {

core::Result<printing::ConclusionNotice> ReviewService::conclusionDocument(const accounts::Session &session,
                                                                           const QString &acceptanceNo) const
{
    using R = core::Result<printing::ConclusionNotice>;
    if (const core::Status allowed =
            accounts::Authorizer::require(session, accounts::Permission::PrintDocuments);
        !allowed)
        return R::failure(allowed.error());
    const auto header = detail::caseHeader(m_database, acceptanceNo);
    const auto conclusion = conclusionOf(acceptanceNo);
    if (!header || !conclusion)
        return R::failure(
            tr("Case %1 is not concluded; only concluded cases are printed.").arg(acceptanceNo));
    printing::ConclusionNotice notice;
    notice.acceptanceNo = acceptanceNo;
    notice.name = header->name;
    notice.maskedIdNumber = header->maskedIdNumber;
    notice.employer = header->employer;
    notice.appraisalType = header->appraisalType;
    notice.venueName = header->venueName;
    notice.committee = header->committee;
    notice.grade = conclusion->grade;
    notice.selfCare = grading::selfCareDisplayName(conclusion->selfCare);
    notice.basis = detail::basisLines(m_database, conclusion->clauses);
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
    const auto reviewer = store::ExpertRepository(m_database).find(conclusion->reviewer);
    notice.reviewer = reviewer ? reviewer->name : conclusion->reviewer;
    notice.signature = detail::signatureImage(m_database, QStringLiteral("conclusion:") + acceptanceNo);
    notice.signatureValid = verifyConclusion(acceptanceNo) == signature::Verification::Valid;
    return notice;
}

core::Result<QList<printing::PaperDocument>> ReviewService::caseDocuments(const accounts::Session &session,
                                                                          const QString &acceptanceNo,
                                                                          Documents which) const
{
    using R = core::Result<QList<printing::PaperDocument>>;
    QList<printing::PaperDocument> documents;
    if (which & ConclusionOnly) {
        const auto notice = conclusionDocument(session, acceptanceNo);
        if (!notice)
            return R::failure(notice.error());
        documents << printing::conclusionDocument(notice.value());
    }
    if (which & OpinionSheets) {
        const auto sheets = m_opinions.opinionSheets(session, acceptanceNo);
        if (!sheets)
            return R::failure(sheets.error());
        for (const printing::OpinionSheet &sheet : sheets.value())
            documents << printing::opinionSheetDocument(sheet);
    }
    return documents;
}

} // namespace exam
