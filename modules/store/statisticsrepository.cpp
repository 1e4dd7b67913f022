#include "statisticsrepository.h"

#include <QMap>
#include <QSqlQuery>

namespace store {

namespace {

// Durations are counted in whole seconds (julianday's floating point would make 20 minutes 19.99999).
// Stored times are local ISO strings ("2026-12-06T09:13:14.123"), so a day range is a string range:
// from the first day's date up to, not including, the day after the last.
QVariantList bounds(const DayRange &range)
{
    return {range.from.toString(Qt::ISODate), range.to.addDays(1).toString(Qt::ISODate)};
}

QList<KeyCount> keyCounts(Database &database, const QString &sql, const QVariantList &values)
{
    QList<KeyCount> counts;
    QSqlQuery query(database.connection());
    query.prepare(sql);
    bindAll(query, values);
    if (query.exec())
        while (query.next())
            counts.append({query.value(0).toString(), query.value(1).toLongLong()});
    return counts;
}

qint64 single(Database &database, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    bindAll(query, values);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

// The distance between two grades, where "no grade" (0) lies just past grade 10.
const QString kGradeDistance =
    QStringLiteral("ABS(COALESCE(NULLIF(o.grade, 0), 11) - COALESCE(NULLIF(p.grade, 0), 11))");

} // namespace

StatisticsRepository::StatisticsRepository(Database &database) : m_database(database) {}

RangeTotals StatisticsRepository::totals(const DayRange &range) const
{
    const QVariantList at = bounds(range);
    const QVariantList days{range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)};
    RangeTotals totals;
    totals.arrived = single(
        m_database, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE service_day BETWEEN ? AND ?"), days);
    totals.concluded = single(
        m_database,
        QStringLiteral("SELECT COUNT(*) FROM conclusions WHERE concluded_at >= ? AND concluded_at < ?"), at);
    const QString ended =
        QStringLiteral("SELECT COUNT(*) FROM case_transitions WHERE to_state = ? AND at >= ? AND at < ?");
    totals.noShow = single(m_database, ended, QVariantList{QStringLiteral("no_show")} + at);
    totals.withdrawn = single(m_database, ended, QVariantList{QStringLiteral("withdrawn")} + at);
    totals.walkIns = single(
        m_database,
        QStringLiteral("SELECT COUNT(*) FROM walk_ins WHERE requested_at >= ? AND requested_at < ?"), at);
    return totals;
}

QList<double> StatisticsRepository::waitMinutes(const DayRange &range) const
{
    QList<double> minutes;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT w FROM (SELECT ROUND((julianday((SELECT MIN(e.at) FROM call_events e WHERE e.ticket_id = "
        "t.id "
        "AND e.action = 'call')) - julianday(t.issued_at)) * 86400.0) / 60.0 AS w FROM tickets t "
        "WHERE t.service_day BETWEEN ? AND ?) WHERE w IS NOT NULL ORDER BY w"));
    bindAll(query, {range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)});
    if (query.exec())
        while (query.next())
            minutes << std::max(0.0, query.value(0).toDouble());
    return minutes;
}

QList<KeyCount> StatisticsRepository::arrivalsByType(const DayRange &range) const
{
    return keyCounts(m_database,
                     QStringLiteral("SELECT c.appraisal_type, COUNT(*) FROM tickets t JOIN cases c ON "
                                    "c.acceptance_no = t.acceptance_no WHERE t.service_day BETWEEN ? AND ? "
                                    "GROUP BY c.appraisal_type ORDER BY c.appraisal_type"),
                     {range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)});
}

QList<DayTypeCount> StatisticsRepository::arrivalsPerDay(const DayRange &range) const
{
    QList<DayTypeCount> rows;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT t.service_day, c.appraisal_type, c.specialty, COUNT(*) FROM tickets t "
                       "JOIN cases c ON c.acceptance_no = t.acceptance_no WHERE t.service_day "
                       "BETWEEN ? AND ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"));
    bindAll(query, {range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)});
    if (query.exec())
        while (query.next())
            rows.append({QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toLongLong()});
    return rows;
}

QList<KeyCount> StatisticsRepository::conclusionsByGrade(const DayRange &range) const
{
    return keyCounts(
        m_database,
        QStringLiteral("SELECT COALESCE(grade, 0), COUNT(*) FROM conclusions WHERE concluded_at >= ? "
                       "AND concluded_at < ? GROUP BY 1 ORDER BY 1"),
        bounds(range));
}

QList<KeyCount> StatisticsRepository::conclusionsBySelfCare(const DayRange &range) const
{
    return keyCounts(m_database,
                     QStringLiteral("SELECT self_care, COUNT(*) FROM conclusions WHERE concluded_at >= ? AND "
                                    "concluded_at < ? GROUP BY 1 ORDER BY 1"),
                     bounds(range));
}

TimeLimitCounts StatisticsRepository::timeLimits(const DayRange &range, const TimeLimitRules &rules) const
{
    // Days counted on calendar dates: the conclusion's day against the acceptance day (+ extension),
    // the delivery's day against the conclusion's day. A case without an acceptance date is in none
    // of the first three.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT SUM(d.taken <= ?), SUM(d.taken > ? AND d.taken <= ? + d.extension), "
        "SUM(d.taken > ? + d.extension), SUM(d.delivered <= ?), "
        "SUM(d.delivered > ? OR (d.delivered IS NULL AND julianday(?) - d.concluded > ?)) FROM ("
        "SELECT julianday(substr(k.concluded_at, 1, 10)) AS concluded, "
        "CASE WHEN c.accepted_on = '' THEN NULL ELSE julianday(substr(k.concluded_at, 1, 10)) - "
        "julianday(c.accepted_on) END AS taken, COALESCE(e.days, 0) AS extension, "
        "julianday(v.delivered_on) - julianday(substr(k.concluded_at, 1, 10)) AS delivered "
        "FROM conclusions k JOIN cases c ON c.acceptance_no = k.acceptance_no "
        "LEFT JOIN case_extensions e ON e.acceptance_no = k.acceptance_no "
        "LEFT JOIN deliveries v ON v.acceptance_no = k.acceptance_no "
        "WHERE k.concluded_at >= ? AND k.concluded_at < ?) d"));
    const QVariantList at = bounds(range);
    bindAll(query, {rules.conclusionDays, rules.conclusionDays, rules.conclusionDays, rules.conclusionDays,
                    rules.deliveryDays, rules.deliveryDays, rules.today.toString(Qt::ISODate),
                    rules.deliveryDays, at.at(0), at.at(1)});
    TimeLimitCounts counts;
    if (query.exec() && query.next()) {
        counts.onTime = query.value(0).toLongLong();
        counts.extended = query.value(1).toLongLong();
        counts.overdue = query.value(2).toLongLong();
        counts.deliveredOnTime = query.value(3).toLongLong();
        counts.deliveredLate = query.value(4).toLongLong();
    }
    return counts;
}

QList<KeyCount> StatisticsRepository::walkInsByDecision(const DayRange &range) const
{
    return keyCounts(m_database,
                     QStringLiteral("SELECT state, COUNT(*) FROM walk_ins WHERE requested_at >= ? AND "
                                    "requested_at < ? GROUP BY state ORDER BY state"),
                     bounds(range));
}

QList<SignOutCount> StatisticsRepository::signOuts(const DayRange &range) const
{
    QList<SignOutCount> rows;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT to_state, reason, COUNT(*) FROM case_transitions WHERE to_state IN "
                       "('signed_out', 'no_show', 'withdrawn', 'terminated') AND at >= ? AND at < ? "
                       "GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2"));
    bindAll(query, bounds(range));
    if (query.exec())
        while (query.next())
            rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()});
    return rows;
}

QList<ExpertFigures> StatisticsRepository::experts(const DayRange &range) const
{
    QMap<QString, ExpertFigures> byId;
    const QVariantList at = bounds(range);
    QSqlQuery query(m_database.connection());
    // The examinations: current submitted versions, with the conclusion of their case when there is one.
    query.prepare(QStringLiteral(
        "SELECT o.expert_id, COUNT(*), SUM(k.acceptance_no IS NOT NULL), "
        "SUM(k.acceptance_no IS NOT NULL AND COALESCE(o.grade, 0) = COALESCE(k.grade, 0)) FROM opinions o "
        "LEFT JOIN conclusions k ON k.acceptance_no = o.acceptance_no WHERE o.state = 'submitted' AND "
        "o.role LIKE 'exam%' AND o.submitted_at >= ? AND o.submitted_at < ? GROUP BY o.expert_id"));
    bindAll(query, at);
    if (query.exec())
        while (query.next()) {
            ExpertFigures &figures = byId[query.value(0).toString()];
            figures.exams = query.value(1).toLongLong();
            figures.concludedExams = query.value(2).toLongLong();
            figures.matches = query.value(3).toLongLong();
        }
    // Agreement: the largest distance between the expert's grade and the other examiners' on the case.
    query.prepare(
        QStringLiteral("SELECT expert_id, SUM(distance = 0), SUM(distance = 1), SUM(distance > 1) FROM ("
                       "SELECT o.expert_id, MAX(%1) AS distance FROM opinions o JOIN opinions p ON "
                       "p.acceptance_no = o.acceptance_no AND p.role != o.role AND p.role LIKE 'exam%' "
                       "AND p.state = 'submitted' WHERE o.state = 'submitted' AND o.role LIKE 'exam%' "
                       "AND o.submitted_at >= ? AND o.submitted_at < ? GROUP BY o.id) GROUP BY expert_id")
            .arg(kGradeDistance));
    bindAll(query, at);
    if (query.exec())
        while (query.next()) {
            ExpertFigures &figures = byId[query.value(0).toString()];
            figures.agreementSame = query.value(1).toLongLong();
            figures.agreementOneApart = query.value(2).toLongLong();
            figures.agreementMore = query.value(3).toLongLong();
        }
    query.prepare(QStringLiteral(
        "SELECT k.reviewer, COUNT(*), SUM(NOT EXISTS (SELECT 1 FROM opinions p WHERE p.acceptance_no = "
        "k.acceptance_no AND p.state = 'submitted' AND p.role LIKE 'exam%' AND COALESCE(p.grade, 0) = "
        "COALESCE(k.grade, 0))) FROM conclusions k WHERE k.concluded_at >= ? AND k.concluded_at < ? "
        "GROUP BY k.reviewer"));
    bindAll(query, at);
    if (query.exec())
        while (query.next()) {
            ExpertFigures &figures = byId[query.value(0).toString()];
            figures.reviews = query.value(1).toLongLong();
            figures.gradeChangedByReview = query.value(2).toLongLong();
        }
    query.finish();
    QSqlQuery names(m_database.connection());
    names.prepare(QStringLiteral("SELECT name FROM experts WHERE id = ?"));
    QList<ExpertFigures> experts;
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        it->expertId = it.key();
        names.addBindValue(it.key());
        if (names.exec() && names.next())
            it->name = names.value(0).toString();
        names.finish();
        experts << *it;
    }
    return experts;
}

QList<ExamDuration> StatisticsRepository::examDurations(const DayRange &range) const
{
    QList<ExamDuration> rows;
    QSqlQuery query(m_database.connection());
    // Each "start" with the first "finish" after it for the same ticket in the same room.
    query.prepare(QStringLiteral(
        "SELECT s.room_id, COALESCE(a.expert_id, ''), ROUND((julianday((SELECT MIN(f.at) FROM call_events f "
        "WHERE f.ticket_id = s.ticket_id AND f.action = 'finish' AND f.at >= s.at AND f.room_id = "
        "s.room_id)) - "
        "julianday(s.at)) * 86400.0) / 60.0 AS minutes FROM call_events s LEFT JOIN accounts a ON a.username "
        "= s.actor "
        "WHERE s.action = 'start' AND s.at >= ? AND s.at < ? AND minutes IS NOT NULL ORDER BY minutes"));
    bindAll(query, bounds(range));
    if (query.exec())
        while (query.next())
            rows.append({query.value(0).toString(), query.value(1).toString(),
                         std::max(0.0, query.value(2).toDouble())});
    return rows;
}

QList<KeyCount> StatisticsRepository::arrivalsByHour(const QDate &day) const
{
    return keyCounts(
        m_database,
        QStringLiteral("SELECT substr(issued_at, 12, 2), COUNT(*) FROM tickets WHERE service_day = ? "
                       "GROUP BY 1 ORDER BY 1"),
        {day.toString(Qt::ISODate)});
}

QList<KeyCount> StatisticsRepository::waitingByLane(const QDate &day) const
{
    return keyCounts(
        m_database,
        QStringLiteral("SELECT l.name, (SELECT COUNT(*) FROM tickets t WHERE t.service_day = ? AND "
                       "t.lane = l.key AND t.state = 'waiting') FROM lanes l WHERE l.retired = 0 "
                       "ORDER BY l.sort_order, l.key"),
        {day.toString(Qt::ISODate)});
}

QList<RoomNow> StatisticsRepository::rooms(const QDate &day) const
{
    QList<RoomNow> rooms;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT r.id, r.name, r.paused_reason != '', EXISTS (SELECT 1 FROM experts e JOIN assignments a ON "
        "a.expert_id = e.id AND a.state IN ('called', 'in_exam') JOIN tickets t ON t.acceptance_no = "
        "a.acceptance_no AND t.service_day = ? WHERE e.room_id = r.id) FROM rooms r WHERE r.retired = 0 "
        "ORDER BY r.id"));
    query.addBindValue(day.toString(Qt::ISODate));
    if (query.exec())
        while (query.next())
            rooms.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toBool(),
                          query.value(3).toBool()});
    return rooms;
}

} // namespace store
