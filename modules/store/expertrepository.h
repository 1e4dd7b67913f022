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

private:
    Database &m_database;
    Outbox m_outbox;
};

} // namespace store
