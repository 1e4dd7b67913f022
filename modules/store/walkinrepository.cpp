#include "walkinrepository.h"

#include <QSqlQuery>

namespace store {

namespace {
const QString kColumns = QStringLiteral("id, state, personal, note, requested_at, requested_by, decided_by, "
                                        "decided_at, decision_reason, acceptance_no");

StoredWalkIn walkInFrom(const QSqlQuery &query)
{
    const auto time = [&](int column) {
        return QDateTime::fromString(query.value(column).toString(), Qt::ISODateWithMs);
    };
    return StoredWalkIn{query.value(0).toString(),
                        query.value(1).toString(),
                        query.value(2).toByteArray(),
                        query.value(3).toString(),
                        time(4),
                        query.value(5).toString(),
                        query.value(6).toString(),
                        time(7),
                        query.value(8).toString(),
                        query.value(9).toString()};
}
} // namespace

WalkInRepository::WalkInRepository(Database &database) : m_database(database) {}

core::Status WalkInRepository::insert(const StoredWalkIn &walkIn, const QString &idIndex)
{
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO walk_ins(id, id_index, personal, requested_at, requested_by, "
                                  "note) VALUES(?, ?, ?, ?, ?, ?)"));
    bindAll(insert, {walkIn.id, idIndex, walkIn.personal, walkIn.requestedAt.toString(Qt::ISODateWithMs),
                     walkIn.requestedBy, walkIn.note});
    if (!insert.exec())
        return core::Status::failure(sqlError(tr("Recording the walk-in"), insert));
    return {};
}

std::optional<StoredWalkIn> WalkInRepository::find(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM walk_ins WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return walkInFrom(query);
}

QList<StoredWalkIn> WalkInRepository::list(bool pendingOnly, int limit) const
{
    QList<StoredWalkIn> walkIns;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM walk_ins WHERE (? = 0 OR state = 'pending') "
                                 "ORDER BY requested_at DESC LIMIT ?")
                      .arg(kColumns));
    bindAll(query, {pendingOnly ? 1 : 0, limit});
    if (!query.exec())
        return walkIns;
    while (query.next())
        walkIns << walkInFrom(query);
    return walkIns;
}

core::Status WalkInRepository::decide(const QString &id, bool approved, const QString &decidedBy,
                                      const QString &reason, const QString &acceptanceNo)
{
    QSqlQuery update(m_database.connection());
    update.prepare(
        QStringLiteral("UPDATE walk_ins SET state = ?, decided_by = ?, decided_at = ?, "
                       "decision_reason = ?, acceptance_no = ? WHERE id = ? AND state = 'pending'"));
    bindAll(update, {approved ? QStringLiteral("approved") : QStringLiteral("rejected"), decidedBy,
                     m_database.clock().now().toString(Qt::ISODateWithMs), reason, acceptanceNo, id});
    if (!update.exec())
        return core::Status::failure(sqlError(tr("Deciding the walk-in"), update));
    if (update.numRowsAffected() != 1)
        return core::Status::failure(tr("There is no pending walk-in %1.").arg(id));
    return {};
}

int WalkInRepository::pending() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM walk_ins WHERE state = 'pending'")) && query.next())
        return query.value(0).toInt();
    return 0;
}

} // namespace store
