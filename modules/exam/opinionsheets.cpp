// The opinion sheets as printable documents (split from opinionservice.cpp: one job per file).
#include "documentheader.h"
#include "opinionservice.h"

#include "forms/fieldtext.h"
#include "grading/grading.h"
#include "store/expertrepository.h"
#include "store/opinionrepository.h"

namespace exam {

QString OpinionService::roleDisplayName(const QString &role)
{
    if (role == QLatin1String("exam1"))
        return tr("first examination");
    if (role == QLatin1String("exam2"))
        return tr("second examination");
    if (role.startsWith(QLatin1String("exam")))
        return tr("examination %1").arg(role.mid(4));
    return role;
}

core::Result<QList<printing::OpinionSheet>> OpinionService::opinionSheets(const accounts::Session &session,
                                                                          const QString &acceptanceNo)
{
    using R = core::Result<QList<printing::OpinionSheet>>;
    QList<Opinion> opinions;
    if (accounts::Authorizer::require(session, accounts::Permission::PrintDocuments)) {
        // The clerk prints the file of a finished case, never an appraisal still under way.
        if (!store::OpinionRepository(m_database).isConcluded(acceptanceNo))
            return R::failure(
                tr("Case %1 is not concluded; its opinion sheets are printed with the conclusion.")
                    .arg(acceptanceNo));
        opinions = all(acceptanceNo);
    } else {
        auto visible = visibleOpinions(session, acceptanceNo);
        if (!visible)
            return R::failure(visible.error());
        opinions = visible.value();
    }
    const auto header = detail::caseHeader(m_database, acceptanceNo);
    if (!header)
        return R::failure(tr("There is no case %1.").arg(acceptanceNo));
    const store::ExpertRepository experts(m_database);
    QList<printing::OpinionSheet> sheets;
    for (const Opinion &opinion : std::as_const(opinions)) {
        if (opinion.state != QLatin1String("submitted"))
            continue; // drafts are not opinions yet; superseded versions are replaced
        printing::OpinionSheet sheet;
        sheet.acceptanceNo = acceptanceNo;
        sheet.name = header->name;
        sheet.maskedIdNumber = header->maskedIdNumber;
        sheet.employer = header->employer;
        sheet.appraisalType = header->appraisalType;
        sheet.committee = header->committee;
        sheet.role = roleDisplayName(opinion.role);
        const auto expert = experts.find(opinion.expertId);
        sheet.expertName = expert ? expert->name : opinion.expertId;
        sheet.version = opinion.version;
        sheet.changeReason = opinion.changeReason;
        sheet.templateVersion = opinion.templateVersion;
        if (const forms::ExamTemplate *form = templateById(opinion.templateId)) {
            sheet.templateTitle = form->title;
            for (const forms::Section &section : form->sections) {
                printing::OpinionSheet::Section printed{section.title, {}};
                for (const forms::Field &field : section.fields) {
                    const QString text = forms::displayValue(field, opinion.findings.value(field.id));
                    if (!text.isEmpty())
                        printed.rows.append({field.label, text});
                }
                sheet.sections << printed;
            }
        } else {
            sheet.templateTitle = opinion.templateId;
        }
        sheet.basis = detail::basisLines(m_database, opinion.clauses);
        sheet.computedGrade = opinion.grade;
        sheet.overrideGrade = opinion.overrideGrade;
        sheet.overrideReason = opinion.overrideReason;
        sheet.selfCare = grading::selfCareDisplayName(opinion.selfCare);
        sheet.submittedAt = opinion.submittedAt;
        sheet.signature = detail::signatureImage(m_database, QStringLiteral("opinion:") + opinion.id);
        sheet.signatureValid = verifySignature(opinion.id) == signature::Verification::Valid;
        sheets << sheet;
    }
    return sheets;
}

} // namespace exam
