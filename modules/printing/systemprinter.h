#pragma once

#include "documents.h"

#include "core/result.h"

namespace printing {

// Prints the receipt notice on A4 through a printer of the operating system (QPrinter): the default
// printer when `printerName` is empty. Fails with a message naming the printers there are when the
// named one does not exist.
core::Status printReceiptOnSystemPrinter(const ReceiptNotice &notice, const QString &printerName);
// The ticket on an 80 mm page, for ticket printers driven by the operating system.
core::Status printTicketOnSystemPrinter(const Ticket &ticket, const QString &printerName);

} // namespace printing
