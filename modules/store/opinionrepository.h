#pragma once

#include "database.h"

#include <QDateTime>
#include <QHash>
#include <QPair>

#include <optional>

namespace store {

// One row of `opinions` as stored: the content (findings, clauses, grade …) is the service's JSON,
// sealed here as medical data; the repository never reads inside it.
struct OpinionRecord {
    QString id;
    QString acceptanceNo;
    QString role; // exam1, exam2 … (review opinions never exist: the reviewer concludes)
    QString expertId;
    QString templateId;
    int templateVersion = 0;
    int version = 1;
    QString state; // draft | submitted | superseded
    QByteArray content;
    QString predecessor;
    QString changeReason;
    QDateTime updatedAt;
    QDateTime submittedAt;
};

// A conclusion as stored: the sealed content plus, in plain for the statistics (schema 22), the
// grade and self-care level (the name and ID number stay sealed).
struct ConclusionRecord {
    QString acceptanceNo;
    QString reviewer;
    QDateTime concludedAt;
    QByteArray content;
    int grade = 0;
    QString selfCare;
};

// The examination side of a case: the experts' opinions and the reviewer's conclusion (who is drawn
// to examine or review it is AssignmentRepository's). Runs inside the caller's transaction; the
// services decide where transactions begin and end.
class OpinionRepository
{
    Q_DECLARE_TR_FUNCTIONS(store::OpinionRepository)
public:
    explicit OpinionRepository(Database &database);

    // Null when there is no such opinion or its content does not open with this station's key.
    std::optional<OpinionRecord> find(const QString &opinionId) const;
    std::optional<QString> latestId(const QString &acceptanceNo, const QString &role) const;
    // The case's opinion ids by role, then version.
    QStringList idsOf(const QString &acceptanceNo) const;
    [[nodiscard]] core::Status insert(const OpinionRecord &opinion);
    // State, content and times; `plainGrade` is the grade kept in plain once submitted (none for a
    // draft).
    [[nodiscard]] core::Status update(const OpinionRecord &opinion, std::optional<int> plainGrade);
    [[nodiscard]] core::Status supersede(const QString &opinionId);

    [[nodiscard]] core::Status insertConclusion(const ConclusionRecord &conclusion);
    // The conclusion's opened content; null when there is none or it does not open.
    std::optional<QByteArray> conclusionContent(const QString &acceptanceNo) const;
    bool isConcluded(const QString &acceptanceNo) const;

private:
    Database &m_database;
};

} // namespace store
