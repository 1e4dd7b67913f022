#include "assignmentrepository.h"

#include "core/caseflow.h"

#include <QSqlQuery>

namespace store {

namespace {

const QString kEntryColumns =
    QStringLiteral("SELECT t.id, t.label, t.lane, t.number, a.acceptance_no, a.role, a.expert_id, a.state, "
                   "a.calls, a.last_call_at, e.room_id ");

RoomEntry entryFrom(const QSqlQuery &query)
{
    RoomEntry entry;
    entry.ticketId = query.value(0).toString();
    entry.ticketLabel = query.value(1).toString();
    entry.lane = query.value(2).toString();
    entry.ticketNumber = query.value(3).toInt();
    entry.acceptanceNo = query.value(4).toString();
    entry.role = query.value(5).toString();
    entry.expertId = query.value(6).toString();
    // The CHECK constraint on assignments.state admits only the known keys.
    entry.state =
        core::assignmentStateFromKey(query.value(7).toString()).value_or(core::AssignmentState::Pending);
    entry.calls = query.value(8).toInt();
    entry.lastCallAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
    entry.roomId = query.value(10).toString();
    return entry;
}

// The two columns of every row `sql` finds for one bound value.
QList<QPair<QString, QString>> pairs(Database &database, const QString &sql, const QString &value)
{
    Statement query = database.statement(sql);
    bindAll(*query, {value});
    QList<QPair<QString, QString>> found;
    if (query->exec())
        while (query->next())
            found << qMakePair(query->value(0).toString(), query->value(1).toString());
    return found;
}

} // namespace

AssignmentRepository::AssignmentRepository(Database &database) : m_database(database) {}

QList<RoomEntry> AssignmentRepository::inRoom(const QDate &serviceDay, const QString &roomId,
                                              core::AssignmentState state) const
{
    Statement query = m_database.statement(
        kEntryColumns +
        QStringLiteral(
            "FROM assignments a JOIN experts e ON e.id = a.expert_id "
            "JOIN tickets t ON t.acceptance_no = a.acceptance_no AND t.service_day = ? "
            "WHERE e.room_id = ? AND a.state = ? AND a.role != 'review' AND t.state != 'signed_out' "
            "AND NOT EXISTS (SELECT 1 FROM assignments b WHERE b.acceptance_no = a.acceptance_no "
            "  AND b.role != 'review' AND b.role < a.role AND b.state != 'done') "
            "AND (a.state != 'pending' OR NOT EXISTS (SELECT 1 FROM assignments c WHERE "
            "  c.acceptance_no = a.acceptance_no AND c.state IN ('called', 'in_exam', 'parked'))) "
            "ORDER BY t.number"));
    bindAll(*query, {serviceDay.toString(Qt::ISODate), roomId, core::toKey(state)});
    QList<RoomEntry> found;
    if (query->exec())
        while (query->next())
            found << entryFrom(*query);
    return found;
}

std::optional<RoomEntry> AssignmentRepository::currentOf(const QString &ticketId) const
{
    Statement query = m_database.statement(
        kEntryColumns +
        QStringLiteral("FROM tickets t JOIN assignments a ON a.acceptance_no = t.acceptance_no "
                       "JOIN experts e ON e.id = a.expert_id WHERE t.id = ? AND a.role != 'review' "
                       "AND a.state != 'done' ORDER BY a.role LIMIT 1"));
    bindAll(*query, {ticketId});
    if (!query->exec() || !query->next())
        return std::nullopt;
    return entryFrom(*query);
}

bool AssignmentRepository::isOnCase(const QString &acceptanceNo, const QString &expertId) const
{
    Statement query = m_database.statement(
        QStringLiteral("SELECT COUNT(*) FROM assignments WHERE acceptance_no = ? AND expert_id = ?"));
    bindAll(*query, {acceptanceNo, expertId});
    return query->exec() && query->next() && query->value(0).toInt() > 0;
}

QList<PastAssignment> AssignmentRepository::examinationsOfPerson(const QString &personKey,
                                                                 const QString &exceptAcceptanceNo) const
{
    Statement query =
        m_database.statement(QStringLiteral("SELECT a.expert_id, a.drawn_at FROM assignments a JOIN cases c "
                                            "ON c.acceptance_no = a.acceptance_no WHERE c.id_index = ? AND "
                                            "a.acceptance_no != ? AND a.role != 'review'"));
    bindAll(*query, {personKey, exceptAcceptanceNo});
    QList<PastAssignment> past;
    if (query->exec())
        while (query->next())
            past << PastAssignment{query->value(0).toString(),
                                   QDateTime::fromString(query->value(1).toString(), Qt::ISODateWithMs)};
    return past;
}

std::optional<QString> AssignmentRepository::roleOf(const QString &acceptanceNo, const QString &expertId,
                                                    bool review) const
{
    if (expertId.isEmpty())
        return std::nullopt;
    Statement query = m_database.statement(
        review ? QStringLiteral("SELECT role FROM assignments WHERE acceptance_no = ? AND expert_id = ? AND "
                                "role = 'review'")
               : QStringLiteral("SELECT role FROM assignments WHERE acceptance_no = ? AND expert_id = ? AND "
                                "role != 'review'"));
    bindAll(*query, {acceptanceNo, expertId});
    if (!query->exec() || !query->next())
        return std::nullopt;
    return query->value(0).toString();
}

int AssignmentRepository::examinerCount(const QString &acceptanceNo) const
{
    Statement query = m_database.statement(
        QStringLiteral("SELECT COUNT(*) FROM assignments WHERE acceptance_no = ? AND role != 'review'"));
    bindAll(*query, {acceptanceNo});
    return query->exec() && query->next() ? query->value(0).toInt() : 0;
}

QString AssignmentRepository::worklistQuery(bool review)
{
    // Three bounded sources, each on an index: the cases in progress (cases_by_state: only the
    // day's work and the rare case left unfinished), the tickets of the newest service day
    // (tickets_by_state), the expert's drafts (opinions_by_expert), each joined to its assignment
    // by key. CROSS JOIN fixes that order and the unary + keeps assignments_by_expert out: the
    // planner would otherwise read every case the expert ever had, once per case in progress.
    // INDEXED BY: after PRAGMA optimize has analysed a year, the statistics say a state matches half
    // the cases (nearly all are concluded, and they keep only averages), so the planner scanned them.
    QStringList inProgress;
    for (const core::CaseState state : core::allCaseStates())
        if (state > core::CaseState::Registered && state < core::CaseState::Concluded)
            inProgress << QLatin1Char('\'') + core::toKey(state) + QLatin1Char('\'');
    const QString role = review ? QStringLiteral("= 'review'") : QStringLiteral("!= 'review'");
    return QStringLiteral(
               "WITH mine(acceptance_no, role) AS ("
               "SELECT a.acceptance_no, a.role FROM cases c INDEXED BY cases_by_state CROSS JOIN assignments "
               "a ON "
               "a.acceptance_no = "
               "c.acceptance_no WHERE c.state IN (%1) AND +a.expert_id = ? AND a.role %2 "
               "UNION SELECT a.acceptance_no, a.role FROM tickets t CROSS JOIN assignments a ON "
               "a.acceptance_no = "
               "t.acceptance_no WHERE t.service_day = (SELECT max(service_day) FROM tickets) AND "
               "+a.expert_id = ? AND a.role %2 "
               "UNION SELECT o.acceptance_no, o.role FROM opinions o CROSS JOIN assignments a ON "
               "a.acceptance_no = "
               "o.acceptance_no AND a.role = o.role WHERE o.expert_id = ? AND o.state = 'draft' AND "
               "+a.expert_id = ? AND o.role %2) "
               "SELECT m.acceptance_no, coalesce(t.label, ''), c.state, coalesce((SELECT o.state FROM "
               "opinions o WHERE o.acceptance_no = m.acceptance_no AND o.role = m.role AND o.expert_id = ? "
               "ORDER BY o.version DESC LIMIT 1), '') FROM mine m JOIN cases c ON c.acceptance_no = "
               "m.acceptance_no LEFT JOIN tickets t ON t.id = (SELECT id FROM tickets WHERE acceptance_no = "
               "m.acceptance_no ORDER BY service_day DESC LIMIT 1) "
               "ORDER BY t.service_day IS NULL, t.service_day, t.number, m.acceptance_no")
        .arg(inProgress.join(QLatin1String(", ")), role);
}

QList<WorkItem> AssignmentRepository::worklistOf(const QString &expertId, bool review) const
{
    const QString sql = worklistQuery(review);
    Statement query = m_database.statement(sql);
    for (qsizetype i = sql.count(QLatin1Char('?')); i > 0; --i)
        query->addBindValue(expertId); // every placeholder is the expert
    QList<WorkItem> items;
    if (query->exec())
        while (query->next())
            items.append({query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                          query->value(3).toString()});
    return items;
}

QList<MirroredAssignment> AssignmentRepository::panelOf(const QString &drawId) const
{
    QList<MirroredAssignment> panel;
    const auto rows = pairs(
        m_database, QStringLiteral("SELECT role, expert_id FROM assignments WHERE draw_id = ? ORDER BY role"),
        drawId);
    for (const auto &[role, expertId] : rows)
        panel.append({role, expertId});
    return panel;
}

std::optional<MirroredTransfer> AssignmentRepository::heldFor(const QString &ticketId,
                                                              const QString &expertId) const
{
    Statement query = m_database.statement(
        QStringLiteral("SELECT a.acceptance_no, a.role FROM assignments a JOIN tickets t ON "
                       "t.acceptance_no = a.acceptance_no WHERE t.id = ? AND a.expert_id = ?"));
    bindAll(*query, {ticketId, expertId});
    if (!query->exec() || !query->next())
        return std::nullopt;
    return MirroredTransfer{query->value(0).toString(), query->value(1).toString(), expertId};
}

core::Status AssignmentRepository::add(const QString &acceptanceNo, const QString &role,
                                       const QString &expertId, const QString &drawId,
                                       const QDateTime &drawnAt)
{
    Statement insert = m_database.statement(QStringLiteral(
        "INSERT INTO assignments(acceptance_no, role, expert_id, draw_id, drawn_at) VALUES(?, ?, ?, ?, ?)"));
    bindAll(*insert, {acceptanceNo, role, expertId, drawId, drawnAt.toString(Qt::ISODateWithMs)});
    if (!insert->exec())
        return core::Status::failure(sqlError(tr("Recording the assignments"), *insert));
    return {};
}

core::Status AssignmentRepository::removeAll(const QString &acceptanceNo)
{
    Statement clear = m_database.statement(QStringLiteral("DELETE FROM assignments WHERE acceptance_no = ?"));
    bindAll(*clear, {acceptanceNo});
    if (!clear->exec())
        return core::Status::failure(sqlError(tr("Replacing the draw"), *clear));
    return {};
}

core::Status AssignmentRepository::setState(const QString &acceptanceNo, const QString &role,
                                            core::AssignmentState state)
{
    Statement update = m_database.statement(
        QStringLiteral("UPDATE assignments SET state = ? WHERE acceptance_no = ? AND role = ?"));
    bindAll(*update, {core::toKey(state), acceptanceNo, role});
    if (!update->exec())
        return core::Status::failure(sqlError(tr("Updating the assignment"), *update));
    return {};
}

core::Status AssignmentRepository::recordCall(const QString &acceptanceNo, const QString &role,
                                              const QDateTime &at)
{
    Statement update =
        m_database.statement(QStringLiteral("UPDATE assignments SET state = ?, calls = calls + 1, "
                                            "last_call_at = ? WHERE acceptance_no = ? AND role = ?"));
    bindAll(*update,
            {core::toKey(core::AssignmentState::Called), at.toString(Qt::ISODateWithMs), acceptanceNo, role});
    if (!update->exec())
        return core::Status::failure(sqlError(tr("Updating the assignment"), *update));
    return {};
}

core::Status AssignmentRepository::reassign(const QString &acceptanceNo, const QString &role,
                                            const QString &toExpertId)
{
    Statement update = m_database.statement(QStringLiteral(
        "UPDATE assignments SET expert_id = ?, state = 'pending' WHERE acceptance_no = ? AND role = ?"));
    bindAll(*update, {toExpertId, acceptanceNo, role});
    if (!update->exec())
        return core::Status::failure(sqlError(tr("Transferring"), *update));
    return {};
}

core::Status AssignmentRepository::mirrorPanel(const MirroredDraw &draw)
{
    Statement clear = m_database.statement(
        QStringLiteral("DELETE FROM assignments WHERE acceptance_no = ? AND draw_id != ?"));
    bindAll(*clear, {draw.acceptanceNo, draw.id});
    if (!clear->exec())
        return core::Status::failure(sqlError(QStringLiteral("recording the hub's draw"), *clear));
    Statement assign = m_database.statement(
        QStringLiteral("INSERT OR IGNORE INTO assignments(acceptance_no, role, expert_id, draw_id, drawn_at) "
                       "VALUES(?, ?, ?, ?, ?)"));
    for (const MirroredAssignment &assignment : draw.assignments) {
        bindAll(*assign, {draw.acceptanceNo, assignment.role, assignment.expertId, draw.id, draw.drawnAt});
        if (!assign->exec())
            return core::Status::failure(
                sqlError(QStringLiteral("recording the hub's assignments"), *assign));
    }
    return {};
}

} // namespace store
