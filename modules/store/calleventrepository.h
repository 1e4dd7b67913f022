#pragma once

#include "database.h"

#include <QDateTime>
#include <optional>

namespace store {

// One thing that happened at a room, as the hall display, the announcer and the sync see it.
// Only masked names, never ID numbers.
struct CallEvent {
    qint64 seq = 0; // strictly increasing; a display replays from the last one it saw
    QDateTime at;
    QString roomId;
    QString roomName; // not stored: filled from the room when read
    // call | recall | no_show | requeue | start | finish | transfer | pause | resume | override
    QString action;
    QString ticketId;
    QString ticketLabel;
    QString lane;
    QString maskedName;
    QString actor;
    QString detail; // reason of a transfer, pause or override
};

// The call_events table: the ordered log of the calls. Appends run inside the caller's
// transaction (the call authority's decision).
class CallEventRepository
{
    Q_DECLARE_TR_FUNCTIONS(store::CallEventRepository)
public:
    explicit CallEventRepository(Database &database);

    // Stores the event (its seq is ignored) and returns the seq it was given.
    core::Result<qint64> append(const CallEvent &event);
    // The events after `seq`, oldest first, at most `limit` (roomName left empty).
    core::Result<QList<CallEvent>> after(qint64 seq, int limit) const;
    // The seq of the last event before `day` began (a display starting up shows that day only).
    std::optional<qint64> lastBefore(const QDate &day) const;
    // How many first calls ("call") the room made on `day` for lanes other than `exceptLane`.
    int callsOfRoom(const QString &roomId, const QDate &day, const QString &exceptLane) const;

private:
    Database &m_database;
};

} // namespace store
