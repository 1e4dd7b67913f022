#pragma once

#include <QStringList>

namespace store {

// Schema migrations in order: entry N brings the schema from version N to N+1. Never edit a
// released entry; append a new one.
const QList<QStringList> &migrations();

} // namespace store
