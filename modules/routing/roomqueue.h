#pragma once

#include "store/assignmentrepository.h"

namespace routing {

using RoomEntry = store::RoomEntry;

// Who a room sees on the service day: the people waiting for it in call order, the ones called or
// in an exam there, and the no-shows parked. Read-only; the call authority decides the changes.
class RoomQueue
{
public:
    explicit RoomQueue(store::Database &database);

    QList<RoomEntry> waiting(const QString &roomId) const; // in call order
    QList<RoomEntry> current(const QString &roomId) const; // called or in exam
    QList<RoomEntry> parked(const QString &roomId) const;  // no-shows
    // The current examination of the person holding the ticket (lowest role not done).
    std::optional<RoomEntry> entryOf(const QString &ticketId) const;

private:
    QList<RoomEntry> inRoom(const QString &roomId, core::AssignmentState state) const;
    store::Database &m_database;
};

} // namespace routing
