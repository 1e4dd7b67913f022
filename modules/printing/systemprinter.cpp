#include "systemprinter.h"

#include "pdfdocuments.h"

#include <QCoreApplication>
#include <QPrinter>
#include <QPrinterInfo>

namespace printing {

namespace {

core::Result<QPrinterInfo> findPrinter(const QString &printerName)
{
    const QPrinterInfo info =
        printerName.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(printerName);
    if (info.isNull()) {
        const QStringList names = QPrinterInfo::availablePrinterNames();
        const QString known =
            names.isEmpty() ? QCoreApplication::translate("printing", "this computer has no printers set up")
                            : QCoreApplication::translate("printing", "printers here: %1")
                                  .arg(names.join(QStringLiteral(", ")));
        return core::Status::failure(
            printerName.isEmpty()
                ? QCoreApplication::translate("printing", "There is no default system printer (%1).")
                      .arg(known)
                : QCoreApplication::translate("printing", "There is no system printer named \"%1\" (%2).")
                      .arg(printerName, known));
    }
    return info;
}

} // namespace

core::Status printReceiptOnSystemPrinter(const ReceiptNotice &notice, const QString &printerName)
{
    const auto info = findPrinter(printerName);
    if (!info)
        return info.status();
    QPrinter printer(info.value(), QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(QCoreApplication::translate("printing", "Receipt notice %1").arg(notice.acceptanceNo));
    return printReceipt(notice, printer);
}

} // namespace printing

namespace printing {

core::Status printTicketOnSystemPrinter(const Ticket &ticket, const QString &printerName)
{
    const auto info = findPrinter(printerName);
    if (!info)
        return info.status();
    QPrinter printer(info.value(), QPrinter::HighResolution);
    printer.setDocName(QCoreApplication::translate("printing", "Queue ticket %1").arg(ticket.number));
    setTicketPage(ticket, printer);
    return printTicket(ticket, printer);
}

} // namespace printing
