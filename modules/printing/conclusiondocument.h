#pragma once

#include "documents.h"

#include "core/result.h"

class QPagedPaintDevice;

namespace printing {

core::Status printConclusion(const ConclusionNotice &notice, QPagedPaintDevice &device);
core::Status writeConclusionPdf(const ConclusionNotice &notice, const QString &path);

} // namespace printing
