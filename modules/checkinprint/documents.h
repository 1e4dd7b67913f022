#pragma once

#include "checkin/checkinservice.h"

#include "printing/documents.h"

namespace checkinprint {

// The printed forms of a check-in, with the one masking policy applied: tickets and notices
// carry a masked name and a masked ID number, never the full ones.
printing::Ticket ticketDocument(store::Database &database, const checkin::CheckIn &checkIn, bool reprint);
printing::ReceiptNotice receiptDocument(store::Database &database, const checkin::CheckIn &checkIn);

} // namespace checkinprint
