#include "deadlinerepository.h"

#include <QSqlQuery>

#include <algorithm>

namespace store {

DeadlineRepository::DeadlineRepository(Database &database) : m_database(database) {}

namespace {

// The facts of the cases `from` names (as `c`, optionally joined), `where` and `order` appended.
QString factsQuery(const QString &from, const QString &where, const QString &order)
{
    return QStringLiteral("SELECT c.acceptance_no, c.state, c.accepted_on, e.days, e.reason, "
                          "k.concluded_at, d.delivered_on, d.method, d.tracking_no FROM ") +
           from +
           QStringLiteral(" LEFT JOIN case_extensions e ON e.acceptance_no = c.acceptance_no "
                          "LEFT JOIN conclusions k ON k.acceptance_no = c.acceptance_no "
                          "LEFT JOIN deliveries d ON d.acceptance_no = c.acceptance_no ") +
           where + QLatin1Char(' ') + order;
}

// The open cases in the order of the index open_deadlines_by_urgency (schema 26), walked most urgent
// first and left at the LIMIT. CROSS JOIN keeps open_deadlines the outer loop: with a plain JOIN
// SQLite may walk every case in key order and probe the open table, a scan of the history.
QString openFrom()
{
    return QStringLiteral("open_deadlines o CROSS JOIN cases c ON c.acceptance_no = o.acceptance_no");
}

QString urgencyOrder()
{
    return QStringLiteral("ORDER BY o.undated, o.due, o.acceptance_no LIMIT ?");
}

QString openQuery()
{
    return factsQuery(openFrom(), {}, urgencyOrder());
}

// Bounds: the later of the two "due soon" days, delivery's bound, conclusion's bound.
QString attentionQuery()
{
    return factsQuery(openFrom(),
                      QStringLiteral("WHERE o.undated = 0 AND o.due <= ? AND o.due <= CASE o.stage WHEN "
                                     "'delivery' THEN ? ELSE ? END"),
                      urgencyOrder());
}

QString stageCountsQuery()
{
    return QStringLiteral(
        "SELECT stage, cases FROM open_deadline_counts WHERE stage IN ('conclusion', 'delivery')");
}

// Bound: today.
QString overdueCountQuery()
{
    return QStringLiteral("SELECT count(*) FROM open_deadlines WHERE undated = 0 AND due < ?");
}

// Bounds: today, the later of the two "due soon" days, delivery's bound, conclusion's bound.
QString dueSoonCountQuery()
{
    return QStringLiteral(
        "SELECT count(*) FROM open_deadlines WHERE undated = 0 AND due >= ? AND due <= ? AND "
        "due <= CASE stage WHEN 'delivery' THEN ? ELSE ? END");
}

QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

QList<DeadlineFacts> DeadlineRepository::select(const QString &sql, const QVariantList &values) const
{
    Statement query = m_database.statement(sql);
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
    return select(factsQuery(QStringLiteral("cases c"), {}, QStringLiteral("ORDER BY c.acceptance_no")), {});
}

QList<DeadlineFacts> DeadlineRepository::open(int limit) const
{
    return select(openQuery(), {limit < 0 ? -1 : limit});
}

QList<DeadlineFacts> DeadlineRepository::needingAttention(const QDate &conclusionSoon,
                                                          const QDate &deliverySoon, int limit) const
{
    // What is overdue lies before either bound.
    return select(attentionQuery(), {isoDay(std::max(conclusionSoon, deliverySoon)), isoDay(deliverySoon),
                                     isoDay(conclusionSoon), limit < 0 ? -1 : limit});
}

DeadlineRepository::OpenCounts DeadlineRepository::openCounts(const QDate &today, const QDate &conclusionSoon,
                                                              const QDate &deliverySoon) const
{
    OpenCounts counts;
    Statement stages = m_database.statement(stageCountsQuery());
    if (stages->exec())
        while (stages->next())
            (stages->value(0).toString() == QLatin1String("delivery") ? counts.awaitingDelivery
                                                                      : counts.awaitingConclusion) =
                stages->value(1).toInt();
    Statement overdue = m_database.statement(overdueCountQuery());
    bindAll(*overdue, {isoDay(today)});
    if (overdue->exec() && overdue->next())
        counts.overdue = overdue->value(0).toInt();
    Statement dueSoon = m_database.statement(dueSoonCountQuery());
    bindAll(*dueSoon, {isoDay(today), isoDay(std::max(conclusionSoon, deliverySoon)), isoDay(deliverySoon),
                       isoDay(conclusionSoon)});
    if (dueSoon->exec() && dueSoon->next())
        counts.dueSoon = dueSoon->value(0).toInt();
    return counts;
}

QStringList DeadlineRepository::openQueries()
{
    return {openQuery(), attentionQuery(), stageCountsQuery(), overdueCountQuery(), dueSoonCountQuery()};
}

std::optional<DeadlineFacts> DeadlineRepository::of(const QString &acceptanceNo) const
{
    const QList<DeadlineFacts> rows =
        select(factsQuery(QStringLiteral("cases c"), QStringLiteral("WHERE c.acceptance_no = ?"), {}),
               {acceptanceNo});
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
