#include "deadlinerepository.h"

#include <QSqlQuery>

namespace store {

DeadlineRepository::DeadlineRepository(Database &database) : m_database(database) {}

QList<DeadlineFacts> DeadlineRepository::select(const QString &from, const QString &where,
                                                const QVariantList &values) const
{
    Statement query = m_database.statement(
        QStringLiteral("SELECT c.acceptance_no, c.state, c.accepted_on, e.days, e.reason, "
                       "k.concluded_at, d.delivered_on, d.method, d.tracking_no FROM ") +
        from +
        QStringLiteral(" LEFT JOIN case_extensions e ON e.acceptance_no = c.acceptance_no "
                       "LEFT JOIN conclusions k ON k.acceptance_no = c.acceptance_no "
                       "LEFT JOIN deliveries d ON d.acceptance_no = c.acceptance_no ") +
        where + QStringLiteral(" ORDER BY c.acceptance_no"));
    bindAll(*query, values);
    QList<DeadlineFacts> rows;
    if (!query->exec())
        return rows;
    while (query->next()) {
        DeadlineFacts row;
        row.acceptanceNo = query->value(0).toString();
        row.state = core::caseStateFromKey(query->value(1).toString()).value_or(core::CaseState::Registered);
        row.acceptedOn = QDate::fromString(query->value(2).toString(), Qt::ISODate);
        row.extensionDays = query->value(3).toInt();
        row.extensionReason = query->value(4).toString();
        row.concludedAt = QDateTime::fromString(query->value(5).toString(), Qt::ISODateWithMs);
        row.deliveredOn = QDate::fromString(query->value(6).toString(), Qt::ISODate);
        row.deliveryMethod = query->value(7).toString();
        row.trackingNo = query->value(8).toString();
        rows << row;
    }
    return rows;
}

QList<DeadlineFacts> DeadlineRepository::all() const
{
    return select(QStringLiteral("cases c"), {}, {});
}

QList<DeadlineFacts> DeadlineRepository::open() const
{
    // open_deadlines holds exactly these cases, kept by triggers in the same transaction as each
    // change (schema 25). CROSS JOIN keeps it the outer loop: with a plain JOIN SQLite chose to walk
    // every case in key order (to skip the sort) and probe the open table, a scan of the history.
    return select(QStringLiteral("open_deadlines o CROSS JOIN cases c ON c.acceptance_no = o.acceptance_no"),
                  {}, {});
}

std::optional<DeadlineFacts> DeadlineRepository::of(const QString &acceptanceNo) const
{
    const QList<DeadlineFacts> rows =
        select(QStringLiteral("cases c"), QStringLiteral("WHERE c.acceptance_no = ?"), {acceptanceNo});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

QStringList DeadlineRepository::concludedOn(const QDate &day) const
{
    // concluded_at is an ISO time: its first ten characters are the day.
    Statement query =
        m_database.statement(QStringLiteral("SELECT acceptance_no FROM conclusions WHERE "
                                            "substr(concluded_at, 1, 10) = ? ORDER BY acceptance_no"));
    bindAll(*query, {day.toString(Qt::ISODate)});
    QStringList numbers;
    if (query->exec())
        while (query->next())
            numbers << query->value(0).toString();
    return numbers;
}

core::Status DeadlineRepository::addExtension(const QString &acceptanceNo, int days, const QString &reason,
                                              const QString &actor, const QDateTime &at)
{
    Statement insert = m_database.statement(QStringLiteral(
        "INSERT INTO case_extensions(acceptance_no, days, reason, actor, at) VALUES(?, ?, ?, ?, ?)"));
    bindAll(*insert, {acceptanceNo, days, reason, actor, at.toString(Qt::ISODateWithMs)});
    if (!insert->exec())
        return core::Status::failure(sqlError(tr("Recording the extension"), *insert));
    return {};
}

core::Status DeadlineRepository::addDelivery(const QString &acceptanceNo, const QDate &deliveredOn,
                                             const QString &method, const QString &trackingNo,
                                             const QString &actor, const QDateTime &at)
{
    Statement insert =
        m_database.statement(QStringLiteral("INSERT INTO deliveries(acceptance_no, delivered_on, "
                                            "method, tracking_no, actor, at) VALUES(?, ?, ?, ?, ?, ?)"));
    bindAll(*insert, {acceptanceNo, deliveredOn.toString(Qt::ISODate), method, trackingNo, actor,
                      at.toString(Qt::ISODateWithMs)});
    if (!insert->exec())
        return core::Status::failure(sqlError(tr("Recording the delivery"), *insert));
    return {};
}

} // namespace store
