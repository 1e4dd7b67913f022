#pragma once

#include "paperdocument.h"

namespace printing {

core::Status printConclusion(const ConclusionNotice &notice, QPagedPaintDevice &device);
core::Status writeConclusionPdf(const ConclusionNotice &notice, const QString &path);

} // namespace printing
