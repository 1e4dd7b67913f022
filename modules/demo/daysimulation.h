#pragma once

#include "core/result.h"
#include "forms/examtemplate.h"
#include "store/database.h"

namespace demo {

// A realistic venue day through the real services, for demos, benchmarks and sync tests: for up to
// `cases` people on today's roster who have not arrived yet — check-in, expert draw, both
// examinations called and recorded on the specialty's form with a grading basis and signed, the
// review agreeing with the first opinion, signed, and the case concluded. With
// SimulationEnd::AwaitingReview the day stops once both opinions are submitted, so that a reviewer
// in training (or a walk through the review page) finds cases waiting.
enum class SimulationEnd { Concluded, AwaitingReview };
struct SimulationResult {
    QStringList concluded;
    QStringList awaitingReview;
    QStringList skipped; // with the reason, e.g. too few experts on duty for the specialty
};
core::Result<SimulationResult> simulateDay(store::Database &database, int cases,
                                           SimulationEnd end = SimulationEnd::Concluded);

// Plausible values for every required field of the form, as the simulation enters them.
QJsonObject plausibleFindings(const forms::ExamTemplate &form);

} // namespace demo
