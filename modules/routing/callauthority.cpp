#include "callauthority.h"

#include "checkin/checkinservice.h"
#include "core/masking.h"
#include "store/assignmentrepository.h"
#include "store/auditlog.h"
#include "store/caserepository.h"
#include "store/drawrepository.h"
#include "store/expertrepository.h"
#include "store/outbox.h"
#include "store/venuerepository.h"

#include <QJsonObject>

namespace routing {

namespace {

using Result = core::Result<CallEvent>;

Result refused(const QString &message)
{
    return Result::failure(message);
}

// An expert account acts for itself: it calls and examines only the people drawn to it.
bool takesOwnOnly(const accounts::Session &session)
{
    return session.account.role == core::Role::Expert && !session.account.expertId.isEmpty();
}

QString roomName(store::Database &database, const QString &roomId)
{
    for (const core::Room &room : store::VenueRepository(database).rooms())
        if (room.id == roomId)
            return room.name.isEmpty() ? room.id : room.name;
    return roomId;
}

} // namespace

LocalCallAuthority::LocalCallAuthority(store::Database &database) : m_database(database), m_rooms(database) {}

QList<RoomEntry> LocalCallAuthority::queue(const QString &roomId) const
{
    return m_rooms.waiting(roomId);
}

QList<RoomEntry> LocalCallAuthority::current(const QString &roomId) const
{
    return m_rooms.current(roomId);
}

QList<RoomEntry> LocalCallAuthority::parked(const QString &roomId) const
{
    return m_rooms.parked(roomId);
}

core::Status LocalCallAuthority::mayAct(const accounts::Session &session, const QString &roomId,
                                        Act act) const
{
    const core::Role role = session.account.role;
    if (role == core::Role::VenueAdmin && session.valid() && session.account.active) {
        if (act != Act::Call)
            return {};
        const QDate day = checkin::CheckInService(m_database).serviceDay();
        const QTime reset =
            QTime::fromString(m_database.setting(store::settings::QueueResetTime), QStringLiteral("HH:mm"));
        // The start of the service day in the clock's own time spec, so it compares with `at`.
        QDateTime from = m_database.clock().now();
        from.setDate(day);
        from.setTime(reset.isValid() ? reset : QTime(0, 0));
        if (store::VenueRepository(m_database)
                .hasRoomOverride(roomId, session.account.username, from, from.addDays(1)))
            return {};
        return core::Status::failure(tr("As venue admin you call for room %1 only after choosing it with a "
                                        "reason (\"Call for this room…\"); the override is audited.")
                                         .arg(roomId));
    }
    if (const core::Status allowed = accounts::Authorizer::require(session, accounts::Permission::CallNext);
        !allowed)
        return allowed;
    if (act == Act::Override)
        return core::Status::failure(
            tr("Only the venue admin may call for another room; an expert calls for the room they are "
               "seated in."));
    // An expert calls for the room they are seated in, whatever station the call comes from.
    if (role == core::Role::Expert && !session.account.expertId.isEmpty())
        if (const auto me = store::ExpertRepository(m_database).find(session.account.expertId);
            me && !me->roomId.isEmpty() && me->roomId != roomId)
            return core::Status::failure(tr("You are seated in room %1 and call only for it. The venue admin "
                                            "can call for another room.")
                                             .arg(me->roomId));
    return {};
}

core::Status LocalCallAuthority::mayTake(const accounts::Session &session, const RoomEntry &entry) const
{
    if (!takesOwnOnly(session) || entry.expertId == session.account.expertId)
        return {};
    // Staff screen: the experts by id and name (never the person's name; the ticket stands for them).
    const store::ExpertRepository experts(m_database);
    const auto named = [&experts](const QString &id) {
        const auto expert = experts.find(id);
        return expert && !expert->name.isEmpty() ? QStringLiteral("%1 %2").arg(id, expert->name) : id;
    };
    QStringList examiners;
    bool drawnToMe = false; // for a later examination: the current one is another expert's
    if (const auto draw = store::DrawRepository(m_database).current(entry.acceptanceNo))
        for (const store::MirroredAssignment &assignment :
             store::AssignmentRepository(m_database).panelOf(draw->id))
            if (assignment.role != QLatin1String("review")) {
                examiners << named(assignment.expertId);
                drawnToMe = drawnToMe || assignment.expertId == session.account.expertId;
            }
    if (examiners.isEmpty())
        examiners << named(entry.expertId);
    const QString where = entry.roomId.isEmpty() ? QString() : roomName(m_database, entry.roomId);
    if (drawnToMe)
        return core::Status::failure(
            where.isEmpty() ? tr("%1 is examined by %2 first; they come to you after that examination.")
                                  .arg(entry.ticketLabel, named(entry.expertId))
                            : tr("%1 is examined by %2 first, in %3; they come to you after that "
                                 "examination.")
                                  .arg(entry.ticketLabel, named(entry.expertId), where));
    const QString drawnTo = examiners.join(tr(", ", "between the names of a list of experts"));
    if (where.isEmpty())
        return core::Status::failure(tr("%1 is drawn to %2, not to you; %3 examines this person now.")
                                         .arg(entry.ticketLabel, drawnTo, named(entry.expertId)));
    return core::Status::failure(tr("%1 is drawn to %2, not to you; %3 calls this person now, in %4.")
                                     .arg(entry.ticketLabel, drawnTo, named(entry.expertId), where));
}

Result LocalCallAuthority::decide(const accounts::Session &session, const QString &roomId,
                                  const std::function<Result()> &decision, Act act)
{
    if (const core::Status allowed = mayAct(session, roomId, act); !allowed)
        return refused(allowed.error());
    Result outcome = refused(QString());
    const core::Status stored = m_database.transaction([&]() -> core::Status {
        const QList<core::Room> rooms = store::VenueRepository(m_database).rooms();
        if (std::none_of(rooms.cbegin(), rooms.cend(),
                         [&](const core::Room &room) { return room.id == roomId; }))
            return core::Status::failure(tr("There is no room %1.").arg(roomId));
        outcome = decision();
        return outcome.status();
    });
    if (!stored)
        return refused(stored.error());
    return outcome;
}

Result LocalCallAuthority::record(const accounts::Session &session, const QString &roomId,
                                  const QString &action, const std::optional<RoomEntry> &entry,
                                  const QString &detail)
{
    CallEvent event;
    event.at = m_database.clock().now();
    event.roomId = roomId;
    for (const core::Room &room : store::VenueRepository(m_database).rooms())
        if (room.id == roomId)
            event.roomName = room.name;
    event.action = action;
    event.actor = session.account.username;
    event.detail = detail;
    if (entry) {
        event.ticketId = entry->ticketId;
        event.ticketLabel = entry->ticketLabel;
        event.lane = entry->lane;
        if (const auto record = store::CaseRepository(m_database).find(entry->acceptanceNo))
            event.maskedName = core::maskName(record->data.person.name);
    }
    const core::Result<qint64> seq = store::CallEventRepository(m_database).append(event);
    if (!seq)
        return refused(seq.error());
    event.seq = seq.value();
    const QJsonObject details{{QStringLiteral("seq"), event.seq},
                              {QStringLiteral("room"), roomId},
                              {QStringLiteral("ticket"), event.ticketLabel},
                              {QStringLiteral("case"), entry ? entry->acceptanceNo : QString()},
                              {QStringLiteral("detail"), detail}};
    if (core::Status audited = store::AuditLog(m_database)
                                   .append(event.actor, QStringLiteral("call.") + action,
                                           entry ? entry->acceptanceNo : roomId, details);
        !audited)
        return refused(audited.error());
    QJsonObject payload = details;
    payload.insert(QStringLiteral("at"), event.at.toString(Qt::ISODateWithMs));
    payload.insert(QStringLiteral("action"), action);
    payload.insert(QStringLiteral("actor"), event.actor);
    if (core::Status queued = store::Outbox(m_database)
                                  .append(QStringLiteral("call_event"), QString::number(event.seq), payload,
                                          store::Outbox::Versioning::FirstOnly);
        !queued)
        return refused(queued.error());
    return event;
}

core::Status LocalCallAuthority::call(const RoomEntry &entry)
{
    if (core::Status called = store::AssignmentRepository(m_database)
                                  .recordCall(entry.acceptanceNo, entry.role, m_database.clock().now());
        !called)
        return called;
    return setTicket(entry.ticketId, core::TicketState::Called);
}

core::Status LocalCallAuthority::setAssignment(const RoomEntry &entry, core::AssignmentState state)
{
    return store::AssignmentRepository(m_database).setState(entry.acceptanceNo, entry.role, state);
}

core::Status LocalCallAuthority::setTicket(const QString &ticketId, core::TicketState state)
{
    return store::TicketRepository(m_database).setStateByCall(ticketId, state);
}

Result LocalCallAuthority::callNext(const accounts::Session &session, const QString &roomId)
{
    return decide(session, roomId, [&]() -> Result {
        const QString paused = store::VenueRepository(m_database).roomPause(roomId);
        if (!paused.isEmpty())
            return refused(tr("Room %1 is paused (%2); resume it first.").arg(roomId, paused));
        const QList<RoomEntry> waiting = queue(roomId);
        if (waiting.isEmpty())
            return refused(tr("Nobody is waiting for room %1.").arg(roomId));
        // A room may seat several experts: an expert's next is the first one drawn to them.
        const auto mine = std::find_if(waiting.cbegin(), waiting.cend(), [&](const RoomEntry &entry) {
            return !takesOwnOnly(session) || entry.expertId == session.account.expertId;
        });
        if (mine == waiting.cend())
            return refused(tr("Nobody waiting in %1 is drawn to you: the %n waiting there are for the "
                              "room's other experts, who call them.",
                              nullptr, int(waiting.size()))
                               .arg(roomName(m_database, roomId)));
        const RoomEntry next = *mine;
        if (core::Status s = call(next); !s)
            return refused(s.error());
        return record(session, roomId, QStringLiteral("call"), next);
    });
}

Result LocalCallAuthority::callTicket(const accounts::Session &session, const QString &roomId,
                                      const QString &ticketLabel)
{
    return decide(session, roomId, [&]() -> Result {
        for (const RoomEntry &entry : queue(roomId) + parked(roomId)) {
            if (entry.ticketLabel.compare(ticketLabel.trimmed(), Qt::CaseInsensitive) != 0)
                continue;
            if (const core::Status mine = mayTake(session, entry); !mine)
                return refused(mine.error());
            if (core::Status s = call(entry); !s)
                return refused(s.error());
            return record(session, roomId, QStringLiteral("call"), entry);
        }
        return refused(tr("Ticket %1 is not waiting for room %2 (called elsewhere, in an exam, or for "
                          "another room).")
                           .arg(ticketLabel.trimmed(), roomId));
    });
}

Result LocalCallAuthority::recall(const accounts::Session &session, const QString &roomId,
                                  const QString &ticketId)
{
    return decide(session, roomId, [&]() -> Result {
        const auto entry = m_rooms.entryOf(ticketId);
        if (!entry || entry->state != core::AssignmentState::Called || entry->roomId != roomId)
            return refused(tr("Only a person who was called to this room and has not come yet can be called "
                              "again."));
        if (const core::Status mine = mayTake(session, *entry); !mine)
            return refused(mine.error());
        const int maxCalls = m_database.settingNumber(store::settings::CallMaxCalls);
        if (entry->calls >= maxCalls)
            return refused(
                tr("%1 has been called %2 times, the most allowed; mark them as not here (no-show).")
                    .arg(entry->ticketLabel)
                    .arg(entry->calls));
        const int interval = m_database.settingNumber(store::settings::CallRecallIntervalSeconds);
        const qint64 since = entry->lastCallAt.secsTo(m_database.clock().now());
        if (since < interval)
            return refused(tr("%1 was called %2 s ago; wait %3 s before calling again.")
                               .arg(entry->ticketLabel)
                               .arg(since)
                               .arg(interval - since));
        if (core::Status s = store::AssignmentRepository(m_database)
                                 .recordCall(entry->acceptanceNo, entry->role, m_database.clock().now());
            !s)
            return refused(s.error());
        return record(session, roomId, QStringLiteral("recall"), entry);
    });
}

Result LocalCallAuthority::noShow(const accounts::Session &session, const QString &roomId,
                                  const QString &ticketId)
{
    return decide(session, roomId, [&]() -> Result {
        const auto entry = m_rooms.entryOf(ticketId);
        if (!entry || entry->state != core::AssignmentState::Called || entry->roomId != roomId)
            return refused(tr("Only a person who was called to this room and has not come can be marked as "
                              "not here."));
        if (const core::Status mine = mayTake(session, *entry); !mine)
            return refused(mine.error());
        if (core::Status s = setAssignment(*entry, core::AssignmentState::Parked); !s)
            return refused(s.error());
        if (core::Status s = setTicket(entry->ticketId, core::TicketState::Waiting); !s)
            return refused(s.error());
        return record(session, roomId, QStringLiteral("no_show"), entry);
    });
}

Result LocalCallAuthority::requeue(const accounts::Session &session, const QString &ticketId)
{
    const auto entry = m_rooms.entryOf(ticketId);
    if (!entry || entry->state != core::AssignmentState::Parked)
        return refused(tr("This ticket is not on the list of people who were not there."));
    if (const core::Status mine = mayTake(session, *entry); !mine)
        return refused(mine.error());
    const auto expert = store::ExpertRepository(m_database).find(entry->expertId);
    const QString roomId = expert ? expert->roomId : QString();
    return decide(session, roomId, [&]() -> Result {
        if (core::Status s = setAssignment(*entry, core::AssignmentState::Pending); !s)
            return refused(s.error());
        return record(session, roomId, QStringLiteral("requeue"), entry);
    });
}

Result LocalCallAuthority::startExam(const accounts::Session &session, const QString &roomId,
                                     const QString &ticketId)
{
    return decide(session, roomId, [&]() -> Result {
        const auto entry = m_rooms.entryOf(ticketId);
        if (!entry || entry->state != core::AssignmentState::Called || entry->roomId != roomId)
            return refused(tr("Call the person to this room before starting the examination."));
        if (const core::Status mine = mayTake(session, *entry); !mine)
            return refused(mine.error());
        if (core::Status s = setAssignment(*entry, core::AssignmentState::InExam); !s)
            return refused(s.error());
        if (core::Status s = setTicket(entry->ticketId, core::TicketState::InExam); !s)
            return refused(s.error());
        store::CaseRepository cases(m_database);
        const auto state = cases.stateOf(entry->acceptanceNo);
        const std::optional<core::CaseState> to =
            state == core::CaseState::WaitingExam1   ? std::optional(core::CaseState::Exam1)
            : state == core::CaseState::WaitingExam2 ? std::optional(core::CaseState::Exam2)
                                                     : std::nullopt;
        if (to) {
            if (core::Status s = cases.transition(entry->acceptanceNo, *to, {}, session.account.username); !s)
                return refused(s.error());
        }
        return record(session, roomId, QStringLiteral("start"), entry);
    });
}

Result LocalCallAuthority::finishExam(const accounts::Session &session, const QString &roomId,
                                      const QString &ticketId)
{
    return decide(session, roomId, [&]() -> Result {
        const auto entry = m_rooms.entryOf(ticketId);
        if (!entry || entry->state != core::AssignmentState::InExam || entry->roomId != roomId)
            return refused(tr("This person is not in an examination in this room."));
        if (const core::Status mine = mayTake(session, *entry); !mine)
            return refused(mine.error());
        if (core::Status s = setAssignment(*entry, core::AssignmentState::Done); !s)
            return refused(s.error());
        const bool more = m_rooms.entryOf(ticketId).has_value(); // another examination to go
        if (core::Status s =
                setTicket(entry->ticketId, more ? core::TicketState::Waiting : core::TicketState::Done);
            !s)
            return refused(s.error());
        store::CaseRepository cases(m_database);
        const auto state = cases.stateOf(entry->acceptanceNo);
        // With a panel of five, exams 3 and 4 go through the second-exam states again.
        const std::optional<core::CaseState> to =
            state == core::CaseState::Exam1 || state == core::CaseState::Exam2
                ? std::optional(more ? core::CaseState::WaitingExam2 : core::CaseState::WaitingReview)
                : std::nullopt;
        if (to) {
            if (core::Status s = cases.transition(entry->acceptanceNo, *to, {}, session.account.username); !s)
                return refused(s.error());
        }
        return record(session, roomId, QStringLiteral("finish"), entry);
    });
}

Result LocalCallAuthority::transfer(const accounts::Session &session, const QString &roomId,
                                    const QString &ticketId, const QString &toExpertId, const QString &reason)
{
    return decide(session, roomId, [&]() -> Result {
        if (reason.trimmed().isEmpty())
            return refused(tr("A transfer needs a reason."));
        const auto entry = m_rooms.entryOf(ticketId);
        if (!entry || entry->state == core::AssignmentState::InExam)
            return refused(tr("Only a person who is waiting or called can be transferred."));
        if (const core::Status mine = mayTake(session, *entry); !mine)
            return refused(mine.error());
        const auto expert = store::ExpertRepository(m_database).find(toExpertId);
        if (!expert || !expert->onDuty || expert->roomId.isEmpty())
            return refused(tr("Expert %1 is not on duty in a room.").arg(toExpertId));
        store::AssignmentRepository assignments(m_database);
        if (assignments.isOnCase(entry->acceptanceNo, toExpertId))
            return refused(tr("Expert %1 already has a role in this case; the two opinions must come from "
                              "different experts.")
                               .arg(toExpertId));
        if (core::Status s = assignments.reassign(entry->acceptanceNo, entry->role, toExpertId); !s)
            return refused(s.error());
        if (core::Status s = setTicket(entry->ticketId, core::TicketState::Waiting); !s)
            return refused(s.error());
        return record(session, roomId, QStringLiteral("transfer"), entry,
                      tr("to %1 in room %2: %3").arg(toExpertId, expert->roomId, reason.trimmed()));
    });
}

Result LocalCallAuthority::pause(const accounts::Session &session, const QString &roomId,
                                 const QString &reason)
{
    return decide(
        session, roomId,
        [&]() -> Result {
            if (reason.trimmed().isEmpty())
                return refused(tr("Pausing a room needs a reason."));
            if (core::Status s = store::VenueRepository(m_database).setRoomPause(roomId, reason.trimmed());
                !s)
                return refused(s.error());
            return record(session, roomId, QStringLiteral("pause"), std::nullopt, reason.trimmed());
        },
        Act::Room);
}

Result LocalCallAuthority::resume(const accounts::Session &session, const QString &roomId)
{
    return decide(
        session, roomId,
        [&]() -> Result {
            if (core::Status s = store::VenueRepository(m_database).setRoomPause(roomId, {}); !s)
                return refused(s.error());
            return record(session, roomId, QStringLiteral("resume"), std::nullopt);
        },
        Act::Room);
}

Result LocalCallAuthority::overrideRoom(const accounts::Session &session, const QString &roomId,
                                        const QString &reason)
{
    return decide(
        session, roomId,
        [&]() -> Result {
            if (reason.trimmed().isEmpty())
                return refused(tr("Calling for another room needs a reason (it is audited)."));
            return record(session, roomId, QStringLiteral("override"), std::nullopt, reason.trimmed());
        },
        Act::Override);
}

core::Result<QList<CallEvent>> LocalCallAuthority::pollEvents(qint64 seq, int limit) const
{
    QHash<QString, QString> roomNames;
    for (const core::Room &room : store::VenueRepository(m_database).rooms())
        roomNames.insert(room.id, room.name);
    const store::CallEventRepository log(m_database);
    if (seq <= 0) {
        // A display starting up shows today's calls only: it starts after the last call of an
        // earlier day, not at the first call ever made.
        if (const std::optional<qint64> before = log.lastBefore(m_database.clock().today()))
            seq = *before;
    }
    core::Result<QList<CallEvent>> events = log.after(seq, limit);
    if (!events)
        return events;
    QList<CallEvent> named = std::move(events).value();
    for (CallEvent &event : named)
        event.roomName = roomNames.value(event.roomId, event.roomId);
    return named;
}

} // namespace routing
