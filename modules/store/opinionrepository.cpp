#include "opinionrepository.h"

#include <QSqlQuery>

namespace store {

namespace {

const QString kColumns =
    QStringLiteral("id, acceptance_no, role, expert_id, template_id, template_version, version, "
                   "state, sealed_content, predecessor, change_reason, updated_at, submitted_at");

} // namespace

OpinionRepository::OpinionRepository(Database &database) : m_database(database) {}

std::optional<OpinionRecord> OpinionRepository::find(const QString &opinionId) const
{
    Statement query =
        m_database.statement(QStringLiteral("SELECT %1 FROM opinions WHERE id = ?").arg(kColumns));
    bindAll(*query, {opinionId});
    if (!query->exec() || !query->next())
        return std::nullopt;
    OpinionRecord opinion;
    opinion.id = query->value(0).toString();
    opinion.acceptanceNo = query->value(1).toString();
    opinion.role = query->value(2).toString();
    opinion.expertId = query->value(3).toString();
    opinion.templateId = query->value(4).toString();
    opinion.templateVersion = query->value(5).toInt();
    opinion.version = query->value(6).toInt();
    opinion.state = query->value(7).toString();
    const auto content = m_database.sealer().open(query->value(8).toByteArray(), opinion.id);
    if (!content)
        return std::nullopt; // tampered or another key: never shown as if it were empty
    opinion.content = *content;
    opinion.predecessor = query->value(9).toString();
    opinion.changeReason = query->value(10).toString();
    opinion.updatedAt = QDateTime::fromString(query->value(11).toString(), Qt::ISODateWithMs);
    opinion.submittedAt = QDateTime::fromString(query->value(12).toString(), Qt::ISODateWithMs);
    return opinion;
}

std::optional<QString> OpinionRepository::latestId(const QString &acceptanceNo, const QString &role) const
{
    Statement query = m_database.statement(QStringLiteral(
        "SELECT id FROM opinions WHERE acceptance_no = ? AND role = ? ORDER BY version DESC LIMIT 1"));
    bindAll(*query, {acceptanceNo, role});
    if (!query->exec() || !query->next())
        return std::nullopt;
    return query->value(0).toString();
}

QStringList OpinionRepository::idsOf(const QString &acceptanceNo) const
{
    QStringList ids;
    Statement query = m_database.statement(
        QStringLiteral("SELECT id FROM opinions WHERE acceptance_no = ? ORDER BY role, version"));
    bindAll(*query, {acceptanceNo});
    if (query->exec())
        while (query->next())
            ids << query->value(0).toString();
    return ids;
}

core::Status OpinionRepository::insert(const OpinionRecord &opinion)
{
    Statement query = m_database.statement(
        QStringLiteral("INSERT INTO opinions(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns));
    bindAll(*query, {opinion.id, opinion.acceptanceNo, opinion.role, opinion.expertId, opinion.templateId,
                     opinion.templateVersion, opinion.version, opinion.state,
                     m_database.sealer().seal(opinion.content, opinion.id), opinion.predecessor,
                     opinion.changeReason, opinion.updatedAt.toString(Qt::ISODateWithMs), QString()});
    if (!query->exec())
        return core::Status::failure(sqlError(tr("Saving the opinion"), *query));
    return {};
}

core::Status OpinionRepository::update(const OpinionRecord &opinion, std::optional<int> plainGrade)
{
    Statement query = m_database.statement(QStringLiteral(
        "UPDATE opinions SET state = ?, sealed_content = ?, updated_at = ?, submitted_at = ?, grade = ? "
        "WHERE id = ?"));
    bindAll(*query,
            {opinion.state, m_database.sealer().seal(opinion.content, opinion.id),
             opinion.updatedAt.toString(Qt::ISODateWithMs),
             opinion.submittedAt.isValid() ? opinion.submittedAt.toString(Qt::ISODateWithMs) : QString(),
             plainGrade ? QVariant(*plainGrade) : QVariant(QMetaType(QMetaType::Int)), opinion.id});
    if (!query->exec())
        return core::Status::failure(sqlError(tr("Saving the opinion"), *query));
    return {};
}

core::Status OpinionRepository::supersede(const QString &opinionId)
{
    Statement query =
        m_database.statement(QStringLiteral("UPDATE opinions SET state = 'superseded' WHERE id = ?"));
    bindAll(*query, {opinionId});
    if (!query->exec())
        return core::Status::failure(sqlError(tr("Saving the opinion"), *query));
    return {};
}

core::Status OpinionRepository::insertConclusion(const ConclusionRecord &conclusion)
{
    Statement query = m_database.statement(QStringLiteral(
        "INSERT INTO conclusions(acceptance_no, reviewer, concluded_at, sealed_content, grade, "
        "self_care) VALUES(?, ?, ?, ?, ?, ?)"));
    bindAll(*query,
            {conclusion.acceptanceNo, conclusion.reviewer, conclusion.concludedAt.toString(Qt::ISODateWithMs),
             m_database.sealer().seal(conclusion.content, conclusion.acceptanceNo), conclusion.grade,
             conclusion.selfCare});
    if (!query->exec())
        return core::Status::failure(sqlError(tr("Saving the conclusion"), *query));
    return {};
}

std::optional<QByteArray> OpinionRepository::conclusionContent(const QString &acceptanceNo) const
{
    Statement query = m_database.statement(
        QStringLiteral("SELECT sealed_content FROM conclusions WHERE acceptance_no = ?"));
    bindAll(*query, {acceptanceNo});
    if (!query->exec() || !query->next())
        return std::nullopt;
    return m_database.sealer().open(query->value(0).toByteArray(), acceptanceNo);
}

bool OpinionRepository::isConcluded(const QString &acceptanceNo) const
{
    Statement query =
        m_database.statement(QStringLiteral("SELECT 1 FROM conclusions WHERE acceptance_no = ?"));
    bindAll(*query, {acceptanceNo});
    return query->exec() && query->next();
}

} // namespace store
