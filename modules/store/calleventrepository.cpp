#include "calleventrepository.h"

#include <QSqlQuery>

namespace store {

CallEventRepository::CallEventRepository(Database &database) : m_database(database) {}

core::Result<qint64> CallEventRepository::append(const CallEvent &event)
{
    Statement insert = m_database.statement(
        QStringLiteral("INSERT INTO call_events(at, room_id, action, ticket_id, ticket_label, lane, "
                       "masked_name, actor, detail) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // bindAll stores a null QString as '' (the columns are NOT NULL).
    bindAll(*insert, {event.at.toString(Qt::ISODateWithMs), event.roomId, event.action, event.ticketId,
                      event.ticketLabel, event.lane, event.maskedName, event.actor, event.detail});
    if (!insert->exec())
        return core::Result<qint64>::failure(sqlError(tr("Recording the call"), *insert));
    return insert->lastInsertId().toLongLong();
}

core::Result<QList<CallEvent>> CallEventRepository::after(qint64 seq, int limit) const
{
    Statement query = m_database.statement(
        QStringLiteral("SELECT seq, at, room_id, action, ticket_id, ticket_label, lane, masked_name, "
                       "actor, detail FROM call_events WHERE seq > ? ORDER BY seq LIMIT ?"));
    bindAll(*query, {seq, limit});
    if (!query->exec())
        return core::Result<QList<CallEvent>>::failure(sqlError(tr("Reading the calls"), *query));
    QList<CallEvent> events;
    while (query->next()) {
        CallEvent event;
        event.seq = query->value(0).toLongLong();
        event.at = QDateTime::fromString(query->value(1).toString(), Qt::ISODateWithMs);
        event.roomId = query->value(2).toString();
        event.action = query->value(3).toString();
        event.ticketId = query->value(4).toString();
        event.ticketLabel = query->value(5).toString();
        event.lane = query->value(6).toString();
        event.maskedName = query->value(7).toString();
        event.actor = query->value(8).toString();
        event.detail = query->value(9).toString();
        events << event;
    }
    return events;
}

std::optional<qint64> CallEventRepository::lastBefore(const QDate &day) const
{
    // Through the index call_events_by_time: the last call of an earlier day, not a scan of them all.
    Statement query = m_database.statement(
        QStringLiteral("SELECT seq FROM call_events WHERE at < ? ORDER BY at DESC LIMIT 1"));
    bindAll(*query, {day.toString(Qt::ISODate)});
    if (query->exec() && query->next())
        return query->value(0).toLongLong();
    return std::nullopt;
}

int CallEventRepository::callsOfRoom(const QString &roomId, const QDate &day, const QString &exceptLane) const
{
    // A range on `at` (an ISO time) rather than its first ten characters, so the index
    // call_events_by_room_time reads only this room's calls of the day.
    Statement query = m_database.statement(
        QStringLiteral("SELECT COUNT(*) FROM call_events WHERE room_id = ? AND at >= ? AND at < ? "
                       "AND action = 'call' AND lane != ?"));
    bindAll(*query, {roomId, day.toString(Qt::ISODate), day.addDays(1).toString(Qt::ISODate), exceptLane});
    return query->exec() && query->next() ? query->value(0).toInt() : 0;
}

} // namespace store
