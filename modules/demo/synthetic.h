#pragma once

#include "core/types.h"
#include "store/database.h"

namespace demo {

// `count` synthetic people for load tests and benchmarks: valid ID numbers (GB 11643 check
// character), names that are nobody's, every tenth in the green channel. Acceptance numbers are
// `prefix` plus a five-digit sequence number.
QList<core::Case> syntheticCases(int count, const QString &batchId,
                                 const QString &prefix = QStringLiteral("BENCH-"),
                                 core::Specialty specialty = core::Specialty::Orthopaedics);

// A bare venue for load tests and benchmarks: venue "BENCH", the normal (ratio 2) and green lanes,
// batch `batchId` on `day`, and `cases` saved into it — in one transaction.
core::Status seedSyntheticVenue(store::Database &database, const QString &batchId, const QDate &day,
                                const QList<core::Case> &cases);

} // namespace demo
