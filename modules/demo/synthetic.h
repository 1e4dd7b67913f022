#pragma once

#include "core/types.h"

namespace demo {

// `count` synthetic people for load tests and benchmarks: valid ID numbers (GB 11643 check
// character), names that are nobody's, every tenth in the green channel. Acceptance numbers are
// `prefix` plus a five-digit sequence number.
QList<core::Case> syntheticCases(int count, const QString &batchId,
                                 const QString &prefix = QStringLiteral("BENCH-"),
                                 core::Specialty specialty = core::Specialty::Orthopaedics);

} // namespace demo
