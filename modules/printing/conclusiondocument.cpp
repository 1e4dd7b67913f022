#include "paperdocument.h"

#include "documenttext.h"

namespace printing {

PaperDocument conclusionDocument(const ConclusionNotice &n)
{
    const auto e = escaped;
    const QString row = QStringLiteral("<tr><td class='k'>%1</td><td>%2</td></tr>");
    QString basis;
    for (const QString &line : n.basis)
        basis += QStringLiteral("<li>%1</li>").arg(e(line));
    QString html = QStringLiteral("<h1>%1</h1><p align='center'>%2</p>")
                       .arg(e(tr("Appraisal conclusion")), e(n.committee));
    html += QStringLiteral("<table>");
    html += row.arg(e(tr("Acceptance number")), e(n.acceptanceNo));
    html += row.arg(e(tr("Name")), e(n.name));
    html += row.arg(e(tr("ID number")), e(n.maskedIdNumber));
    html += row.arg(e(tr("Employer")), e(n.employer));
    html += row.arg(e(tr("Appraisal type")), e(n.appraisalType));
    html += row.arg(e(tr("Injury or illness")), e(n.diagnosis));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2>%1</h2><ul>%2</ul>").arg(e(tr("Basis (GB/T 16180-2014)")), basis);
    // A reviewer's own conclusion from before the review page asked for self-care has none.
    html += QStringLiteral("<h2>%1</h2><p><b>%2</b></p>")
                .arg(e(tr("Conclusion")), e(tr("Disability grade %1").arg(n.grade)));
    if (!n.selfCare.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(e(tr("Self-care dependency: %1").arg(n.selfCare)));
    html +=
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(
                e(tr("Your rights")),
                e(tr("If you or your employer disagree with this conclusion, you may apply to the provincial "
                     "labour capacity appraisal committee for a re-appraisal within 15 days of receiving "
                     "it.")));
    html += QStringLiteral("<p>%1</p>")
                .arg(e(tr("Concluded on %1 at %2.")
                           .arg(n.concludedOn.toString(QStringLiteral("yyyy-MM-dd")), n.venueName)));
    PaperDocument document;
    document.title = tr("Appraisal conclusion %1").arg(n.acceptanceNo);
    if (!n.signature.isNull()) {
        document.images.insert(QStringLiteral("signature"), n.signature);
        html += QStringLiteral("<p>%1<br/><img src='signature' height='60'/></p>")
                    .arg(e(tr("Reviewing expert: %1").arg(n.reviewer)));
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(e(n.signatureValid
                           ? tr("Signed by the reviewing expert %1; the signature matches this conclusion.")
                                 .arg(n.reviewer)
                           : tr("WARNING: the reviewer's signature does not match this conclusion.")));
    document.html = html;
    document.signatureValid = n.signatureValid;
    return document;
}

} // namespace printing
