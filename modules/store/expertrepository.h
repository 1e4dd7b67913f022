#pragma once

#include "outbox.h"

#include "core/types.h"

#include <optional>

namespace store {

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

private:
    Database &m_database;
    Outbox m_outbox;
};

} // namespace store
