#pragma once

#include "checkin/checkinservice.h"

namespace ui {

// Where the front desk's tickets and receipt notices go (a thermal printer, a system printer, a
// PDF). Provided by the app; the page does not know the printer. Returns an empty string when the
// job was accepted, otherwise what went wrong, for the page to show.
class TicketOutput
{
public:
    virtual ~TicketOutput() = default;
    virtual QString printTicket(const checkin::CheckIn &checkIn, bool reprint) = 0;
    virtual QString printReceipt(const checkin::CheckIn &checkIn) = 0;
};

} // namespace ui
