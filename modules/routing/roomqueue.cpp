#include "roomqueue.h"

#include "checkin/checkinservice.h"
#include "checkin/queuepolicy.h"
#include "store/calleventrepository.h"
#include "store/venuerepository.h"

namespace routing {

RoomQueue::RoomQueue(store::Database &database) : m_database(database) {}

QList<RoomEntry> RoomQueue::inRoom(const QString &roomId, core::AssignmentState state) const
{
    const QDate day = checkin::CheckInService(m_database).serviceDay();
    return store::AssignmentRepository(m_database).inRoom(day, roomId, state);
}

QList<RoomEntry> RoomQueue::waiting(const QString &roomId) const
{
    const QDate day = checkin::CheckInService(m_database).serviceDay();
    const QList<RoomEntry> found =
        store::AssignmentRepository(m_database).inRoom(day, roomId, core::AssignmentState::Pending);
    QList<store::Ticket> tickets;
    QHash<QString, qsizetype> byTicket;
    for (qsizetype i = 0; i < found.size(); ++i) {
        store::Ticket ticket;
        ticket.id = found.at(i).ticketId;
        ticket.lane = found.at(i).lane;
        ticket.number = found.at(i).ticketNumber;
        ticket.label = found.at(i).ticketLabel;
        tickets << ticket;
        byTicket.insert(ticket.id, i);
    }
    // Waiting people in call order: green channel first, then the lanes by ratio, then arrival.
    const int otherLaneCalls = store::CallEventRepository(m_database)
                                   .callsOfRoom(roomId, day, QString::fromLatin1(core::kGreenLane));
    QList<RoomEntry> ordered;
    for (const store::Ticket &ticket :
         checkin::callOrder(tickets, store::VenueRepository(m_database).lanes(), otherLaneCalls))
        ordered << found.at(byTicket.value(ticket.id));
    return ordered;
}

QList<RoomEntry> RoomQueue::current(const QString &roomId) const
{
    return inRoom(roomId, core::AssignmentState::Called) + inRoom(roomId, core::AssignmentState::InExam);
}

QList<RoomEntry> RoomQueue::parked(const QString &roomId) const
{
    return inRoom(roomId, core::AssignmentState::Parked);
}

std::optional<RoomEntry> RoomQueue::entryOf(const QString &ticketId) const
{
    return store::AssignmentRepository(m_database).currentOf(ticketId);
}

} // namespace routing
