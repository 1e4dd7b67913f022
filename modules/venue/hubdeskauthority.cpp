#include "hubdeskauthority.h"

#include "store/venuerepository.h"

namespace venue {

namespace {

const QString kCheckIn = QStringLiteral("check_in");

} // namespace

HubDeskAuthority::HubDeskAuthority(HubClient &client, store::Database &database, int answerTimeoutMs,
                                   QObject *parent)
    : routing::DeskAuthority(parent)
    , m_client(client)
    , m_database(database)
    , m_roster(database)
    , m_timeoutMs(answerTimeoutMs)
{
    // Check-ins kept by an earlier run of the station print too when the hub answers them.
    for (const StationMessage &command : m_client.waiting())
        if (command.name == kCheckIn)
            m_kept.insert(command.key, command.args.value(QStringLiteral("acceptance_no")).toString());
    connect(&m_client, &HubClient::answered, this,
            [this](const QString &key, bool ok, const QJsonObject &result, const QString &error) {
                const auto kept = m_kept.constFind(key);
                if (kept == m_kept.cend())
                    return;
                const QString acceptanceNo = kept.value();
                m_kept.erase(kept);
                emit keptCheckInDone(fromAnswer(acceptanceNo, ok, result, error));
            });
}

routing::DeskCheckIn HubDeskAuthority::checkIn(const accounts::Session &session,
                                               const checkin::DeskEntry &entry)
{
    routing::DeskCheckIn done;
    const checkin::RosterMatch match = entry.kind == checkin::DeskEntry::Kind::IdNumber
                                           ? m_roster.matchIdNumber(session, entry.value)
                                           : m_roster.matchAcceptanceNo(session, entry.value);
    if (!match.record) {
        done.result.problem = match.problem;
        done.result.error = match.error;
        return done;
    }
    const QString acceptanceNo = match.record->data.acceptanceNo;
    // The same person twice while the first check-in still waits for the hub is that check-in.
    for (auto kept = m_kept.cbegin(); kept != m_kept.cend(); ++kept)
        if (kept.value() == acceptanceNo) {
            done.kept = true;
            return done;
        }
    const HubAnswer answer = m_client.ask(kCheckIn, {{QStringLiteral("acceptance_no"), acceptanceNo}},
                                          session.account.username, m_timeoutMs);
    if (answer.key.isEmpty()) {
        done.result.problem = checkin::Problem::Storage;
        done.result.error = tr("The check-in could not be saved on this station (%1); nothing was sent. "
                               "Try again.")
                                .arg(m_client.lastError());
        return done;
    }
    if (!answer.answered) {
        m_kept.insert(answer.key, acceptanceNo);
        done.kept = true;
        return done;
    }
    return fromAnswer(acceptanceNo, answer.ok, answer.result, answer.error);
}

routing::DeskCheckIn HubDeskAuthority::fromAnswer(const QString &acceptanceNo, bool ok,
                                                  const QJsonObject &result, const QString &error) const
{
    routing::DeskCheckIn done;
    if (!ok) {
        done.result.problem = checkin::Problem::CannotCheckIn;
        done.result.error = tr("The venue hub refused the check-in: %1").arg(error);
        return done;
    }
    const QString ticketId = result.value(QStringLiteral("ticket_id")).toString();
    // The hub's event has put the ticket into this station's database before its answer came.
    std::optional<checkin::CheckIn> checkIn = m_roster.find(ticketId);
    if (!checkIn) {
        // Not mirrored (an event this station could not apply): the hub's answer is enough to print.
        const auto record = store::CaseRepository(m_database).find(acceptanceNo);
        if (!record) {
            done.result.problem = checkin::Problem::NotOnRoster;
            done.result.error = tr("Case %1 is no longer in this station's roster.").arg(acceptanceNo);
            return done;
        }
        checkIn = checkin::CheckIn{};
        checkIn->record = *record;
        checkIn->ticket.id = ticketId;
        checkIn->ticket.label = result.value(QStringLiteral("ticket")).toString();
        checkIn->ticket.lane = result.value(QStringLiteral("lane")).toString();
        checkIn->ticket.acceptanceNo = acceptanceNo;
        checkIn->ticket.serviceDay = m_roster.serviceDay();
        checkIn->ticket.issuedAt = m_database.clock().now();
        checkIn->ticket.state = core::TicketState::Waiting;
        for (const core::Lane &lane : store::VenueRepository(m_database).lanes())
            if (lane.key == checkIn->ticket.lane)
                checkIn->lane = lane;
    }
    // The hub knows who has been called; this station's copy of the queue may not.
    checkIn->peopleAhead = result.value(QStringLiteral("people_ahead")).toInt();
    checkIn->alreadyCheckedIn = result.value(QStringLiteral("already")).toBool();
    done.result.checkIn = checkIn;
    done.drawProblem = result.value(QStringLiteral("draw_error")).toString();
    return done;
}

} // namespace venue
