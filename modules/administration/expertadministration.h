#pragma once

#include "accounts/permissions.h"
#include "roster/rosterparser.h"
#include "store/expertrepository.h"

#include <QCoreApplication>

namespace administration {

// A declared conflict of interest: the expert is never drawn for a case of that employer or of
// that person (the person is kept as the blind index of the ID number, never in clear).
struct ConflictRow {
    QString expertId;
    bool employer = true; // false: a person
    QString subject;      // the employer's name, or "(person)" for a person
    QString key;          // what withdrawConflict takes: the employer's name or the blind index
    QString note;
};

// What an experts CSV import did: the good rows saved (in one transaction), the bad ones by line.
struct ExpertImport {
    int imported = 0;
    QList<roster::RejectedRow> rejected;
};

// Experts, their conflicts of interest and their seats, for a venue admin. Every change is
// audited (expert.save, expert.conflict, expert.conflict_withdraw, expert.seat) and sent to the
// outbox (types expert, expert_conflict, expert_room).
class ExpertAdministration
{
    Q_DECLARE_TR_FUNCTIONS(administration::ExpertAdministration)
public:
    explicit ExpertAdministration(store::Database &database);

    QList<core::Expert> experts() const;
    // Adds or edits (id, name, specialties ≥ 1, title, employer/hospital, on duty, may review);
    // the expert's seat is kept.
    core::Status save(const accounts::Session &admin, const core::Expert &expert);

    // An experts CSV (columns expert_id,name,specialties,employer,title,on_duty); an expert's seat
    // is kept. Refused as a whole only when the file itself is unusable (no header, not CSV).
    core::Result<ExpertImport> importCsv(const accounts::Session &admin, const QString &csvText);

    QList<ConflictRow> conflicts(const QString &expertId = {}) const;
    core::Status declareEmployerConflict(const accounts::Session &admin, const QString &expertId,
                                         const QString &employer, const QString &note);
    // `idNumber` is checked and kept only as its blind index.
    core::Status declarePersonConflict(const accounts::Session &admin, const QString &expertId,
                                       const QString &idNumber, const QString &note);
    // `key` as in ConflictRow::key.
    core::Status withdrawConflict(const accounts::Session &admin, const QString &expertId, bool employer,
                                  const QString &key);

    // Seats the expert in a room for today (one room at a time: seating moves the expert); an
    // empty room id stands the expert down. The room must exist and not be retired; seating puts
    // the expert on duty.
    core::Status seat(const accounts::Session &admin, const QString &expertId, const QString &roomId);

private:
    store::Database &m_database;
    store::ExpertRepository m_experts;
};

} // namespace administration
