#pragma once

#include "database.h"

#include <QDateTime>

namespace store {

// An exam template the central system published, as it came down (JSON, checked on arrival).
struct PublishedTemplate {
    QString id;
    QByteArray json;
};

// The central system's exam templates kept at the station (`exam_templates`; the only place with SQL
// on it). The write runs inside the caller's transaction (one downloaded page and its cursor).
class TemplateRepository
{
public:
    explicit TemplateRepository(Database &database);

    // By id; empty when none came down (or the table cannot be read: the built-in forms stand).
    QList<PublishedTemplate> published() const;
    // A template already checked by the caller (forms::ExamTemplates::parse), `json` as it came; a
    // newer one with the same id replaces it.
    [[nodiscard]] core::Status saveCentral(const QString &id, const QString &group, int version,
                                           const QString &json, const QDateTime &at);

private:
    Database &m_database;
};

} // namespace store
