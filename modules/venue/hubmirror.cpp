#include "hubmirror.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace venue {

namespace {

QString text(const QJsonObject &object, const char *field)
{
    return object.value(QString::fromLatin1(field)).toString();
}

core::Status run(QSqlQuery &query, const QString &what)
{
    return query.exec() ? core::Status() : core::Status::failure(store::sqlError(what, query));
}

} // namespace

HubMirror::HubMirror(store::Database &database) : m_database(database) {}

qint64 HubMirror::appliedUpTo() const
{
    return m_database.setting(store::settings::HubMirroredSeq).toLongLong();
}

core::Status HubMirror::apply(qint64 seq, const QJsonObject &data)
{
    return m_database.transaction([&]() -> core::Status {
        if (seq <= appliedUpTo())
            return {};
        const QString kind = text(data, "kind");
        core::Status applied;
        if (kind == QLatin1String("check_in") && data.contains(QStringLiteral("acceptance_no")))
            applied = applyCheckIn(data);
        else if (kind == QLatin1String("call") && data.contains(QStringLiteral("assignment")))
            applied = applyTransfer(data.value(QStringLiteral("assignment")).toObject());
        if (!applied)
            return applied;
        // Not setSetting: the cursor moves with every event and is not a configuration change.
        QSqlQuery cursor(m_database.connection());
        cursor.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        store::bindAll(cursor, {store::settings::HubMirroredSeq.name(), QString::number(seq)});
        return run(cursor, QStringLiteral("saving the hub's sequence number"));
    });
}

core::Status HubMirror::applyCheckIn(const QJsonObject &data)
{
    const QString acceptanceNo = text(data, "acceptance_no");
    QSqlQuery known(m_database.connection());
    known.prepare(QStringLiteral("SELECT state FROM cases WHERE acceptance_no = ?"));
    known.addBindValue(acceptanceNo);
    if (!known.exec())
        return core::Status::failure(store::sqlError(QStringLiteral("reading the case"), known));
    if (!known.next())
        return {}; // not on this station's roster
    const QString localState = known.value(0).toString();
    const QString at = text(data, "at");

    QSqlQuery ticket(m_database.connection());
    // A ticket this station holds already (the same one, replayed) stays as it is.
    ticket.prepare(QStringLiteral("INSERT OR IGNORE INTO tickets(id, service_day, lane, number, label, "
                                  "acceptance_no, issued_at, issued_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    store::bindAll(ticket, {text(data, "ticket_id"), text(data, "service_day"), text(data, "lane"),
                            data.value(QStringLiteral("number")).toInt(), text(data, "ticket"), acceptanceNo,
                            at, text(data, "issued_by")});
    if (core::Status stored = run(ticket, QStringLiteral("recording the hub's ticket")); !stored)
        return stored;

    const QString hubState = text(data, "case_state");
    // Only a case that had not started here follows the hub; work done at this station since stands.
    if (!hubState.isEmpty() && hubState != localState &&
        (localState == QLatin1String("registered") || localState == QLatin1String("no_show"))) {
        QSqlQuery move(m_database.connection());
        move.prepare(QStringLiteral("UPDATE cases SET state = ?, version = version + 1, updated_at = ? "
                                    "WHERE acceptance_no = ?"));
        store::bindAll(move, {hubState, at, acceptanceNo});
        QSqlQuery history(m_database.connection());
        history.prepare(
            QStringLiteral("INSERT INTO case_transitions(acceptance_no, from_state, to_state, at, "
                           "reason, actor) VALUES(?, ?, ?, ?, 'venue hub', ?)"));
        store::bindAll(history, {acceptanceNo, localState, hubState, at, text(data, "issued_by")});
        if (core::Status moved = run(move, QStringLiteral("moving the case")); !moved)
            return moved;
        if (core::Status recorded = run(history, QStringLiteral("recording the case's transition"));
            !recorded)
            return recorded;
    }

    const QJsonObject draw = data.value(QStringLiteral("draw")).toObject();
    const QString drawId = text(draw, "id");
    if (drawId.isEmpty())
        return {};
    QSqlQuery insertDraw(m_database.connection());
    insertDraw.prepare(QStringLiteral("INSERT OR IGNORE INTO draws(id, acceptance_no, drawn_at, operator, "
                                      "panel_size, record, reason) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    store::bindAll(insertDraw, {drawId, acceptanceNo, text(draw, "drawn_at"), text(draw, "operator"),
                                draw.value(QStringLiteral("panel_size")).toInt(), text(draw, "record"),
                                text(draw, "reason")});
    QSqlQuery replaced(m_database.connection());
    replaced.prepare(QStringLiteral("UPDATE draws SET replaced_by = ? WHERE acceptance_no = ? AND id != ? "
                                    "AND replaced_by = ''"));
    store::bindAll(replaced, {drawId, acceptanceNo, drawId});
    QSqlQuery clear(m_database.connection());
    clear.prepare(QStringLiteral("DELETE FROM assignments WHERE acceptance_no = ? AND draw_id != ?"));
    store::bindAll(clear, {acceptanceNo, drawId});
    for (QSqlQuery *query : {&insertDraw, &replaced, &clear})
        if (core::Status done = run(*query, QStringLiteral("recording the hub's draw")); !done)
            return done;
    for (const QJsonValue &value : draw.value(QStringLiteral("assignments")).toArray()) {
        const QJsonObject assignment = value.toObject();
        QSqlQuery assign(m_database.connection());
        assign.prepare(QStringLiteral("INSERT OR IGNORE INTO assignments(acceptance_no, role, expert_id, "
                                      "draw_id, drawn_at) VALUES(?, ?, ?, ?, ?)"));
        store::bindAll(assign, {acceptanceNo, text(assignment, "role"), text(assignment, "expert"), drawId,
                                text(draw, "drawn_at")});
        if (core::Status done = run(assign, QStringLiteral("recording the hub's assignments")); !done)
            return done;
    }
    return {};
}

core::Status HubMirror::applyTransfer(const QJsonObject &assignment)
{
    if (text(assignment, "acceptance_no").isEmpty())
        return {};
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE assignments SET expert_id = ?, state = 'pending' "
                                  "WHERE acceptance_no = ? AND role = ?"));
    store::bindAll(update,
                   {text(assignment, "expert"), text(assignment, "acceptance_no"), text(assignment, "role")});
    return run(update, QStringLiteral("recording the transfer"));
}

} // namespace venue
