#include "templaterepository.h"

#include <QSqlQuery>

namespace store {

TemplateRepository::TemplateRepository(Database &database) : m_database(database) {}

QList<PublishedTemplate> TemplateRepository::published() const
{
    QList<PublishedTemplate> templates;
    Statement query = m_database.statement(QStringLiteral("SELECT id, json FROM exam_templates ORDER BY id"));
    if (!query->exec())
        return templates;
    while (query->next())
        templates << PublishedTemplate{query->value(0).toString(), query->value(1).toString().toUtf8()};
    return templates;
}

core::Status TemplateRepository::saveCentral(const QString &id, const QString &group, int version,
                                             const QString &json, const QDateTime &at)
{
    Statement write = m_database.statement(QStringLiteral(
        "INSERT INTO exam_templates(id, grp, version, json, updated_at) VALUES(?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET grp = excluded.grp, version = excluded.version, json = excluded.json, "
        "updated_at = excluded.updated_at"));
    bindAll(*write, {id, group, version, json, at.toString(Qt::ISODateWithMs)});
    if (!write->exec())
        return core::Status::failure(sqlError(QStringLiteral("storing template %1").arg(id), *write));
    return {};
}

} // namespace store
