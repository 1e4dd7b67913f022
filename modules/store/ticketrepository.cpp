#include "ticketrepository.h"

#include "core/ids.h"
#include <QSqlQuery>
#include <QUuid>

namespace store {

namespace {

const QString kColumns = QStringLiteral("id, service_day, lane, number, label, acceptance_no, issued_at, "
                                        "issued_by, state, called_at, signed_out_at, prints");

Ticket ticketFrom(const QSqlQuery &query)
{
    Ticket ticket;
    ticket.id = query.value(0).toString();
    ticket.serviceDay = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    ticket.lane = query.value(2).toString();
    ticket.number = query.value(3).toInt();
    ticket.label = query.value(4).toString();
    ticket.acceptanceNo = query.value(5).toString();
    ticket.issuedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    ticket.issuedBy = query.value(7).toString();
    ticket.state = core::ticketStateFromKey(query.value(8).toString()).value_or(core::TicketState::Waiting);
    ticket.calledAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
    ticket.signedOutAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
    ticket.prints = query.value(11).toInt();
    return ticket;
}

QJsonObject toJson(const Ticket &ticket)
{
    return {{QStringLiteral("id"), ticket.id},
            {QStringLiteral("service_day"), ticket.serviceDay.toString(Qt::ISODate)},
            {QStringLiteral("lane"), ticket.lane},
            {QStringLiteral("number"), ticket.number},
            {QStringLiteral("label"), ticket.label},
            {QStringLiteral("acceptance_no"), ticket.acceptanceNo},
            {QStringLiteral("issued_at"), ticket.issuedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("issued_by"), ticket.issuedBy},
            {QStringLiteral("state"), core::toKey(ticket.state)},
            {QStringLiteral("signed_out_at"), ticket.signedOutAt.toString(Qt::ISODateWithMs)}};
}

} // namespace

QString ticketLabel(const QString &prefix, int number)
{
    return prefix + QStringLiteral("%1").arg(number, 3, 10, QLatin1Char('0'));
}

TicketRepository::TicketRepository(Database &database) : m_database(database), m_outbox(database) {}

core::Status TicketRepository::publish(const Ticket &ticket, Outbox::Versioning versioning)
{
    return m_outbox.append(QStringLiteral("ticket"), ticket.id, toJson(ticket), versioning);
}

core::Result<Ticket> TicketRepository::issue(const QDate &serviceDay, const core::Lane &lane,
                                             const QString &acceptanceNo, const QString &actor,
                                             const QDateTime &restartedAt)
{
    if (!m_database.inTransaction())
        return core::Result<Ticket>::failure(
            tr("Internal error: a ticket must be issued in the same transaction as its check-in."));
    Ticket ticket;
    ticket.id = core::timeOrderedId(m_database.clock().now());
    ticket.serviceDay = serviceDay;
    ticket.lane = lane.key;
    ticket.acceptanceNo = acceptanceNo;
    ticket.issuedAt = m_database.clock().now();
    ticket.issuedBy = actor;
    ticket.state = core::TicketState::Waiting;

    // The next number of the lane is taken and written in one statement; the label (prefix and
    // number) is filled in SQL too, so it cannot disagree with the number. After the lane's own
    // restart the label counts from the last number issued before it (`base`).
    Statement insert = m_database.statement(QStringLiteral(
        "INSERT INTO tickets(id, service_day, lane, number, label, acceptance_no, issued_at, issued_by) "
        "SELECT ?, ?, ?, n, ? || printf('%03d', n - base), ?, ?, ? FROM "
        "(SELECT COALESCE(MAX(number), 0) + 1 AS n, "
        "COALESCE(MAX(CASE WHEN issued_at < ? THEN number END), 0) AS base "
        "FROM tickets WHERE service_day = ? AND lane = ?) "
        "RETURNING number, label"));
    const QString day = serviceDay.toString(Qt::ISODate);
    const QString restart =
        restartedAt.isValid() ? restartedAt.toString(Qt::ISODateWithMs) : QStringLiteral("");
    bindAll(*insert, {ticket.id, day, lane.key, lane.prefix, acceptanceNo,
                      ticket.issuedAt.toString(Qt::ISODateWithMs), actor, restart, day, lane.key});
    if (!insert->exec() || !insert->next())
        return core::Result<Ticket>::failure(
            sqlError(tr("Issuing a ticket in lane %1").arg(lane.name), *insert));
    ticket.number = insert->value(0).toInt();
    ticket.label = insert->value(1).toString();
    insert->finish();
    if (core::Status published = publish(ticket, Outbox::Versioning::FirstOnly); !published)
        return core::Result<Ticket>::failure(published.error());
    return ticket;
}

std::optional<Ticket> TicketRepository::one(const QString &where, const QVariantList &values) const
{
    Statement query =
        m_database.statement(QStringLiteral("SELECT %1 FROM tickets WHERE %2").arg(kColumns, where));
    bindAll(*query, values);
    if (!query->exec() || !query->next())
        return std::nullopt;
    return ticketFrom(*query);
}

std::optional<Ticket> TicketRepository::forCase(const QDate &serviceDay, const QString &acceptanceNo) const
{
    return one(QStringLiteral("service_day = ? AND acceptance_no = ?"),
               {serviceDay.toString(Qt::ISODate), acceptanceNo});
}

std::optional<Ticket> TicketRepository::byId(const QString &id) const
{
    return one(QStringLiteral("id = ?"), {id});
}

std::optional<Ticket> TicketRepository::byLabel(const QDate &serviceDay, const QString &label) const
{
    // A lane with its own reset time prints a label twice a day: the latest one is meant.
    return one(QStringLiteral("service_day = ? AND label = ? ORDER BY number DESC LIMIT 1"),
               {serviceDay.toString(Qt::ISODate), label.toUpper()});
}

QList<Ticket> TicketRepository::onDay(const QDate &serviceDay) const
{
    QList<Ticket> tickets;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM tickets WHERE service_day = ? ORDER BY issued_at, rowid")
                      .arg(kColumns));
    bindAll(query, {serviceDay.toString(Qt::ISODate)});
    if (!query.exec())
        return tickets;
    while (query.next())
        tickets << ticketFrom(query);
    return tickets;
}

QHash<QString, int> TicketRepository::waitingPerLane(const QDate &serviceDay) const
{
    QHash<QString, int> counts;
    Statement query = m_database.statement(QStringLiteral(
        "SELECT lane, COUNT(*) FROM tickets WHERE service_day = ? AND state = 'waiting' GROUP BY lane"));
    bindAll(*query, {serviceDay.toString(Qt::ISODate)});
    if (query->exec())
        while (query->next())
            counts.insert(query->value(0).toString(), query->value(1).toInt());
    return counts;
}

TicketRepository::QueueCounts TicketRepository::queueCounts(const QDate &serviceDay, const QString &lane,
                                                            int number, const QString &outsideOf) const
{
    // Grouped in the order of the tickets_by_state index, so SQLite counts straight off the index.
    Statement query = m_database.statement(
        QStringLiteral("SELECT state, lane, COUNT(*), SUM(number < ?) FROM tickets WHERE service_day = ? "
                       "GROUP BY state, lane"));
    bindAll(*query, {number, serviceDay.toString(Qt::ISODate)});
    QueueCounts counts;
    if (!query->exec())
        return counts;
    while (query->next()) {
        const QString rowLane = query->value(1).toString();
        const int count = query->value(2).toInt();
        if (query->value(0).toString() == core::toKey(core::TicketState::Waiting)) {
            counts.waitingPerLane.insert(rowLane, count);
            if (rowLane == lane)
                counts.waitingBefore = query->value(3).toInt();
        } else if (rowLane != outsideOf) {
            counts.calledOutsideLane += count;
        }
    }
    return counts;
}

core::Status TicketRepository::recordPrint(const QString &id)
{
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery update(m_database.connection());
        update.prepare(QStringLiteral("UPDATE tickets SET prints = prints + 1 WHERE id = ?"));
        update.addBindValue(id);
        if (!update.exec() || update.numRowsAffected() != 1)
            return core::Status::failure(sqlError(tr("Recording the print of ticket %1").arg(id), update));
        return {};
    });
}

core::Status TicketRepository::setState(const QString &id, core::TicketState ticketState)
{
    const QString state = core::toKey(ticketState);
    return m_database.transaction([&]() -> core::Status {
        const QString now = m_database.clock().now().toString(Qt::ISODateWithMs);
        QSqlQuery update(m_database.connection());
        update.prepare(QStringLiteral(
            "UPDATE tickets SET state = ?, "
            "called_at = CASE WHEN ? = 'called' THEN ? ELSE called_at END, "
            "signed_out_at = CASE WHEN ? = 'signed_out' THEN ? ELSE signed_out_at END WHERE id = ?"));
        bindAll(update, {state, state, now, state, now, id});
        if (!update.exec() || update.numRowsAffected() != 1)
            return core::Status::failure(sqlError(tr("Updating ticket %1").arg(id), update));
        const auto ticket = byId(id);
        return ticket ? publish(*ticket) : core::Status::failure(tr("Ticket %1 vanished.").arg(id));
    });
}

core::Status TicketRepository::setStateByCall(const QString &id, core::TicketState state)
{
    Statement update =
        m_database.statement(QStringLiteral("UPDATE tickets SET state = ?, called_at = CASE WHEN ? = "
                                            "'called' THEN ? ELSE called_at END WHERE id = ?"));
    const QString key = core::toKey(state);
    bindAll(*update, {key, key, m_database.clock().now().toString(Qt::ISODateWithMs), id});
    if (!update->exec())
        return core::Status::failure(sqlError(tr("Updating the ticket"), *update));
    return {};
}

core::Status TicketRepository::mirror(const MirroredTicket &ticket)
{
    Statement insert = m_database.statement(
        QStringLiteral("INSERT OR IGNORE INTO tickets(id, service_day, lane, number, label, acceptance_no, "
                       "issued_at, issued_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(*insert, {ticket.id, ticket.serviceDay, ticket.lane, ticket.number, ticket.label,
                      ticket.acceptanceNo, ticket.issuedAt, ticket.issuedBy});
    if (!insert->exec())
        return core::Status::failure(sqlError(QStringLiteral("recording the hub's ticket"), *insert));
    return {};
}

} // namespace store
