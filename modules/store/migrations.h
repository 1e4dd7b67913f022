#pragma once

#include "sealer.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace store {

// One schema step. Statements in `before` run first, then `rewrite` (for changes SQL alone cannot
// make, such as encrypting existing rows; it returns an error message or nothing), then `after`.
// All of it runs in one transaction.
struct Migration {
    QStringList before;
    std::function<QString(QSqlDatabase &, const Sealer &)> rewrite;
    QStringList after;
};

// Schema migrations in order: entry N brings the schema from version N to N+1. Never edit a
// released entry; append a new one.
const QList<Migration> &migrations();

} // namespace store
