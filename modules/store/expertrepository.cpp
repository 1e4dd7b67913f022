#include "expertrepository.h"

#include "venuerepository.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace store {

namespace {
core::Expert expertFrom(const QSqlQuery &query)
{
    core::Expert expert;
    expert.id = query.value(0).toString();
    expert.name = query.value(1).toString();
    expert.specialties = splitSpecialties(query.value(2).toString());
    expert.employer = query.value(3).toString();
    expert.title = query.value(4).toString();
    expert.onDuty = query.value(5).toBool();
    expert.mayReview = query.value(6).toBool();
    expert.roomId = query.value(7).toString();
    return expert;
}
// The first seven are written by save(); room_id only by seat().
const QString kExpertColumns = QStringLiteral("id, name, specialties, employer, title, on_duty, may_review");
const QString kReadColumns = kExpertColumns + QStringLiteral(", room_id");
// Written by the station and by the central system's reference data alike; the room stays.
const QString kUpsert = QStringLiteral("INSERT INTO experts(%1) VALUES(?, ?, ?, ?, ?, ?, ?) "
                                       "ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                                       "specialties = excluded.specialties, employer = excluded.employer, "
                                       "title = excluded.title, on_duty = excluded.on_duty, "
                                       "may_review = excluded.may_review")
                            .arg(kExpertColumns);
} // namespace

ExpertRepository::ExpertRepository(Database &database) : m_database(database), m_outbox(database) {}

core::Status ExpertRepository::save(const core::Expert &expert)
{
    const QString specialties = joinSpecialties(expert.specialties);
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery query(m_database.connection());
        query.prepare(kUpsert);
        bindAll(query, {expert.id, expert.name, specialties, expert.employer, expert.title, expert.onDuty,
                        expert.mayReview});
        if (!query.exec())
            return core::Status::failure(sqlError(tr("Saving expert %1").arg(expert.id), query));
        return m_outbox.append(
            QStringLiteral("expert"), expert.id,
            {{QStringLiteral("id"), expert.id},
             {QStringLiteral("name"), expert.name},
             {QStringLiteral("specialties"), QJsonArray::fromStringList(specialties.split(QLatin1Char(';')))},
             {QStringLiteral("employer"), expert.employer},
             {QStringLiteral("title"), expert.title},
             {QStringLiteral("on_duty"), expert.onDuty},
             {QStringLiteral("may_review"), expert.mayReview}});
    });
}

core::Status ExpertRepository::seat(const QString &expertId, const QString &roomId)
{
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE experts SET room_id = ? WHERE id = ?"));
        bindAll(query, {roomId, expertId});
        if (!query.exec())
            return core::Status::failure(sqlError(tr("Seating expert %1").arg(expertId), query));
        if (query.numRowsAffected() != 1)
            return core::Status::failure(tr("There is no expert %1.").arg(expertId));
        return m_outbox.append(QStringLiteral("expert_room"), expertId,
                               {{QStringLiteral("expert"), expertId}, {QStringLiteral("room"), roomId}});
    });
}

std::optional<core::Expert> ExpertRepository::find(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM experts WHERE id = ?").arg(kReadColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return expertFrom(query);
}

QList<core::Expert> ExpertRepository::all() const
{
    QList<core::Expert> experts;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM experts ORDER BY id").arg(kReadColumns)))
        return experts;
    while (query.next())
        experts << expertFrom(query);
    return experts;
}

namespace {
QJsonObject conflictPayload(const QString &expertId, const QString &kind, const QString &subject,
                            bool declared)
{
    const bool employer = kind == QLatin1String("employer");
    return {{QStringLiteral("expert"), expertId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("subject"), employer ? subject : QStringLiteral("(person)")},
            {QStringLiteral("declared"), declared}};
}
// The outbox key names the conflict without the person: one entity per expert, kind and subject.
QString conflictKey(const QString &expertId, const QString &kind, const QString &subject)
{
    return QStringLiteral("%1/%2/%3").arg(expertId, kind, subject);
}
} // namespace

core::Status ExpertRepository::saveConflict(const StoredConflict &conflict)
{
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery insert(m_database.connection());
        insert.prepare(
            QStringLiteral("INSERT OR REPLACE INTO expert_conflicts(expert_id, kind, subject, note) "
                           "VALUES(?, ?, ?, ?)"));
        bindAll(insert, {conflict.expertId, conflict.kind, conflict.subject, conflict.note});
        if (!insert.exec())
            return core::Status::failure(sqlError(tr("Recording the conflict of interest"), insert));
        return m_outbox.append(QStringLiteral("expert_conflict"),
                               conflictKey(conflict.expertId, conflict.kind, conflict.subject),
                               conflictPayload(conflict.expertId, conflict.kind, conflict.subject, true));
    });
}

core::Status ExpertRepository::removeConflict(const QString &expertId, const QString &kind,
                                              const QString &subject)
{
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery remove(m_database.connection());
        remove.prepare(
            QStringLiteral("DELETE FROM expert_conflicts WHERE expert_id = ? AND kind = ? AND subject = ?"));
        bindAll(remove, {expertId, kind, subject});
        if (!remove.exec())
            return core::Status::failure(sqlError(tr("Withdrawing the conflict of interest"), remove));
        if (remove.numRowsAffected() != 1)
            return core::Status::failure(tr("Expert %1 has no such declared conflict.").arg(expertId));
        return m_outbox.append(QStringLiteral("expert_conflict"), conflictKey(expertId, kind, subject),
                               conflictPayload(expertId, kind, subject, false));
    });
}

QList<StoredConflict> ExpertRepository::conflicts(const QString &expertId) const
{
    QList<StoredConflict> conflicts;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT expert_id, kind, subject, note FROM expert_conflicts "
                                 "WHERE ? = '' OR expert_id = ? ORDER BY expert_id, kind, subject"));
    bindAll(query, {expertId, expertId});
    if (!query.exec())
        return conflicts;
    while (query.next())
        conflicts << StoredConflict{query.value(0).toString(), query.value(1).toString(),
                                    query.value(2).toString(), query.value(3).toString()};
    return conflicts;
}

core::Status ExpertRepository::applyCentral(const CentralExpert &expert)
{
    Statement write = m_database.statement(kUpsert);
    bindAll(*write, {expert.id, expert.name, expert.specialties, expert.employer, expert.title, expert.onDuty,
                     expert.mayReview});
    if (!write->exec())
        return core::Status::failure(sqlError(QStringLiteral("applying experts"), *write));
    return {};
}

} // namespace store
