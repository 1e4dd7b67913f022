#include "callauthority.h"

#include "checkin/checkinservice.h"
#include "checkin/queuepolicy.h"
#include "core/masking.h"
#include "store/auditlog.h"
#include "store/caserepository.h"
#include "store/expertrepository.h"
#include "store/outbox.h"
#include "store/venuerepository.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace routing {

namespace {

using Result = core::Result<CallEvent>;

Result refused(const QString &message)
{
    return Result::failure(message);
}

// The entries of a room. A person shows in a room only for their current examination (the lowest
// one not done), and only while they are not called, in an exam or parked anywhere else.
const QString kEntrySql = QStringLiteral(
    "SELECT t.id, t.label, t.lane, t.number, a.acceptance_no, a.role, a.expert_id, a.state, a.calls, "
    "a.last_call_at, e.room_id FROM assignments a "
    "JOIN experts e ON e.id = a.expert_id "
    "JOIN tickets t ON t.acceptance_no = a.acceptance_no AND t.service_day = ? "
    "WHERE e.room_id = ? AND a.state = ? AND a.role != 'review' AND t.state != 'signed_out' "
    "AND NOT EXISTS (SELECT 1 FROM assignments b WHERE b.acceptance_no = a.acceptance_no "
    "  AND b.role != 'review' AND b.role < a.role AND b.state != 'done') "
    "AND (a.state != 'pending' OR NOT EXISTS (SELECT 1 FROM assignments c WHERE "
    "  c.acceptance_no = a.acceptance_no AND c.state IN ('called', 'in_exam', 'parked')))");

RoomEntry entryFrom(const QSqlQuery &query)
{
    RoomEntry entry;
    entry.ticketId = query.value(0).toString();
    entry.ticketLabel = query.value(1).toString();
    entry.lane = query.value(2).toString();
    entry.acceptanceNo = query.value(4).toString();
    entry.role = query.value(5).toString();
    entry.expertId = query.value(6).toString();
    entry.state = query.value(7).toString();
    entry.calls = query.value(8).toInt();
    entry.lastCallAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
    entry.roomId = query.value(10).toString();
    return entry;
}

} // namespace

LocalCallAuthority::LocalCallAuthority(store::Database &database) : m_database(database) {}

QList<RoomEntry> LocalCallAuthority::entries(const QString &roomId, const QString &state) const
{
    const QDate day = checkin::CheckInService(m_database).serviceDay();
    QSqlQuery query(m_database.connection());
    query.prepare(kEntrySql + QStringLiteral(" ORDER BY t.number"));
    query.addBindValue(day.toString(Qt::ISODate));
    query.addBindValue(roomId);
    query.addBindValue(state);
    QList<RoomEntry> found;
    QList<store::Ticket> tickets;
    if (!query.exec())
        return found;
    while (query.next()) {
        found << entryFrom(query);
        store::Ticket ticket;
        ticket.id = found.last().ticketId;
        ticket.lane = found.last().lane;
        ticket.number = query.value(3).toInt();
        ticket.label = found.last().ticketLabel;
        tickets << ticket;
    }
    if (state != QLatin1String("pending"))
        return found;
    // Waiting people in call order: green channel first, then the lanes by ratio, then arrival.
    QSqlQuery calls(m_database.connection());
    // A range on `at` (an ISO time) rather than its first ten characters, so the index
    // call_events_by_room_time reads only this room's calls of the day.
    calls.prepare(QStringLiteral("SELECT COUNT(*) FROM call_events WHERE room_id = ? AND at >= ? AND at < ? "
                                 "AND action = 'call' AND lane != ?"));
    calls.addBindValue(roomId);
    calls.addBindValue(day.toString(Qt::ISODate));
    calls.addBindValue(day.addDays(1).toString(Qt::ISODate));
    calls.addBindValue(QString::fromLatin1(core::kGreenLane));
    const int otherLaneCalls = calls.exec() && calls.next() ? calls.value(0).toInt() : 0;
    QHash<QString, qsizetype> byTicket;
    for (qsizetype i = 0; i < found.size(); ++i)
        byTicket.insert(found.at(i).ticketId, i);
    QList<RoomEntry> ordered;
    for (const store::Ticket &ticket :
         checkin::callOrder(tickets, store::VenueRepository(m_database).lanes(), otherLaneCalls))
        ordered << found.at(byTicket.value(ticket.id));
    return ordered;
}

QList<RoomEntry> LocalCallAuthority::queue(const QString &roomId) const
{
    return entries(roomId, QStringLiteral("pending"));
}

QList<RoomEntry> LocalCallAuthority::current(const QString &roomId) const
{
    return entries(roomId, QStringLiteral("called")) + entries(roomId, QStringLiteral("in_exam"));
}

QList<RoomEntry> LocalCallAuthority::parked(const QString &roomId) const
{
    return entries(roomId, QStringLiteral("parked"));
}

std::optional<RoomEntry> LocalCallAuthority::entryOf(const QString &ticketId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT t.id, t.label, t.lane, t.number, a.acceptance_no, a.role, a.expert_id, a.state, a.calls, "
        "a.last_call_at, e.room_id FROM tickets t JOIN assignments a ON a.acceptance_no = t.acceptance_no "
        "JOIN experts e ON e.id = a.expert_id WHERE t.id = ? AND a.role != 'review' AND a.state != 'done' "
        "ORDER BY a.role LIMIT 1"));
    query.addBindValue(ticketId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFrom(query);
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
    QSqlQuery insert(m_database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO call_events(at, room_id, action, ticket_id, ticket_label, lane, "
                       "masked_name, actor, detail) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString &value : {event.at.toString(Qt::ISODateWithMs), roomId, action, event.ticketId,
                                 event.ticketLabel, event.lane, event.maskedName, event.actor, detail})
        insert.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!insert.exec())
        return refused(store::sqlError(tr("Recording the call"), insert));
    event.seq = insert.lastInsertId().toLongLong();
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

core::Status LocalCallAuthority::setAssignment(const RoomEntry &entry, const QString &state, bool countCall)
{
    QSqlQuery update(m_database.connection());
    update.prepare(
        countCall ? QStringLiteral("UPDATE assignments SET state = ?, calls = calls + 1, last_call_at = ? "
                                   "WHERE acceptance_no = ? AND role = ?")
                  : QStringLiteral("UPDATE assignments SET state = ? WHERE acceptance_no = ? AND role = ?"));
    update.addBindValue(state);
    if (countCall)
        update.addBindValue(m_database.clock().now().toString(Qt::ISODateWithMs));
    update.addBindValue(entry.acceptanceNo);
    update.addBindValue(entry.role);
    if (!update.exec())
        return core::Status::failure(store::sqlError(tr("Updating the assignment"), update));
    return {};
}

core::Status LocalCallAuthority::setTicketState(const QString &ticketId, const QString &state)
{
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE tickets SET state = ?, called_at = CASE WHEN ? = 'called' THEN ? "
                                  "ELSE called_at END WHERE id = ?"));
    update.addBindValue(state);
    update.addBindValue(state);
    update.addBindValue(m_database.clock().now().toString(Qt::ISODateWithMs));
    update.addBindValue(ticketId);
    if (!update.exec())
        return core::Status::failure(store::sqlError(tr("Updating the ticket"), update));
    return {};
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
        const RoomEntry next = waiting.constFirst();
        if (core::Status s = setAssignment(next, QStringLiteral("called"), true); !s)
            return refused(s.error());
        if (core::Status s = setTicketState(next.ticketId, QStringLiteral("called")); !s)
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
            if (core::Status s = setAssignment(entry, QStringLiteral("called"), true); !s)
                return refused(s.error());
            if (core::Status s = setTicketState(entry.ticketId, QStringLiteral("called")); !s)
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
        const auto entry = entryOf(ticketId);
        if (!entry || entry->state != QLatin1String("called") || entry->roomId != roomId)
            return refused(tr("Only a person who was called to this room and has not come yet can be called "
                              "again."));
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
        if (core::Status s = setAssignment(*entry, QStringLiteral("called"), true); !s)
            return refused(s.error());
        return record(session, roomId, QStringLiteral("recall"), entry);
    });
}

Result LocalCallAuthority::noShow(const accounts::Session &session, const QString &roomId,
                                  const QString &ticketId)
{
    return decide(session, roomId, [&]() -> Result {
        const auto entry = entryOf(ticketId);
        if (!entry || entry->state != QLatin1String("called") || entry->roomId != roomId)
            return refused(tr("Only a person who was called to this room and has not come can be marked as "
                              "not here."));
        if (core::Status s = setAssignment(*entry, QStringLiteral("parked"), false); !s)
            return refused(s.error());
        if (core::Status s = setTicketState(entry->ticketId, QStringLiteral("waiting")); !s)
            return refused(s.error());
        return record(session, roomId, QStringLiteral("no_show"), entry);
    });
}

Result LocalCallAuthority::requeue(const accounts::Session &session, const QString &ticketId)
{
    const auto entry = entryOf(ticketId);
    if (!entry || entry->state != QLatin1String("parked"))
        return refused(tr("This ticket is not on the list of people who were not there."));
    const auto expert = store::ExpertRepository(m_database).find(entry->expertId);
    const QString roomId = expert ? expert->roomId : QString();
    return decide(session, roomId, [&]() -> Result {
        if (core::Status s = setAssignment(*entry, QStringLiteral("pending"), false); !s)
            return refused(s.error());
        return record(session, roomId, QStringLiteral("requeue"), entry);
    });
}

Result LocalCallAuthority::startExam(const accounts::Session &session, const QString &roomId,
                                     const QString &ticketId)
{
    return decide(session, roomId, [&]() -> Result {
        const auto entry = entryOf(ticketId);
        if (!entry || entry->state != QLatin1String("called") || entry->roomId != roomId)
            return refused(tr("Call the person to this room before starting the examination."));
        if (core::Status s = setAssignment(*entry, QStringLiteral("in_exam"), false); !s)
            return refused(s.error());
        if (core::Status s = setTicketState(entry->ticketId, QStringLiteral("in_exam")); !s)
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
        const auto entry = entryOf(ticketId);
        if (!entry || entry->state != QLatin1String("in_exam") || entry->roomId != roomId)
            return refused(tr("This person is not in an examination in this room."));
        if (core::Status s = setAssignment(*entry, QStringLiteral("done"), false); !s)
            return refused(s.error());
        const bool more = entryOf(ticketId).has_value(); // another examination to go
        if (core::Status s =
                setTicketState(entry->ticketId, more ? QStringLiteral("waiting") : QStringLiteral("done"));
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
        const auto entry = entryOf(ticketId);
        if (!entry || entry->state == QLatin1String("in_exam"))
            return refused(tr("Only a person who is waiting or called can be transferred."));
        const auto expert = store::ExpertRepository(m_database).find(toExpertId);
        if (!expert || !expert->onDuty || expert->roomId.isEmpty())
            return refused(tr("Expert %1 is not on duty in a room.").arg(toExpertId));
        QSqlQuery taken(m_database.connection());
        taken.prepare(
            QStringLiteral("SELECT COUNT(*) FROM assignments WHERE acceptance_no = ? AND expert_id = ?"));
        taken.addBindValue(entry->acceptanceNo);
        taken.addBindValue(toExpertId);
        if (taken.exec() && taken.next() && taken.value(0).toInt() > 0)
            return refused(tr("Expert %1 already has a role in this case; the two opinions must come from "
                              "different experts.")
                               .arg(toExpertId));
        QSqlQuery update(m_database.connection());
        update.prepare(QStringLiteral("UPDATE assignments SET expert_id = ?, state = 'pending' WHERE "
                                      "acceptance_no = ? AND role = ?"));
        update.addBindValue(toExpertId);
        update.addBindValue(entry->acceptanceNo);
        update.addBindValue(entry->role);
        if (!update.exec())
            return refused(store::sqlError(tr("Transferring"), update));
        if (core::Status s = setTicketState(entry->ticketId, QStringLiteral("waiting")); !s)
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
    QList<CallEvent> events;
    QSqlQuery query(m_database.connection());
    if (seq <= 0) {
        // A display starting up shows today's calls only: it starts after the last call of an
        // earlier day (found through call_events_by_time), not at the first call ever made.
        QSqlQuery before(m_database.connection());
        before.prepare(QStringLiteral("SELECT seq FROM call_events WHERE at < ? ORDER BY at DESC LIMIT 1"));
        before.addBindValue(m_database.clock().today().toString(Qt::ISODate));
        if (before.exec() && before.next())
            seq = before.value(0).toLongLong();
    }
    query.prepare(
        QStringLiteral("SELECT seq, at, room_id, action, ticket_id, ticket_label, lane, masked_name, "
                       "actor, detail FROM call_events WHERE seq > ? ORDER BY seq LIMIT ?"));
    query.addBindValue(seq);
    query.addBindValue(limit);
    if (!query.exec())
        return core::Result<QList<CallEvent>>::failure(store::sqlError(tr("Reading the calls"), query));
    while (query.next()) {
        CallEvent event;
        event.seq = query.value(0).toLongLong();
        event.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        event.roomId = query.value(2).toString();
        event.roomName = roomNames.value(event.roomId, event.roomId);
        event.action = query.value(3).toString();
        event.ticketId = query.value(4).toString();
        event.ticketLabel = query.value(5).toString();
        event.lane = query.value(6).toString();
        event.maskedName = query.value(7).toString();
        event.actor = query.value(8).toString();
        event.detail = query.value(9).toString();
        events << event;
    }
    return events;
}

} // namespace routing
