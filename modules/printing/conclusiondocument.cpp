#include "conclusiondocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QPdfWriter>
#include <QTextDocument>

namespace printing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("printing", text);
}

QString conclusionHtml(const ConclusionNotice &n)
{
    const auto e = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    const QString row = QStringLiteral("<tr><td class='k'>%1</td><td>%2</td></tr>");
    QString basis;
    for (const QString &line : n.basis)
        basis += QStringLiteral("<li>%1</li>").arg(e(line));
    QString html =
        QStringLiteral("<html><head><style>body { font-size: 11pt; } h1 { font-size: 18pt; text-align: "
                       "center; } h2 { font-size: 12pt; margin-top: 14px; } td.k { color: #333333; "
                       "padding-right: 18px; }</style></head><body>");
    html += QStringLiteral("<h1>%1</h1><p align='center'>%2</p>")
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
    html += QStringLiteral("<h2>%1</h2><p><b>%2</b></p><p>%3</p>")
                .arg(e(tr("Conclusion")), e(tr("Disability grade %1").arg(n.grade)),
                     e(tr("Self-care dependency: %1").arg(n.selfCare)));
    html +=
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(
                e(tr("Your rights")),
                e(tr("If you or your employer disagree with this conclusion, you may apply to the provincial "
                     "labour capacity appraisal committee for a re-appraisal within 15 days of receiving "
                     "it.")));
    html += QStringLiteral("<p>%1</p><p>%2</p>")
                .arg(e(tr("Concluded on %1 at %2.")
                           .arg(n.concludedOn.toString(QStringLiteral("yyyy-MM-dd")), n.venueName)),
                     e(n.signatureValid
                           ? tr("Signed by the reviewing expert %1; the signature matches this conclusion.")
                                 .arg(n.reviewer)
                           : tr("WARNING: the reviewer's signature does not match this conclusion.")));
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace

core::Status printConclusion(const ConclusionNotice &notice, QPagedPaintDevice &device)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    QTextDocument document;
    QFont font(QStringLiteral("WenQuanYi Micro Hei")); // keeps the PDF text layer readable (see receipt)
    font.setPointSize(11);
    document.setDefaultFont(font);
    document.setHtml(conclusionHtml(notice));
    document.print(&device);
    return {};
}

core::Status writeConclusionPdf(const ConclusionNotice &notice, const QString &path)
{
    {
        QPdfWriter writer(path);
        writer.setTitle(tr("Appraisal conclusion %1").arg(notice.acceptanceNo));
        writer.setCreator(QStringLiteral("appraisal-workstation"));
        printConclusion(notice, writer);
    }
    if (QFile(path).size() == 0)
        return core::Status::failure(tr("The PDF %1 could not be written.").arg(path));
    return {};
}

} // namespace printing
