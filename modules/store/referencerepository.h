#pragma once

#include "database.h"

#include <QDateTime>

namespace store {

// Where the download of one reference kind stands (table reference_cursors).
struct ReferenceCursor {
    QString cursor;  // empty: read everything from the start
    QByteArray etag; // the server's ETag for "everything up to now", empty until the last page is in
};

// Where the download of the central system's reference data stands: one cursor per kind. The data
// itself goes to the repositories that own its tables (CatalogRepository::applyCentral,
// TemplateRepository::saveCentral, VenueRepository, ExpertRepository, CaseRepository). Nothing here
// writes the outbox (reference data is not echoed back); the writes run inside the caller's
// transaction (one page and its cursor).
class ReferenceRepository
{
public:
    explicit ReferenceRepository(Database &database);

    ReferenceCursor cursor(const QString &kind) const;
    core::Status saveCursor(const QString &kind, const QString &cursor, const QString &etag,
                            const QDateTime &at);

private:
    Database &m_database;
};

} // namespace store
