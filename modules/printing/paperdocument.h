#pragma once

#include "documents.h"

#include "core/result.h"

#include <QHash>
#include <QImage>

class QPagedPaintDevice;

namespace printing {

// An A4 document as rich text with its pictures (signatures), so that several of them can go to
// the printer as one job: the clerk's batch printing.
struct PaperDocument {
    QString title;
    QString html;                  // body content, without <html>/<body>
    QHash<QString, QImage> images; // by the name the html uses in <img src>
    bool signatureValid = true;    // false: a signature no longer matches (the page says so too)
};

PaperDocument conclusionDocument(const ConclusionNotice &notice);
PaperDocument opinionSheetDocument(const OpinionSheet &sheet);

// Prints the documents one after the other, each starting on a new page.
core::Status printDocuments(const QList<PaperDocument> &documents, QPagedPaintDevice &device);
core::Status writePdf(const QList<PaperDocument> &documents, const QString &path);

} // namespace printing
