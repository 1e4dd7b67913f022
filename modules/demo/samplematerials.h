#pragma once

#include "accounts/permissions.h"
#include "store/database.h"

namespace demo {

// Gives every case of the demo roster synthetic medical materials: a two-page PDF (medical summary
// and imaging report) and an X-ray-like PNG, all marked as simulated. Draws text, so it needs a
// QGuiApplication. Adding them again stores nothing twice. Returns the number of files added.
core::Result<int> addSampleMaterials(store::Database &database, const accounts::Session &session);

// The same documents for one case, for tests: a PDF with `pages` pages and a PNG.
QByteArray samplePdf(const QString &acceptanceNo, const QString &title, int pages);
QByteArray samplePng(const QString &acceptanceNo);

} // namespace demo
