#pragma once

#include "accounts/permissions.h"
#include "roomqueue.h"
#include "store/calleventrepository.h"

#include <QDateTime>

namespace routing {

// One thing that happened at a room, as the hall display, the announcer and the sync see it
// (store/calleventrepository.h); a person in a room's queue (store/assignmentrepository.h).
using CallEvent = store::CallEvent;
using RoomEntry = store::RoomEntry;

// The one authority that decides calls. Every decision runs inside one database transaction, so
// two rooms (or two experts of one room) pressing "call next" at once never get the same person.
// In single-PC mode it runs in-process (LocalCallAuthority); the venue hub takes its place on a LAN.
class CallAuthority
{
public:
    virtual ~CallAuthority() = default;
    virtual core::Result<CallEvent> callNext(const accounts::Session &session, const QString &roomId) = 0;
    virtual core::Result<CallEvent> callTicket(const accounts::Session &session, const QString &roomId,
                                               const QString &ticketLabel) = 0;
    virtual core::Result<CallEvent> recall(const accounts::Session &session, const QString &roomId,
                                           const QString &ticketId) = 0;
    virtual core::Result<CallEvent> noShow(const accounts::Session &session, const QString &roomId,
                                           const QString &ticketId) = 0;
    virtual core::Result<CallEvent> requeue(const accounts::Session &session, const QString &ticketId) = 0;
    virtual core::Result<CallEvent> startExam(const accounts::Session &session, const QString &roomId,
                                              const QString &ticketId) = 0;
    virtual core::Result<CallEvent> finishExam(const accounts::Session &session, const QString &roomId,
                                               const QString &ticketId) = 0;
    virtual core::Result<CallEvent> transfer(const accounts::Session &session, const QString &roomId,
                                             const QString &ticketId, const QString &toExpertId,
                                             const QString &reason) = 0;
    virtual core::Result<CallEvent> pause(const accounts::Session &session, const QString &roomId,
                                          const QString &reason) = 0;
    virtual core::Result<CallEvent> resume(const accounts::Session &session, const QString &roomId) = 0;
    // The venue admin's explicit override: from now until the end of the service day the admin may
    // call for this room. Needs a reason; recorded as call event "override" (audited, in the outbox).
    // An expert is never given one: an expert calls only for the room they are seated in.
    virtual core::Result<CallEvent> overrideRoom(const accounts::Session &session, const QString &roomId,
                                                 const QString &reason) = 0;

    virtual QList<RoomEntry> queue(const QString &roomId) const = 0;   // waiting, in call order
    virtual QList<RoomEntry> current(const QString &roomId) const = 0; // called or in exam
    virtual QList<RoomEntry> parked(const QString &roomId) const = 0;  // no-shows
    // The events after `seq`, oldest first; fails when the source cannot be read (the display says
    // so and keeps its last state).
    virtual core::Result<QList<CallEvent>> pollEvents(qint64 seq, int limit = 500) const = 0;
    QList<CallEvent> eventsSince(qint64 seq, int limit = 500) const
    {
        auto polled = pollEvents(seq, limit);
        return polled ? std::move(polled).value() : QList<CallEvent>();
    }
};

// Settings: call.max_calls (default 3: the first call and two recalls), call.recall_interval_s
// (default 30).
class LocalCallAuthority : public CallAuthority
{
    Q_DECLARE_TR_FUNCTIONS(routing::LocalCallAuthority)
public:
    explicit LocalCallAuthority(store::Database &database);

    core::Result<CallEvent> callNext(const accounts::Session &session, const QString &roomId) override;
    core::Result<CallEvent> callTicket(const accounts::Session &session, const QString &roomId,
                                       const QString &ticketLabel) override;
    core::Result<CallEvent> recall(const accounts::Session &session, const QString &roomId,
                                   const QString &ticketId) override;
    core::Result<CallEvent> noShow(const accounts::Session &session, const QString &roomId,
                                   const QString &ticketId) override;
    core::Result<CallEvent> requeue(const accounts::Session &session, const QString &ticketId) override;
    core::Result<CallEvent> startExam(const accounts::Session &session, const QString &roomId,
                                      const QString &ticketId) override;
    core::Result<CallEvent> finishExam(const accounts::Session &session, const QString &roomId,
                                       const QString &ticketId) override;
    core::Result<CallEvent> transfer(const accounts::Session &session, const QString &roomId,
                                     const QString &ticketId, const QString &toExpertId,
                                     const QString &reason) override;
    core::Result<CallEvent> pause(const accounts::Session &session, const QString &roomId,
                                  const QString &reason) override;
    core::Result<CallEvent> resume(const accounts::Session &session, const QString &roomId) override;
    core::Result<CallEvent> overrideRoom(const accounts::Session &session, const QString &roomId,
                                         const QString &reason) override;

    QList<RoomEntry> queue(const QString &roomId) const override;
    QList<RoomEntry> current(const QString &roomId) const override;
    QList<RoomEntry> parked(const QString &roomId) const override;
    core::Result<QList<CallEvent>> pollEvents(qint64 seq, int limit = 500) const override;

private:
    // What a decision asks of the person: a call needs the room lock (an expert's own room, the
    // venue admin's override); pausing, resuming and overriding are also the venue admin's to do.
    enum class Act { Call, Room, Override };
    core::Status mayAct(const accounts::Session &session, const QString &roomId, Act act) const;
    // An expert takes only the people drawn to them: the blind double examination is the draw's
    // two experts, not whoever of a shared room presses first. The venue admin (and a session that
    // names no expert) takes anyone of the room. The refusal names who the person is drawn to.
    core::Status mayTake(const accounts::Session &session, const RoomEntry &entry) const;
    core::Result<CallEvent> decide(const accounts::Session &session, const QString &roomId,
                                   const std::function<core::Result<CallEvent>()> &decision,
                                   Act act = Act::Call);
    core::Result<CallEvent> record(const accounts::Session &session, const QString &roomId,
                                   const QString &action, const std::optional<RoomEntry> &entry,
                                   const QString &detail = {});
    // Calls `entry` to its room: the assignment counts one more call, the ticket shows "called".
    core::Status call(const RoomEntry &entry);
    core::Status setAssignment(const RoomEntry &entry, core::AssignmentState state);
    core::Status setTicket(const QString &ticketId, core::TicketState state);

    store::Database &m_database;
    RoomQueue m_rooms;
};

} // namespace routing
