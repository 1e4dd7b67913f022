#include "ticketoutput.h"

#include "documents.h"

#include "printing/escpos.h"
#include "printing/pdfdocuments.h"
#include "printing/printerlink.h"

#include <QDir>

namespace checkin {

ConfiguredTicketOutput::ConfiguredTicketOutput(store::Database &database, QString dataDir)
    : m_database(database), m_dataDir(std::move(dataDir))
{
}

QString ConfiguredTicketOutput::spoolDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("spool"));
}

QString ConfiguredTicketOutput::printTicket(const CheckIn &checkIn, bool reprint)
{
    const printing::Ticket ticket = ticketDocument(m_database, checkIn, reprint);
    const QString target = m_database.setting(QStringLiteral("printer.ticket"), QStringLiteral("pdf"));
    if (target == QLatin1String("pdf")) {
        if (!QDir().mkpath(spoolDir()))
            return tr("Cannot create the print folder %1.").arg(spoolDir());
        const QString path =
            QDir(spoolDir())
                .filePath(QStringLiteral("ticket-%1-%2.pdf")
                              .arg(checkIn.ticket.label,
                                   m_database.clock().now().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))));
        const core::Status written = printing::writeTicketPdf(ticket, path);
        return written ? QString() : written.error();
    }
    const QString profileId =
        m_database.setting(QStringLiteral("printer.profile"), QStringLiteral("58mm-gb18030"));
    const auto profile = printing::profile(profileId);
    if (!profile)
        return tr("The ticket printer profile \"%1\" is unknown; the venue admin sets printer.profile.")
            .arg(profileId);
    const auto bytes = printing::renderTicket(ticket, *profile);
    if (!bytes)
        return bytes.error();
    const auto sent = printing::sendToPrinter({target}, bytes.value());
    return sent ? QString() : sent.error();
}

QString ConfiguredTicketOutput::printReceipt(const CheckIn &checkIn)
{
    if (!QDir().mkpath(spoolDir()))
        return tr("Cannot create the print folder %1.").arg(spoolDir());
    const QString path =
        QDir(spoolDir())
            .filePath(QStringLiteral("receipt-%1-%2.pdf")
                          .arg(checkIn.record.data.acceptanceNo,
                               m_database.clock().now().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const core::Status written = printing::writeReceiptPdf(receiptDocument(m_database, checkIn), path);
    return written ? QString() : written.error();
}

} // namespace checkin
