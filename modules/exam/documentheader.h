#pragma once

// What the conclusion and the opinion sheets share: the case's header lines and the basis as text.
// Internal to the exam module.

#include "store/database.h"

#include <QImage>
#include <optional>

namespace exam::detail {

struct CaseHeader {
    QString name;
    QString maskedIdNumber;
    QString employer;
    QString appraisalType;
    QString venueName;
    QString committee;
};

std::optional<CaseHeader> caseHeader(store::Database &database, const QString &acceptanceNo);
// "5.7.2(36) text" for each clause found in the catalog, the bare id otherwise.
QStringList basisLines(store::Database &database, const QStringList &clauses);
QImage signatureImage(store::Database &database, const QString &subject);

} // namespace exam::detail
