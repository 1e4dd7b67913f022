#pragma once

#include "checkinservice.h"

#include "printing/documents.h"

namespace checkin {

// The printed forms of a check-in, with the one masking policy applied: tickets and notices
// carry a masked name and a masked ID number, never the full ones.
printing::Ticket ticketDocument(store::Database &database, const CheckIn &checkIn, bool reprint);
printing::ReceiptNotice receiptDocument(store::Database &database, const CheckIn &checkIn);

} // namespace checkin
