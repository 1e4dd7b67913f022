#include "hubmirrorrepository.h"

namespace store {

namespace {

core::Status run(Statement &query, const QString &what)
{
    return query->exec() ? core::Status() : core::Status::failure(sqlError(what, *query));
}

} // namespace

HubMirrorRepository::HubMirrorRepository(Database &database) : m_database(database) {}

std::optional<MirroredDraw> HubMirrorRepository::draw(const QString &drawId) const
{
    Statement row = m_database.statement(
        QStringLiteral("SELECT acceptance_no, drawn_at, operator, panel_size, record, reason FROM draws "
                       "WHERE id = ?"));
    bindAll(*row, {drawId});
    if (!row->exec() || !row->next())
        return std::nullopt;
    MirroredDraw draw{drawId,
                      row->value(0).toString(),
                      row->value(1).toString(),
                      row->value(2).toString(),
                      row->value(3).toInt(),
                      row->value(4).toString(),
                      row->value(5).toString(),
                      {}};
    Statement assigned = m_database.statement(
        QStringLiteral("SELECT role, expert_id FROM assignments WHERE draw_id = ? ORDER BY role"));
    bindAll(*assigned, {drawId});
    if (assigned->exec())
        while (assigned->next())
            draw.assignments.append({assigned->value(0).toString(), assigned->value(1).toString()});
    return draw;
}

std::optional<MirroredTransfer> HubMirrorRepository::transferOf(const QString &ticketId,
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

core::Result<std::optional<QString>> HubMirrorRepository::caseState(const QString &acceptanceNo) const
{
    Statement known = m_database.statement(QStringLiteral("SELECT state FROM cases WHERE acceptance_no = ?"));
    bindAll(*known, {acceptanceNo});
    if (!known->exec())
        return core::Result<std::optional<QString>>::failure(
            sqlError(QStringLiteral("reading the case"), *known));
    if (!known->next())
        return std::optional<QString>();
    return std::optional<QString>(known->value(0).toString());
}

core::Status HubMirrorRepository::mirrorTicket(const MirroredTicket &ticket)
{
    Statement insert = m_database.statement(
        QStringLiteral("INSERT OR IGNORE INTO tickets(id, service_day, lane, number, label, acceptance_no, "
                       "issued_at, issued_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(*insert, {ticket.id, ticket.serviceDay, ticket.lane, ticket.number, ticket.label,
                      ticket.acceptanceNo, ticket.issuedAt, ticket.issuedBy});
    return run(insert, QStringLiteral("recording the hub's ticket"));
}

core::Status HubMirrorRepository::followCaseState(const QString &acceptanceNo, const QString &fromState,
                                                  const QString &toState, const QString &at,
                                                  const QString &actor)
{
    Statement move = m_database.statement(QStringLiteral(
        "UPDATE cases SET state = ?, version = version + 1, updated_at = ? WHERE acceptance_no = ?"));
    bindAll(*move, {toState, at, acceptanceNo});
    if (core::Status moved = run(move, QStringLiteral("moving the case")); !moved)
        return moved;
    Statement history = m_database.statement(
        QStringLiteral("INSERT INTO case_transitions(acceptance_no, from_state, to_state, at, reason, actor) "
                       "VALUES(?, ?, ?, ?, 'venue hub', ?)"));
    bindAll(*history, {acceptanceNo, fromState, toState, at, actor});
    return run(history, QStringLiteral("recording the case's transition"));
}

core::Status HubMirrorRepository::mirrorDraw(const MirroredDraw &draw)
{
    const QString what = QStringLiteral("recording the hub's draw");
    Statement insert = m_database.statement(QStringLiteral(
        "INSERT OR IGNORE INTO draws(id, acceptance_no, drawn_at, operator, panel_size, record, "
        "reason) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    bindAll(*insert, {draw.id, draw.acceptanceNo, draw.drawnAt, draw.operatorName, draw.panelSize,
                      draw.record, draw.reason});
    if (core::Status done = run(insert, what); !done)
        return done;
    Statement replaced = m_database.statement(QStringLiteral(
        "UPDATE draws SET replaced_by = ? WHERE acceptance_no = ? AND id != ? AND replaced_by = ''"));
    bindAll(*replaced, {draw.id, draw.acceptanceNo, draw.id});
    if (core::Status done = run(replaced, what); !done)
        return done;
    Statement clear = m_database.statement(
        QStringLiteral("DELETE FROM assignments WHERE acceptance_no = ? AND draw_id != ?"));
    bindAll(*clear, {draw.acceptanceNo, draw.id});
    if (core::Status done = run(clear, what); !done)
        return done;
    for (const MirroredAssignment &assignment : draw.assignments) {
        Statement assign = m_database.statement(QStringLiteral(
            "INSERT OR IGNORE INTO assignments(acceptance_no, role, expert_id, draw_id, drawn_at) "
            "VALUES(?, ?, ?, ?, ?)"));
        bindAll(*assign, {draw.acceptanceNo, assignment.role, assignment.expertId, draw.id, draw.drawnAt});
        if (core::Status done = run(assign, QStringLiteral("recording the hub's assignments")); !done)
            return done;
    }
    return {};
}

core::Status HubMirrorRepository::mirrorTransfer(const MirroredTransfer &transfer)
{
    Statement update = m_database.statement(QStringLiteral(
        "UPDATE assignments SET expert_id = ?, state = 'pending' WHERE acceptance_no = ? AND role = ?"));
    bindAll(*update, {transfer.expertId, transfer.acceptanceNo, transfer.role});
    return run(update, QStringLiteral("recording the transfer"));
}

core::Status HubMirrorRepository::saveAppliedSeq(qint64 seq)
{
    Statement cursor =
        m_database.statement(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) "
                                            "DO UPDATE SET value = excluded.value"));
    bindAll(*cursor, {settings::HubMirroredSeq.name(), QString::number(seq)});
    return run(cursor, QStringLiteral("saving the hub's sequence number"));
}

} // namespace store
