// The expert opinion sheet (专家鉴定意见表) as a printable document.
#include "paperdocument.h"

#include "documenttext.h"

namespace printing {

PaperDocument opinionSheetDocument(const OpinionSheet &s)
{
    const auto e = escaped;
    const QString row = QStringLiteral("<tr><td class='k'>%1</td><td>%2</td></tr>");
    QString html = QStringLiteral("<h1>%1</h1><p align='center'>%2</p>")
                       .arg(e(tr("Expert opinion sheet")), e(s.committee));
    html += QStringLiteral("<table>");
    html += row.arg(e(tr("Acceptance number")), e(s.acceptanceNo));
    html += row.arg(e(tr("Name")), e(s.name));
    html += row.arg(e(tr("ID number")), e(s.maskedIdNumber));
    html += row.arg(e(tr("Employer")), e(s.employer));
    html += row.arg(e(tr("Appraisal type")), e(s.appraisalType));
    html += row.arg(e(tr("Examination")),
                    e(tr("%1 (form %2, version %3)").arg(s.role, s.templateTitle).arg(s.templateVersion)));
    html += row.arg(e(tr("Expert")), e(s.expertName));
    if (s.version > 1)
        html +=
            row.arg(e(tr("Revision")), e(tr("version %1, because: %2").arg(s.version).arg(s.changeReason)));
    html += QStringLiteral("</table>");
    for (const OpinionSheet::Section &section : s.sections) {
        if (section.rows.isEmpty())
            continue;
        html += QStringLiteral("<h2>%1</h2><table class='grid' width='100%' cellspacing='0'>")
                    .arg(e(section.title));
        for (const auto &[label, value] : section.rows)
            html += QStringLiteral("<tr><td width='35%'>%1</td><td>%2</td></tr>").arg(e(label), e(value));
        html += QStringLiteral("</table>");
    }
    QString basis;
    for (const QString &line : s.basis)
        basis += QStringLiteral("<li>%1</li>").arg(e(line));
    html += QStringLiteral("<h2>%1</h2><ul>%2</ul>").arg(e(tr("Basis (GB/T 16180-2014)")), basis);
    html += QStringLiteral("<h2>%1</h2>").arg(e(tr("Opinion")));
    if (s.overrideGrade > 0)
        html += QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                    .arg(e(tr("Disability grade %1").arg(s.overrideGrade)),
                         e(tr("The computed grade %1 was changed by the expert, because: %2")
                               .arg(s.computedGrade)
                               .arg(s.overrideReason)));
    else
        html += QStringLiteral("<p><b>%1</b></p>").arg(e(tr("Disability grade %1").arg(s.computedGrade)));
    html += QStringLiteral("<p>%1</p>").arg(e(tr("Self-care dependency: %1").arg(s.selfCare)));
    PaperDocument document;
    document.title = tr("Expert opinion %1").arg(s.acceptanceNo);
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(e(tr("Submitted on %1.").arg(s.submittedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
    if (!s.signature.isNull()) {
        document.images.insert(QStringLiteral("signature"), s.signature);
        html += QStringLiteral("<p>%1<br/><img src='signature' height='60'/></p>")
                    .arg(e(tr("Expert's signature: %1").arg(s.expertName)));
    }
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(e(s.signatureValid ? tr("The expert's signature matches this opinion.")
                                    : tr("WARNING: the expert's signature does not match this opinion.")));
    document.html = html;
    document.signatureValid = s.signatureValid;
    return document;
}

} // namespace printing
