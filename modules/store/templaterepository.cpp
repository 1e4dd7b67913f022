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

} // namespace store
