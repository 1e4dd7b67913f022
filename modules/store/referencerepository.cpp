#include "referencerepository.h"

namespace store {

ReferenceRepository::ReferenceRepository(Database &database) : m_database(database) {}

ReferenceCursor ReferenceRepository::cursor(const QString &kind) const
{
    ReferenceCursor stored;
    Statement query =
        m_database.statement(QStringLiteral("SELECT cursor, etag FROM reference_cursors WHERE kind = ?"));
    bindAll(*query, {kind});
    if (query->exec() && query->next()) {
        stored.cursor = query->value(0).toString();
        stored.etag = query->value(1).toString().toLatin1();
    }
    return stored;
}

core::Status ReferenceRepository::saveCursor(const QString &kind, const QString &cursor, const QString &etag,
                                             const QDateTime &at)
{
    Statement save = m_database.statement(
        QStringLiteral("INSERT INTO reference_cursors(kind, cursor, etag, updated_at) VALUES(?, ?, ?, ?) "
                       "ON CONFLICT(kind) DO UPDATE SET cursor = excluded.cursor, etag = excluded.etag, "
                       "updated_at = excluded.updated_at"));
    bindAll(*save, {kind, cursor, etag, at.toString(Qt::ISODateWithMs)});
    if (!save->exec())
        return core::Status::failure(sqlError(QStringLiteral("saving the cursor"), *save));
    return {};
}

} // namespace store
