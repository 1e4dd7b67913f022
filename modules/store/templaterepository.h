#pragma once

#include "database.h"

namespace store {

// An exam template the central system published, as it came down (JSON, checked on arrival).
struct PublishedTemplate {
    QString id;
    QByteArray json;
};

// The central system's exam templates kept at the station (`exam_templates`).
class TemplateRepository
{
public:
    explicit TemplateRepository(Database &database);

    // By id; empty when none came down (or the table cannot be read: the built-in forms stand).
    QList<PublishedTemplate> published() const;

private:
    Database &m_database;
};

} // namespace store
