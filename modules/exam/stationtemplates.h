#pragma once

#include "forms/examtemplate.h"
#include "store/database.h"

namespace exam {

// The exam templates this station uses: the built-in ones (or those in the folder set as
// `forms.exam_dir`), each replaced by a template the central system published for the same group
// when that one has a higher version. A central template that no longer loads is skipped, so a
// station never loses its forms to a bad download.
core::Result<QList<forms::ExamTemplate>> stationTemplates(store::Database &database);

} // namespace exam
