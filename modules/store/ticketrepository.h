#pragma once

#include "mirroredrecords.h"
#include "outbox.h"

#include "core/queuestates.h"
#include "core/types.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <optional>

namespace store {

// A queue ticket: one per person and service day, numbered per lane. Numbers are never reused
// within a day (a unique key guards it) and survive restarts because they live in the database.
struct Ticket {
    QString id; // UUID; printed as the QR code
    QDate serviceDay;
    QString lane;
    int number = 0;
    QString label; // lane prefix + number, e.g. "G001"
    QString acceptanceNo;
    QDateTime issuedAt;
    QString issuedBy;
    core::TicketState state = core::TicketState::Waiting;
    QDateTime calledAt;
    QDateTime signedOutAt;
    int prints = 0;
};

QString ticketLabel(const QString &prefix, int number);

class TicketRepository
{
    Q_DECLARE_TR_FUNCTIONS(store::TicketRepository)
public:
    explicit TicketRepository(Database &database);

    // Gives the case the next number of the lane for the day. Runs inside the caller's transaction
    // so the check-in and its ticket are committed together. With `restartedAt` (a lane with its
    // own reset time, checkin::laneRestart) the printed label counts again from 1 from that moment;
    // `number` keeps rising through the day, so the call order and "never reused" stay as they are.
    core::Result<Ticket> issue(const QDate &serviceDay, const core::Lane &lane, const QString &acceptanceNo,
                               const QString &actor, const QDateTime &restartedAt = {});
    std::optional<Ticket> forCase(const QDate &serviceDay, const QString &acceptanceNo) const;
    std::optional<Ticket> byId(const QString &id) const;
    std::optional<Ticket> byLabel(const QDate &serviceDay, const QString &label) const;
    QList<Ticket> onDay(const QDate &serviceDay) const; // in issue order
    // Counts for the queue position, without loading the day's tickets.
    QHash<QString, int> waitingPerLane(const QDate &serviceDay) const;
    // Everything a ticket's place in the queue needs, in one pass over the day's tickets.
    struct QueueCounts {
        QHash<QString, int> waitingPerLane;
        int waitingBefore = 0;     // waiting in `lane` with a lower number
        int calledOutsideLane = 0; // no longer waiting, lane other than `outsideOf`
    };
    QueueCounts queueCounts(const QDate &serviceDay, const QString &lane, int number,
                            const QString &outsideOf) const;
    core::Status recordPrint(const QString &id);
    // A change at the front desk (returning, signing out): its own transaction (or the caller's),
    // stamped, and the ticket published to the outbox.
    core::Status setState(const QString &id, core::TicketState state);
    // A change the call authority decides inside its transaction: only the state and, for a call,
    // the call time. Not published again: the call event it records is what the outbox carries.
    core::Status setStateByCall(const QString &id, core::TicketState state);
    // A ticket the venue hub issued, copied into a staff station's table as the hub's event carries
    // it; one this station holds already (the same one, replayed) stays as it is. Not published:
    // the hub uploads its own tickets.
    core::Status mirror(const MirroredTicket &ticket);

private:
    std::optional<Ticket> one(const QString &where, const QVariantList &values) const;
    core::Status publish(const Ticket &ticket, Outbox::Versioning versioning = Outbox::Versioning::Next);
    Database &m_database;
    Outbox m_outbox;
};

} // namespace store
