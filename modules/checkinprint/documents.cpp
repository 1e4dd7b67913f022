#include "documents.h"
#include "ticketoutput.h"

#include "core/idnumber.h"
#include "core/masking.h"
#include "store/venuerepository.h"

#include <QFileInfo>

namespace checkinprint {

namespace {

core::Venue venueOf(store::Database &database)
{
    return store::VenueRepository(database)
        .venue(database.setting(store::settings::VenueId))
        .value_or(core::Venue{});
}

} // namespace

printing::Ticket ticketDocument(store::Database &database, const checkin::CheckIn &checkIn, bool reprint)
{
    printing::Ticket ticket;
    ticket.ticketId = checkIn.ticket.id;
    ticket.number = checkIn.ticket.label;
    ticket.laneName = checkIn.lane.name;
    ticket.maskedName = core::maskName(checkIn.record.data.person.name);
    ticket.issuedAt = checkIn.ticket.issuedAt;
    ticket.peopleAhead = checkIn.peopleAhead;
    ticket.venueName = venueOf(database).name;
    ticket.reprint = reprint;
    return ticket;
}

printing::ReceiptNotice receiptDocument(store::Database &database, const checkin::CheckIn &checkIn)
{
    const core::Case &c = checkIn.record.data;
    const core::Venue venue = venueOf(database);
    printing::ReceiptNotice notice;
    notice.acceptanceNo = c.acceptanceNo;
    notice.maskedName = core::maskName(c.person.name);
    notice.maskedIdNumber = core::maskIdNumber(c.person.idNumber);
    notice.appraisalType = core::displayName(c.type);
    notice.materials = c.materials;
    notice.receivedOn = checkIn.ticket.issuedAt.date();
    notice.venueName = venue.name;
    notice.venueAddress = venue.address;
    notice.enquiryPhone = venue.phone;
    return notice;
}

TicketOutput *CheckInDocuments::newTicketOutput(QObject *parent) const
{
    return new ConfiguredTicketOutput(m_database, QFileInfo(m_database.path()).absolutePath(), parent);
}

} // namespace checkinprint
