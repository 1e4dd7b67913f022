#pragma once

#include "database.h"

#include <optional>

namespace store {

// A walk-in request as stored. The person's data stays sealed (`personal`, opened with the row id).
struct StoredWalkIn {
    QString id;
    QString state; // pending | approved | rejected
    QByteArray personal;
    QString note; // the desk's words
    QDateTime requestedAt;
    QString requestedBy;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionReason;
    QString acceptanceNo; // the case made on approval
};

// People not on the roster, recorded at the desk for a supervisor's decision.
class WalkInRepository
{
    Q_DECLARE_TR_FUNCTIONS(store::WalkInRepository)
public:
    explicit WalkInRepository(Database &database);

    core::Status insert(const StoredWalkIn &walkIn, const QString &idIndex);
    std::optional<StoredWalkIn> find(const QString &id) const;
    QList<StoredWalkIn> list(bool pendingOnly, int limit = 500) const; // newest first
    // Records the decision of a pending request; refused when it is not pending (any more).
    core::Status decide(const QString &id, bool approved, const QString &decidedBy, const QString &reason,
                        const QString &acceptanceNo);
    int pending() const;

private:
    Database &m_database;
};

} // namespace store
