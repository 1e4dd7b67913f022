#pragma once

#include "checkin/checkinservice.h"

#include "printing/documents.h"

namespace checkinprint {

// The printed forms of a check-in, with the one masking policy applied: tickets and notices
// carry a masked name and a masked ID number, never the full ones.
printing::Ticket ticketDocument(store::Database &database, const checkin::CheckIn &checkIn, bool reprint);
printing::ReceiptNotice receiptDocument(store::Database &database, const checkin::CheckIn &checkIn);

class TicketOutput;

// The same forms for a desk's screens (a preview before printing), and a printer set up from the
// station's settings as they stand now (the settings dialog's test print, after a save).
class CheckInDocuments
{
public:
    explicit CheckInDocuments(store::Database &database) : m_database(database) {}

    printing::Ticket ticket(const checkin::CheckIn &checkIn, bool reprint) const
    {
        return ticketDocument(m_database, checkIn, reprint);
    }
    printing::ReceiptNotice receipt(const checkin::CheckIn &checkIn) const
    {
        return receiptDocument(m_database, checkIn);
    }
    // A new ConfiguredTicketOutput for the station's data folder, owned by `parent`.
    TicketOutput *newTicketOutput(QObject *parent) const;

private:
    store::Database &m_database;
};

} // namespace checkinprint
