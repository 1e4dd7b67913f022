#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace grading {

// GB/T 16180-2014 chapter 4 (domain.md §5): each injury is graded on its own; the most severe
// grade decides; when two or more injuries share that grade it is raised by one, at most once, and
// grade 1 cannot be raised. {7,7} → 6, {7,7,7} → 6, {5,7,7} → 5, {1,1} → 1.
core::Result<int> combineGrades(const QList<int> &grades);

// Self-care dependency from the five activities that need help (eating, turning, toileting,
// dressing, moving): five → complete, three or four → most, one or two → partial, none → none.
enum class SelfCare { None, Partial, Most, Complete };
QStringList selfCareActivities(); // the keys, in order
core::Result<SelfCare> selfCareLevel(const QStringList &needsHelp);
QString toKey(SelfCare level);
QString displayName(SelfCare level);
// The display name of a stored level key ("none", "partial" …); the key itself when unknown.
QString selfCareDisplayName(const QString &key);

// Illness and non-work injury (劳社部发〔2002〕8号): grades 1–4 → 完全丧失, 5–6 → 大部分丧失; three
// or more 大部分 conditions in different disease categories count as 完全. Below that: neither.
enum class WorkCapacityLoss { None, Most, Complete };
WorkCapacityLoss illnessConclusion(const QList<QPair<int, QString>> &gradeAndCategory);
QString toKey(WorkCapacityLoss loss);

} // namespace grading
