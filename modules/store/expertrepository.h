#pragma once

#include "outbox.h"

#include "core/types.h"

#include <optional>

namespace store {

// A declared conflict of interest as stored: kind "employer" (subject: the employer's name) or
// "person" (subject: the blind index of the person's ID number, never the number itself).
struct StoredConflict {
    QString expertId;
    QString kind;
    QString subject;
    QString note;
};

// An expert as the central system's reference data has them; `specialties` joined with ';' as it
// came (the station keeps keys it does not know yet).
struct CentralExpert {
    QString id;
    QString name;
    QString specialties;
    QString employer;
    QString title;
    bool onDuty = false;
    bool mayReview = true;
};

class ExpertRepository
{
    Q_DECLARE_TR_FUNCTIONS(store::ExpertRepository)
public:
    explicit ExpertRepository(Database &database);

    core::Status save(const core::Expert &expert); // keeps the expert's room
    // Puts the expert in an exam room for the day (empty: no room).
    core::Status seat(const QString &expertId, const QString &roomId);
    std::optional<core::Expert> find(const QString &id) const;
    QList<core::Expert> all() const;

    // Conflicts of interest; the outbox receives the employer's name, never a person's index.
    core::Status saveConflict(const StoredConflict &conflict);
    core::Status removeConflict(const QString &expertId, const QString &kind, const QString &subject);
    QList<StoredConflict> conflicts(const QString &expertId = {}) const; // empty id: every expert's

    // From the central system (centralsync::downloadReference): no outbox row, since reference data
    // is not echoed back; the expert's room stays. Runs inside the caller's transaction.
    core::Status applyCentral(const CentralExpert &expert);

private:
    Database &m_database;
    Outbox m_outbox;
};

} // namespace store
