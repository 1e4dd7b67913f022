#pragma once

#include "report.h"

#include "core/types.h"

#include <QJsonObject>

namespace statistics {

// The contract of `appraisal-admin stats --json` (README, "appraisal-admin"): exactly these top-level
// keys — from, to, arrived, concluded, no_show, withdrawn, walk_ins, wait_minutes {p50, p90},
// by_type {every appraisal type}, by_grade {"1" … "10", "none"}, time_limits {on_time, extended,
// overdue, delivered_on_time, delivered_late}, experts [{expert, exams, reviews, agreement_same,
// agreement_one_apart, agreement_more, grade_changed_by_review, matches_conclusion,
// median_exam_minutes}].
QJsonObject toJson(const RangeReport &report);
// The same figures as lines of text for people (translated labels).
QString toText(const RangeReport &report);

// Minutes and shares as printed: minutes to one decimal, shares to three.
double roundedMinutes(double minutes);
double roundedShare(double share);

} // namespace statistics
