#include "checkinservice.h"

#include "queuepolicy.h"

#include "cases/caseservice.h"
#include "core/idnumber.h"
#include "core/masking.h"
#include "store/auditlog.h"
#include "store/venuerepository.h"
#include "store/walkinrepository.h"

#include <QJsonDocument>
#include <QUuid>

namespace checkin {

using core::CaseState;

namespace {

CheckInResult refused(Problem problem, const QString &error)
{
    CheckInResult result;
    result.problem = problem;
    result.error = error;
    return result;
}

bool hasEnded(CaseState state)
{
    return state == CaseState::Withdrawn || state == CaseState::Terminated || state == CaseState::Concluded ||
           state == CaseState::SignedOut;
}

} // namespace

CheckInService::CheckInService(store::Database &database)
    : m_database(database), m_cases(database), m_tickets(database)
{
}

QList<store::CaseRecord> CheckInService::roster(const QString &batchId) const
{
    return m_cases.inBatch(batchId);
}

QHash<QString, store::Ticket> CheckInService::ticketsToday() const
{
    QHash<QString, store::Ticket> tickets;
    for (const store::Ticket &ticket : m_tickets.onDay(serviceDay()))
        tickets.insert(ticket.acceptanceNo, ticket);
    return tickets;
}

std::optional<store::CaseRecord> CheckInService::caseRecord(const QString &acceptanceNo) const
{
    return m_cases.find(acceptanceNo);
}

QDate CheckInService::serviceDay() const
{
    const QTime reset =
        QTime::fromString(m_database.setting(store::settings::QueueResetTime), QStringLiteral("HH:mm"));
    return checkin::serviceDay(m_database.clock().now(), reset);
}

RosterMatch CheckInService::matchIdNumber(const accounts::Session &session, const QString &idNumber) const
{
    RosterMatch match;
    if (const core::Status allowed = accounts::Authorizer::require(session, accounts::Permission::CheckIn);
        !allowed)
        return {std::nullopt, Problem::Denied, allowed.error()};
    const core::IdCheck check = core::checkIdNumber(idNumber, m_database.clock().today());
    if (!check.valid)
        return {std::nullopt, Problem::InvalidIdNumber, check.error};
    match.record = m_cases.findByIdNumberOn(check.normalized, serviceDay());
    if (!match.record)
        return {std::nullopt, Problem::NotOnRoster,
                tr("%1 is not on today's roster. Check the number against the notice the person "
                   "brought; if it is right, record a walk-in for the supervisor to approve.")
                    .arg(core::maskIdNumber(check.normalized))};
    return match;
}

RosterMatch CheckInService::matchAcceptanceNo(const accounts::Session &session,
                                              const QString &acceptanceNo) const
{
    RosterMatch match;
    if (const core::Status allowed = accounts::Authorizer::require(session, accounts::Permission::CheckIn);
        !allowed)
        return {std::nullopt, Problem::Denied, allowed.error()};
    const QString wanted = acceptanceNo.trimmed();
    match.record = m_cases.find(wanted);
    const auto batch =
        match.record ? store::VenueRepository(m_database).batch(match.record->data.batchId) : std::nullopt;
    if (!match.record || !batch || batch->day != serviceDay())
        return {std::nullopt, Problem::NotOnRoster,
                tr("Acceptance number %1 is not on today's roster. Check the barcode or the number "
                   "on the notice.")
                    .arg(wanted)};
    return match;
}

CheckInResult CheckInService::checkInByIdNumber(const accounts::Session &session, const QString &idNumber)
{
    const RosterMatch match = matchIdNumber(session, idNumber);
    return match.record ? checkInCase(session, *match.record, serviceDay())
                        : refused(match.problem, match.error);
}

CheckInResult CheckInService::checkInByAcceptanceNo(const accounts::Session &session,
                                                    const QString &acceptanceNo)
{
    const RosterMatch match = matchAcceptanceNo(session, acceptanceNo);
    return match.record ? checkInCase(session, *match.record, serviceDay())
                        : refused(match.problem, match.error);
}

CheckInResult CheckInService::checkInCase(const accounts::Session &session, store::CaseRecord record,
                                          const QDate &day)
{
    const QString acceptanceNo = record.data.acceptanceNo;
    if (hasEnded(record.state) && !m_tickets.forCase(day, acceptanceNo))
        return refused(Problem::CannotCheckIn,
                       tr("Case %1 is %2 and cannot be checked in again. Ask the supervisor.")
                           .arg(acceptanceNo, core::displayName(record.state)));

    CheckIn result;
    result.record = record;
    const QList<core::Lane> lanes = store::VenueRepository(m_database).lanes();
    auto laneOf = [&](const QString &key) {
        for (const core::Lane &lane : lanes)
            if (lane.key == key)
                return lane;
        return core::Lane{key, key.left(1).toUpper(), key};
    };

    const core::Status stored = m_database.transaction([&]() -> core::Status {
        // Read again inside the transaction: two desks checking in one person get one ticket.
        const auto existing = m_tickets.forCase(day, acceptanceNo);
        const auto state = m_cases.stateOf(acceptanceNo);
        if (!state)
            return core::Status::failure(tr("Case %1 vanished from the roster.").arg(acceptanceNo));
        const bool returning = *state == CaseState::Registered || *state == CaseState::NoShow;
        if (returning) {
            if (core::Status moved = m_cases.transition(acceptanceNo, *state, CaseState::CheckedIn, {},
                                                        session.account.username);
                !moved)
                return moved;
        }
        result.record.state = returning ? CaseState::CheckedIn : *state;
        if (existing) {
            result.ticket = *existing;
            result.alreadyCheckedIn = true;
            // A person parked as no-show who comes back waits again with the same number.
            if (returning && existing->state != core::TicketState::Waiting) {
                if (core::Status requeued = m_tickets.setState(existing->id, core::TicketState::Waiting);
                    !requeued)
                    return requeued;
                result.ticket.state = core::TicketState::Waiting;
            }
            return {};
        }
        const core::Lane lane = laneOf(record.data.lane);
        const QDateTime restart = laneRestart(
            m_database.clock().now(), day,
            QTime::fromString(m_database.setting(store::settings::QueueResetTime), QStringLiteral("HH:mm")),
            QTime::fromString(lane.resetTime, QStringLiteral("HH:mm")));
        const auto issued = m_tickets.issue(day, lane, acceptanceNo, session.account.username, restart);
        if (!issued)
            return issued.status();
        result.ticket = issued.value();
        return {};
    });
    if (!stored)
        return refused(Problem::Storage, stored.error());
    result.lane = laneOf(result.ticket.lane);
    result.peopleAhead = peopleAhead(result.ticket, lanes);
    CheckInResult outcome;
    outcome.checkIn = result;
    return outcome;
}

int CheckInService::peopleAhead(const store::Ticket &ticket) const
{
    return peopleAhead(ticket, store::VenueRepository(m_database).lanes());
}

int CheckInService::peopleAhead(const store::Ticket &ticket, const QList<core::Lane> &lanes) const
{
    if (ticket.state != core::TicketState::Waiting)
        return 0;
    const store::TicketRepository::QueueCounts counts = m_tickets.queueCounts(
        ticket.serviceDay, ticket.lane, ticket.number, QString::fromLatin1(core::kGreenLane));
    return checkin::peopleAhead(ticket.lane, counts.waitingBefore, counts.waitingPerLane, lanes,
                                counts.calledOutsideLane);
}

QList<LaneWaiting> CheckInService::waitingPerLane() const
{
    QList<LaneWaiting> counts;
    const QHash<QString, int> waiting = m_tickets.waitingPerLane(serviceDay());
    for (const core::Lane &lane : store::VenueRepository(m_database).lanes())
        counts << LaneWaiting{lane, waiting.value(lane.key)};
    return counts;
}

std::optional<CheckIn> CheckInService::find(const QString &ticketOrCase) const
{
    const QString wanted = ticketOrCase.trimmed();
    std::optional<store::Ticket> ticket = m_tickets.byLabel(serviceDay(), wanted);
    if (!ticket)
        ticket = m_tickets.byId(wanted);
    if (!ticket)
        ticket = m_tickets.forCase(serviceDay(), wanted);
    if (!ticket)
        return std::nullopt;
    const auto record = m_cases.find(ticket->acceptanceNo);
    if (!record)
        return std::nullopt;
    CheckIn found;
    found.record = *record;
    found.ticket = *ticket;
    found.lane = core::Lane{ticket->lane, ticket->label.left(1), ticket->lane};
    for (const core::Lane &lane : store::VenueRepository(m_database).lanes())
        if (lane.key == ticket->lane)
            found.lane = lane;
    found.peopleAhead = peopleAhead(*ticket);
    found.alreadyCheckedIn = true;
    return found;
}

std::optional<store::Ticket> CheckInService::ticketOf(const QString &acceptanceNo) const
{
    return m_tickets.forCase(serviceDay(), acceptanceNo);
}

core::Result<QString> CheckInService::recordWalkIn(const accounts::Session &session,
                                                   const core::Person &person, const QString &note)
{
    if (const core::Status allowed = accounts::Authorizer::require(session, accounts::Permission::CheckIn);
        !allowed)
        return allowed;
    const core::IdCheck check = core::checkIdNumber(person.idNumber, m_database.clock().today());
    if (!check.valid)
        return core::Status::failure(check.error);
    if (person.name.trimmed().isEmpty())
        return core::Status::failure(tr("Enter the person's name for the walk-in record."));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject personal{{QStringLiteral("id_number"), check.normalized},
                               {QStringLiteral("name"), person.name.trimmed()},
                               {QStringLiteral("phone"), person.phone},
                               {QStringLiteral("address"), person.address}};
    store::StoredWalkIn walkIn;
    walkIn.id = id;
    walkIn.personal = m_database.sealer().seal(QJsonDocument(personal).toJson(QJsonDocument::Compact), id);
    walkIn.note = note.trimmed();
    walkIn.requestedAt = m_database.clock().now();
    walkIn.requestedBy = session.account.username;
    const core::Status stored = m_database.transaction([&]() -> core::Status {
        if (core::Status inserted = store::WalkInRepository(m_database)
                                        .insert(walkIn, m_database.sealer().idIndex(check.normalized));
            !inserted)
            return inserted;
        return store::AuditLog(m_database)
            .append(session.account.username, QStringLiteral("walk_in.request"), id,
                    {{QStringLiteral("id"), core::maskIdNumber(check.normalized)}});
    });
    if (!stored)
        return stored;
    return id;
}

int CheckInService::pendingWalkIns() const
{
    return store::WalkInRepository(m_database).pending();
}

core::Status CheckInService::signOut(const accounts::Session &session, const QString &acceptanceNo,
                                     std::optional<CaseState> ending, const QString &reason)
{
    if (const core::Status allowed = accounts::Authorizer::require(session, accounts::Permission::CheckIn);
        !allowed)
        return allowed;
    const auto record = m_cases.find(acceptanceNo);
    if (!record)
        return core::Status::failure(tr("There is no case with acceptance number %1.").arg(acceptanceNo));
    const bool alreadyEnded = record->state == CaseState::Withdrawn ||
                              record->state == CaseState::Terminated || record->state == CaseState::NoShow;
    if (record->state == CaseState::SignedOut)
        return core::Status::failure(tr("Case %1 is already signed out.").arg(acceptanceNo));
    if (record->state != CaseState::Concluded && !alreadyEnded) {
        if (!ending || !(*ending == CaseState::NoShow || *ending == CaseState::Withdrawn ||
                         *ending == CaseState::Terminated))
            return core::Status::failure(tr("The appraisal of case %1 is not finished (%2). Choose why the "
                                            "person leaves: withdrawn, no-show or terminated.")
                                             .arg(acceptanceNo, core::displayName(record->state)));
        if (reason.trimmed().isEmpty())
            return core::Status::failure(tr("Enter the reason why the person leaves before the appraisal "
                                            "is finished."));
    }
    return m_database.transaction([&]() -> core::Status {
        cases::CaseService flow(m_database);
        if (record->state == CaseState::Concluded) {
            if (core::Status moved = flow.advance(session, acceptanceNo, CaseState::SignedOut); !moved)
                return moved;
        } else if (!alreadyEnded) {
            if (core::Status moved = flow.advance(session, acceptanceNo, *ending, reason); !moved)
                return moved;
        }
        if (const auto ticket = m_tickets.forCase(serviceDay(), acceptanceNo)) {
            if (core::Status marked = m_tickets.setState(ticket->id, core::TicketState::SignedOut); !marked)
                return marked;
        }
        return store::AuditLog(m_database)
            .append(session.account.username, QStringLiteral("case.sign_out"), acceptanceNo);
    });
}

core::Status CheckInService::recordPrint(const accounts::Session &session, const QString &ticketId,
                                         const QString &what)
{
    if (const core::Status allowed = accounts::Authorizer::require(session, accounts::Permission::CheckIn);
        !allowed)
        return allowed;
    const auto ticket = m_tickets.byId(ticketId);
    if (!ticket)
        return core::Status::failure(tr("There is no ticket %1.").arg(ticketId));
    return m_database.transaction([&]() -> core::Status {
        // The ticket's print count says whether the next ticket is marked as a reprint; other
        // documents of the check-in (the receipt notice) are only audited.
        const bool isTicket = what == QLatin1String("ticket");
        if (isTicket) {
            if (core::Status counted = m_tickets.recordPrint(ticketId); !counted)
                return counted;
        }
        return store::AuditLog(m_database)
            .append(session.account.username, QStringLiteral("print.") + what, ticket->acceptanceNo,
                    {{QStringLiteral("ticket"), ticket->label},
                     {QStringLiteral("reprint"), isTicket && ticket->prints > 0}});
    });
}

} // namespace checkin
