#include "pdfdocuments.h"

#include "documenttext.h"
#include "ticketpainter.h"

#include <QFile>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace printing {

namespace {

QString receiptHtml(const ReceiptNotice &notice)
{
    const QLocale locale;
    QString materials;
    for (const QString &item : notice.materials)
        materials += QStringLiteral("<li>%1</li>").arg(escaped(item));
    const QString row = QStringLiteral("<tr><td class='k'>%1</td><td>%2</td></tr>");
    QString html = QStringLiteral("<html><head><style>"
                                  "body { font-size: 11pt; }"
                                  "h1 { font-size: 18pt; text-align: center; }"
                                  "h2 { font-size: 12pt; margin-top: 14px; }"
                                  "td.k { color: #333333; padding-right: 18px; }"
                                  "</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Receipt notice of appraisal materials")));
    html += QStringLiteral("<p align='center'>%1</p>").arg(escaped(notice.venueName));
    html += QStringLiteral("<table>");
    html += row.arg(escaped(tr("Acceptance number")), escaped(notice.acceptanceNo));
    html += row.arg(escaped(tr("Applicant")), escaped(notice.maskedName));
    html += row.arg(escaped(tr("ID number")), escaped(notice.maskedIdNumber));
    html += row.arg(escaped(tr("Appraisal type")), escaped(notice.appraisalType));
    html += row.arg(escaped(tr("Received on")),
                    escaped(locale.toString(notice.receivedOn, QStringLiteral("yyyy-MM-dd"))));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2>%1</h2><ol>%2</ol>").arg(escaped(tr("Materials received")), materials);
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(escaped(tr("What happens next")),
                     escaped(tr(
                         "Today two experts drawn at random examine you, one after the other, and a third "
                         "expert reviews their opinions. Wait in the hall until your number is called. The "
                         "conclusion is sent to you in writing.")));
    html +=
        QStringLiteral("<h2>%1</h2><ul><li>%2</li><li>%3</li><li>%4</li></ul>")
            .arg(
                escaped(tr("Time limits")),
                escaped(tr("The committee makes its conclusion within 60 days of accepting the application; "
                           "for complex cases, such as several specialties, it may extend this by 30 days.")),
                escaped(tr("The conclusion is delivered within 15 days of being made.")),
                escaped(tr("If you disagree with the conclusion, you may apply for a re-appraisal to the "
                           "provincial committee within 15 days of receiving it.")));
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(escaped(tr("Enquiries")),
                     escaped(tr("Quote the acceptance number. Telephone: %1. Address: %2.")
                                 .arg(notice.enquiryPhone, notice.venueAddress)));
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace

std::unique_ptr<QTextDocument> receiptDocument(const ReceiptNotice &notice)
{
    auto document = std::make_unique<QTextDocument>();
    // One TrueType CJK font for everything: with it the PDF's text layer reads back whole (the
    // OpenType CJK collections lose digits and radicals in Qt 6.4's PDF text mapping).
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    font.setPointSize(11);
    document->setDefaultFont(font);
    document->setHtml(receiptHtml(notice));
    return document;
}

core::Status printReceipt(const ReceiptNotice &notice, QPagedPaintDevice &device)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    receiptDocument(notice)->print(&device);
    return {};
}

core::Status writeReceiptPdf(const ReceiptNotice &notice, const QString &path)
{
    {
        QPdfWriter writer(path);
        writer.setTitle(tr("Receipt notice of appraisal materials"));
        writer.setCreator(QStringLiteral("appraisal-workstation"));
        if (core::Status printed = printReceipt(notice, writer); !printed)
            return printed;
    }
    if (QFile(path).size() == 0)
        return core::Status::failure(tr("The PDF %1 could not be written.").arg(path));
    return {};
}

void setTicketPage(const Ticket &ticket, QPagedPaintDevice &device)
{
    const qreal widthMm = 80.0;
    device.setPageSize(QPageSize(QSizeF(widthMm, widthMm * ticketHeight(ticket, kTicketWidth) / kTicketWidth),
                                 QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
}

core::Status printTicket(const Ticket &ticket, QPagedPaintDevice &device)
{
    QPainter painter(&device);
    if (!painter.isActive())
        return core::Status::failure(tr("The ticket could not be printed."));
    const int height = ticketHeight(ticket, kTicketWidth);
    painter.setWindow(0, 0, kTicketWidth, height);
    painter.setViewport(0, 0, device.width(), device.height());
    paintTicket(painter, ticket, kTicketWidth);
    return {};
}

core::Status writeTicketPdf(const Ticket &ticket, const QString &path)
{
    {
        QPdfWriter writer(path);
        writer.setTitle(tr("Queue ticket"));
        writer.setCreator(QStringLiteral("appraisal-workstation"));
        setTicketPage(ticket, writer);
        if (!printTicket(ticket, writer))
            return core::Status::failure(tr("The PDF %1 could not be written.").arg(path));
    }
    if (QFile(path).size() == 0)
        return core::Status::failure(tr("The PDF %1 could not be written.").arg(path));
    return {};
}

} // namespace printing
