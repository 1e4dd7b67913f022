#pragma once

#include "database.h"

#include <QDateTime>

#include <optional>

namespace store {

// One medical material as station.db lists it. Its content is not here: it is the sealed file
// named by `sha256` in the data folder (MaterialFiles).
struct MaterialRecord {
    QString id;
    QString acceptanceNo;
    QString name;      // the file name as it arrived
    QString mediaType; // application/pdf, image/png, image/jpeg
    qint64 size = 0;
    QString sha256;
    QString source; // roster | desk
    QString addedBy;
    QDateTime addedAt;
};

// The references to the medical materials (table material_files), and the two facts about a case
// that adding and reading them depend on. The caller decides the transaction.
class MaterialRepository
{
    Q_DECLARE_TR_FUNCTIONS(store::MaterialRepository)
public:
    explicit MaterialRepository(Database &database);

    bool caseExists(const QString &acceptanceNo) const;
    // Whether the expert was drawn to the case (and so may read its materials).
    bool isAssigned(const QString &acceptanceNo, const QString &expertId) const;
    // The material of the case with this content, if it was added before.
    std::optional<MaterialRecord> findByContent(const QString &acceptanceNo, const QString &sha256) const;
    std::optional<MaterialRecord> find(const QString &id) const;
    // The case's materials, in the order they were added.
    QList<MaterialRecord> forCase(const QString &acceptanceNo) const;
    core::Status insert(const MaterialRecord &material);

private:
    Database &m_database;
};

} // namespace store
