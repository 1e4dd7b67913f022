#pragma once

#include "documents.h"

#include "core/result.h"

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace printing {

// The receipt notice (收讫告知书) as a document: used for PDF files and for system printers
// (QPrinter, with print preview in the station).
std::unique_ptr<QTextDocument> receiptDocument(const ReceiptNotice &notice);
core::Status printReceipt(const ReceiptNotice &notice, QPagedPaintDevice &device);
core::Status writeReceiptPdf(const ReceiptNotice &notice, const QString &path);

// The ticket on an 80 mm wide page, the same layout as the thermal printout (576 layout units wide,
// the 80 mm printer's dots). setTicketPage sizes the device's page to fit; printTicket paints.
constexpr int kTicketWidth = 576;
void setTicketPage(const Ticket &ticket, QPagedPaintDevice &device);
core::Status printTicket(const Ticket &ticket, QPagedPaintDevice &device);
core::Status writeTicketPdf(const Ticket &ticket, const QString &path);

} // namespace printing
