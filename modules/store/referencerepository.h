#pragma once

#include "database.h"

#include <QDateTime>

namespace store {

// Where the download of one reference kind stands (table reference_cursors).
struct ReferenceCursor {
    QString cursor;  // empty: read everything from the start
    QByteArray etag; // the server's ETag for "everything up to now", empty until the last page is in
};

// The central system's reference data that no other repository owns: the download cursors, the
// clause catalogue's central entries (table clauses, source 'central') and the exam templates the
// central system issued (table exam_templates). Venues, rooms, batches and experts from the central
// system go through VenueRepository and ExpertRepository. Nothing here writes the outbox (reference
// data is not echoed back); the writes run inside the caller's transaction (one page and its cursor).
class ReferenceRepository
{
public:
    explicit ReferenceRepository(Database &database);

    ReferenceCursor cursor(const QString &kind) const;
    core::Status saveCursor(const QString &kind, const QString &cursor, const QString &etag,
                            const QDateTime &at);
    core::Status saveCentralClause(const QString &clause, int grade, const QString &group,
                                   const QString &text);
    // A template already checked by the caller (forms::ExamTemplates::parse), `json` as it came.
    core::Status saveCentralTemplate(const QString &id, const QString &group, int version,
                                     const QString &json, const QDateTime &at);

private:
    Database &m_database;
};

} // namespace store
