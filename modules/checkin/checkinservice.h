#pragma once

#include "accounts/permissions.h"
#include "store/caserepository.h"
#include "store/ticketrepository.h"

#include <QHash>

#include <optional>

namespace checkin {

enum class Problem { None, Denied, InvalidIdNumber, NotOnRoster, CannotCheckIn, Storage };

struct CheckIn {
    store::CaseRecord record;
    store::Ticket ticket;
    core::Lane lane;
    int peopleAhead = 0;
    bool alreadyCheckedIn = false; // the same ticket again, for a reprint
};

struct CheckInResult {
    std::optional<CheckIn> checkIn;
    Problem problem = Problem::None;
    QString error; // translated; says what is wrong and what to do
    bool ok() const { return checkIn.has_value(); }
};

// The case a desk entry names on today's roster, or the refusal the desk shows.
struct RosterMatch {
    std::optional<store::CaseRecord> record;
    Problem problem = Problem::None;
    QString error; // translated
};

struct LaneWaiting {
    core::Lane lane;
    int waiting = 0;
};

// The front desk's work: match a person to today's roster, check them in with a queue ticket
// (both committed in one transaction), walk-ins for a supervisor, and sign-out.
class CheckInService
{
    Q_DECLARE_TR_FUNCTIONS(checkin::CheckInService)
public:
    explicit CheckInService(store::Database &database);

    QDate serviceDay() const;
    CheckInResult checkInByIdNumber(const accounts::Session &session, const QString &idNumber);
    CheckInResult checkInByAcceptanceNo(const accounts::Session &session, const QString &acceptanceNo);
    // Who the entry names, checked as a check-in would check it, without checking in: a venue
    // station asks its hub to check that case in.
    RosterMatch matchIdNumber(const accounts::Session &session, const QString &idNumber) const;
    RosterMatch matchAcceptanceNo(const accounts::Session &session, const QString &acceptanceNo) const;

    int peopleAhead(const store::Ticket &ticket) const;
    QList<LaneWaiting> waitingPerLane() const;
    // Today's ticket of a case, if it has one.
    std::optional<store::Ticket> ticketOf(const QString &acceptanceNo) const;
    // The cases of a batch (the desk's roster list), and today's tickets by acceptance number.
    QList<store::CaseRecord> roster(const QString &batchId) const;
    QHash<QString, store::Ticket> ticketsToday() const;
    // A case as it stands, by acceptance number (a calling page's masked name, a desk's sign-out).
    std::optional<store::CaseRecord> caseRecord(const QString &acceptanceNo) const;
    // A check-in as it stands, found by today's ticket label (e.g. "A001"), a ticket id, or the
    // acceptance number of a case checked in today; for reprints and documents.
    std::optional<CheckIn> find(const QString &ticketOrCase) const;

    // A person not on the roster: kept (sealed) for a supervisor's decision, never added silently
    // (administration::WalkInAdministration approves or refuses it).
    core::Result<QString> recordWalkIn(const accounts::Session &session, const core::Person &person,
                                       const QString &note);
    int pendingWalkIns() const;

    // Records that the person left. An unfinished case needs an ending (no-show, withdrawn,
    // terminated) and a reason.
    core::Status signOut(const accounts::Session &session, const QString &acceptanceNo,
                         std::optional<core::CaseState> ending, const QString &reason);

    // A ticket or receipt went to a printer (audited; reprints are counted).
    core::Status recordPrint(const accounts::Session &session, const QString &ticketId, const QString &what);

private:
    int peopleAhead(const store::Ticket &ticket, const QList<core::Lane> &lanes) const;
    CheckInResult checkInCase(const accounts::Session &session, store::CaseRecord record, const QDate &day);
    store::Database &m_database;
    store::CaseRepository m_cases;
    store::TicketRepository m_tickets;
};

} // namespace checkin
