#pragma once

#include "accounts/permissions.h"
#include "store/database.h"

#include <QCoreApplication>

namespace administration {

enum class WalkInState { Pending, Approved, Refused };

// A walk-in request from the desk and what became of it. Names are masked unless the viewer
// manages the venue; the ID number is always masked.
struct WalkInRow {
    QString id;
    WalkInState state = WalkInState::Pending;
    QString maskedIdNumber;
    QString name;
    QString requestNote; // the desk's words
    QDateTime requestedAt;
    QString requestedBy;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionReason;
    QString acceptanceNo; // the case created on approval
};

// What approving a walk-in creates: a case in today's batch. Everything has a default.
struct WalkInCase {
    core::AppraisalType type = core::AppraisalType::WorkInjury;
    core::Specialty specialty = core::Specialty::Orthopaedics;
    QString lane = QString::fromLatin1(core::kNormalLane);
    QString employer;
};

// The walk-in queue: the desk records a request (checkin::CheckInService::recordWalkIn), a venue
// admin approves it (the person joins today's batch as a new case "WI-yyyyMMdd-NNN", with the
// reason; the batch is created when the day has none) or refuses it with a reason. The desk reads
// the decision through list(). Audited (walk_in.approve, walk_in.refuse); the new case goes to
// the outbox as a case does.
class WalkInAdministration
{
    Q_DECLARE_TR_FUNCTIONS(administration::WalkInAdministration)
public:
    explicit WalkInAdministration(store::Database &database);

    // Front desk or venue admin. `pendingOnly`: only those waiting for a decision.
    core::Result<QList<WalkInRow>> list(const accounts::Session &session, bool pendingOnly = false) const;
    // Returns the acceptance number of the new case. An empty reason keeps the desk's note.
    core::Result<QString> approve(const accounts::Session &admin, const QString &walkInId,
                                  const QString &reason, const WalkInCase &details = {});
    core::Status refuse(const accounts::Session &admin, const QString &walkInId, const QString &reason);

private:
    store::Database &m_database;
};

QString toKey(WalkInState state); // "pending", "approved", "refused"

} // namespace administration
