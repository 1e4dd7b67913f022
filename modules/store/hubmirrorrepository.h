#pragma once

#include "database.h"

#include <optional>

namespace store {

// The hub's decisions as they travel in its event stream: read at the hub when it publishes an
// event, written into a staff station's own tables when the station mirrors it (venue::HubMirror).
// Values stay as the event carries them (text), so what the hub sent is what the station stores.

struct MirroredAssignment {
    QString role;
    QString expertId;
};

struct MirroredDraw {
    QString id;
    QString acceptanceNo;
    QString drawnAt;
    QString operatorName;
    int panelSize = 0;
    QString record;
    QString reason;
    QList<MirroredAssignment> assignments; // ordered by role
};

// An expert who took over a role in a case.
struct MirroredTransfer {
    QString acceptanceNo;
    QString role;
    QString expertId;
};

struct MirroredTicket {
    QString id;
    QString serviceDay;
    QString lane;
    int number = 0;
    QString label;
    QString acceptanceNo;
    QString issuedAt;
    QString issuedBy;
};

// The statements behind it: the tickets, case states, draws and assignments a station takes from
// the hub, and the cursor of the last event applied. Nothing here writes the outbox: the hub uploads
// these changes itself. Runs inside the caller's transaction (one per event).
class HubMirrorRepository
{
public:
    explicit HubMirrorRepository(Database &database);

    // At the hub: a draw and its panel as the event publishes them.
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
    // moves with every event and is not a configuration change.
    core::Status saveAppliedSeq(qint64 seq);

private:
    Database &m_database;
};

} // namespace store
