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
    return expert;
}
const QString kExpertColumns = QStringLiteral("id, name, specialties, employer, title, on_duty, may_review");
} // namespace

ExpertRepository::ExpertRepository(Database &database) : m_database(database), m_outbox(database) {}

core::Status ExpertRepository::save(const core::Expert &expert)
{
    const QString specialties = joinSpecialties(expert.specialties);
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO experts(%1) VALUES(?, ?, ?, ?, ?, ?, ?) "
                                     "ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                                     "specialties = excluded.specialties, employer = excluded.employer, "
                                     "title = excluded.title, on_duty = excluded.on_duty, "
                                     "may_review = excluded.may_review")
                          .arg(kExpertColumns));
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

std::optional<core::Expert> ExpertRepository::find(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM experts WHERE id = ?").arg(kExpertColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return expertFrom(query);
}

QList<core::Expert> ExpertRepository::all() const
{
    QList<core::Expert> experts;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM experts ORDER BY id").arg(kExpertColumns)))
        return experts;
    while (query.next())
        experts << expertFrom(query);
    return experts;
}

} // namespace store
