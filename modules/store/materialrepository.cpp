#include "materialrepository.h"

#include "assignmentrepository.h"

#include <QSqlQuery>

namespace store {

namespace {

const QString kColumns =
    QStringLiteral("id, acceptance_no, name, media_type, size, sha256, source, added_by, added_at");

MaterialRecord recordFrom(const QSqlQuery &query)
{
    MaterialRecord material;
    material.id = query.value(0).toString();
    material.acceptanceNo = query.value(1).toString();
    material.name = query.value(2).toString();
    material.mediaType = query.value(3).toString();
    material.size = query.value(4).toLongLong();
    material.sha256 = query.value(5).toString();
    material.source = query.value(6).toString();
    material.addedBy = query.value(7).toString();
    material.addedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    return material;
}

} // namespace

MaterialRepository::MaterialRepository(Database &database) : m_database(database) {}

bool MaterialRepository::caseExists(const QString &acceptanceNo) const
{
    QSqlQuery known(m_database.connection());
    known.prepare(QStringLiteral("SELECT 1 FROM cases WHERE acceptance_no = ?"));
    known.addBindValue(acceptanceNo);
    return known.exec() && known.next();
}

bool MaterialRepository::isAssigned(const QString &acceptanceNo, const QString &expertId) const
{
    return AssignmentRepository(m_database).isOnCase(acceptanceNo, expertId);
}

std::optional<MaterialRecord> MaterialRepository::findByContent(const QString &acceptanceNo,
                                                                const QString &sha256) const
{
    QSqlQuery existing(m_database.connection());
    existing.prepare(
        QStringLiteral("SELECT %1 FROM material_files WHERE acceptance_no = ? AND sha256 = ?").arg(kColumns));
    bindAll(existing, {acceptanceNo, sha256});
    if (existing.exec() && existing.next())
        return recordFrom(existing);
    return std::nullopt;
}

std::optional<MaterialRecord> MaterialRepository::find(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM material_files WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return recordFrom(query);
    return std::nullopt;
}

QList<MaterialRecord> MaterialRepository::forCase(const QString &acceptanceNo) const
{
    QList<MaterialRecord> materials;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM material_files WHERE acceptance_no = ? ORDER BY rowid").arg(kColumns));
    query.addBindValue(acceptanceNo);
    if (query.exec())
        while (query.next())
            materials << recordFrom(query);
    return materials;
}

core::Status MaterialRepository::insert(const MaterialRecord &material)
{
    QSqlQuery insert(m_database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO material_files(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns));
    bindAll(insert, {material.id, material.acceptanceNo, material.name, material.mediaType, material.size,
                     material.sha256, material.source, material.addedBy,
                     material.addedAt.toString(Qt::ISODateWithMs)});
    if (!insert.exec())
        return core::Status::failure(sqlError(tr("Saving %1").arg(material.name), insert));
    return {};
}

} // namespace store
