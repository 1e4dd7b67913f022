#pragma once

#include "sealer.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace store {

// One schema step. Statements in `before` run first, then `rewrite` (for changes SQL alone cannot
// make, such as encrypting existing rows; it returns an error message or nothing), then `after`.
// All of it runs in one transaction. `resumable`, when set, runs first, outside that transaction,
// for work too large for one (moving every medical material out of the database): it commits its
// own small batches and must be safe to run again from the start, so that a kill at any point and
// a new start finish the work with nothing lost. The step's transaction then checks the result.
struct Migration {
    QStringList before;
    std::function<QString(QSqlDatabase &, const Sealer &)> rewrite;
    QStringList after;
    std::function<QString(QSqlDatabase &, const Sealer &)> resumable;
};

// The schema version this build creates and migrates to. It lives here, not in database.h, so that a
// new migration recompiles the store's opening code only, not every file that uses a repository.
inline constexpr int kSchemaVersion = 28;

// Schema migrations in order: entry N brings the schema from version N to N+1. Never edit a
// released entry; append a new one.
const QList<Migration> &migrations();

} // namespace store
