#pragma once

#include "database.h"
#include "mirroredrecords.h"

#include <optional>

namespace store {

// What a station takes from the venue hub, one event at a time: the tickets, case states, draws
// and assignments (through the repositories that own those tables: TicketRepository,
// CaseRepository, DrawRepository, AssignmentRepository), and the cursor of the last event applied
// (Database::recordProgress).
// At the hub, the same records read back for the event that publishes them. Nothing here writes
// the outbox: the hub uploads these changes itself. Runs inside the caller's transaction (one per
// event).
class HubMirrorRepository
{
public:
    explicit HubMirrorRepository(Database &database);

    // At the hub: a draw and its panel as the event publishes it.
    std::optional<MirroredDraw> draw(const QString &drawId) const;
    // At the hub: the case and role an expert holds for the person with `ticketId` (after a transfer).
    std::optional<MirroredTransfer> transferOf(const QString &ticketId, const QString &expertId) const;

    // At a station: the case's state as stored here (text), nothing when the station does not have it.
    core::Result<std::optional<QString>> caseState(const QString &acceptanceNo) const;
    // A ticket this station holds already (the same one, replayed) stays as it is.
    core::Status mirrorTicket(const MirroredTicket &ticket);
    // Moves the case to the hub's state and writes the transition ("venue hub" as the reason).
    core::Status followCaseState(const QString &acceptanceNo, const QString &fromState,
                                 const QString &toState, const QString &at, const QString &actor);
    // Stores the draw, marks the case's earlier draws replaced and puts its panel in place of theirs.
    core::Status mirrorDraw(const MirroredDraw &draw);
    // An expert took over a role in a case (a transfer at the hub): pending again under them.
    core::Status mirrorTransfer(const MirroredTransfer &transfer);
    // The cursor of the last event applied (setting venue.mirrored_seq). Not setSetting: it
    // moves with every event and is not a configuration change (Database::recordProgress).
    core::Status saveAppliedSeq(qint64 seq);

private:
    Database &m_database;
};

} // namespace store
