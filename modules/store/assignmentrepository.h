#pragma once

#include "database.h"
#include "mirroredrecords.h"

#include "core/queuestates.h"

#include <QDateTime>
#include <QPair>
#include <optional>

namespace store {

// A person waiting for (or being seen in) a room: one assignment of a case (exam1, exam2 …) with
// the ticket of the day and the room of the assigned expert.
struct RoomEntry {
    QString ticketId;
    QString ticketLabel;
    QString lane;
    int ticketNumber = 0; // the lane's running number of the day (call order)
    QString acceptanceNo;
    QString role; // exam1 | exam2 …
    QString expertId;
    QString roomId; // where that expert sits
    core::AssignmentState state = core::AssignmentState::Pending;
    int calls = 0;
    QDateTime lastCallAt;
};

// One line of an expert's worklist (the exam page's or the review page's list of cases).
struct WorkItem {
    QString acceptanceNo;
    QString ticketLabel;  // the person's newest ticket; empty if they never had one
    QString caseState;    // the case's state key
    QString opinionState; // the expert's newest opinion version in this role: draft | submitted; empty: none
};

// An earlier examination of a person by an expert (the draw's recusal window).
struct PastAssignment {
    QString expertId;
    QDateTime drawnAt;
};

// The assignments table: which expert examines (exam1 …) or reviews a case, and where that
// examination stands. The only place with SQL on it (opinions, cases, the hub's mirror ask here).
// Every change runs inside the caller's transaction (the draw, the call authority, the mirror of a
// hub event); the repository opens none.
class AssignmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(store::AssignmentRepository)
public:
    explicit AssignmentRepository(Database &database);

    // The examinations of `serviceDay` in `state` for the experts seated in `roomId`, by ticket
    // number. A person shows in a room only for their current examination (the lowest one not done),
    // only while not called, in an exam or parked anywhere else, and never after signing out.
    QList<RoomEntry> inRoom(const QDate &serviceDay, const QString &roomId,
                            core::AssignmentState state) const;
    // The current examination (lowest role not done, reviews aside) of the person holding the ticket.
    std::optional<RoomEntry> currentOf(const QString &ticketId) const;
    // True when the expert already has a role (examination or review) in the case.
    bool isOnCase(const QString &acceptanceNo, const QString &expertId) const;
    // The examinations (not reviews) of the person with this blind index in their other cases.
    QList<PastAssignment> examinationsOfPerson(const QString &personKey,
                                               const QString &exceptAcceptanceNo) const;
    // The role the expert is drawn for on the case: exam1, exam2 … or (review) "review".
    std::optional<QString> roleOf(const QString &acceptanceNo, const QString &expertId, bool review) const;
    // How many examinations the draw asked for on the case.
    int examinerCount(const QString &acceptanceNo) const;
    // An expert's worklist: their examinations (or, `review`, their reviews) of the cases still in
    // progress (checked in, waiting, in an exam or in review), of the people with a ticket on the
    // venue's newest service day, and of their own drafts, by ticket (day, then number), each case
    // once. Its cost follows today's work, not the years of history: see worklistQuery.
    QList<WorkItem> worklistOf(const QString &expertId, bool review) const;
    // The worklist's SQL; every `?` is the expert, for the test that keeps it on its indexes.
    static QString worklistQuery(bool review);
    // At the hub: a draw's panel as recorded, by role (for the event that publishes the draw).
    QList<MirroredAssignment> panelOf(const QString &drawId) const;
    // At the hub: the case and role an expert holds for the person with `ticketId` (after a transfer).
    std::optional<MirroredTransfer> heldFor(const QString &ticketId, const QString &expertId) const;

    core::Status add(const QString &acceptanceNo, const QString &role, const QString &expertId,
                     const QString &drawId, const QDateTime &drawnAt);
    // Removes every assignment of the case (a redraw replaces them).
    core::Status removeAll(const QString &acceptanceNo);
    core::Status setState(const QString &acceptanceNo, const QString &role, core::AssignmentState state);
    // A call or recall: state "called", one more call, and when it happened.
    core::Status recordCall(const QString &acceptanceNo, const QString &role, const QDateTime &at);
    // Hands the examination to another expert; it waits for them from the start.
    core::Status reassign(const QString &acceptanceNo, const QString &role, const QString &toExpertId);
    // At a station: the hub's panel replaces the case's assignments from other draws; a role this
    // station holds already for the same draw (the event replayed) stays as it is.
    core::Status mirrorPanel(const MirroredDraw &draw);

private:
    Database &m_database;
};

} // namespace store
