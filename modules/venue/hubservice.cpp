#include "hubservice.h"

#include "hubhealth.h"

#include "venueprotocol.h"

#include "checkin/checkinservice.h"
#include "core/masking.h"
#include "routing/drawservice.h"
#include "store/caserepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace venue {

namespace {

QString sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The station acts as its role; the actor named by the station (who is logged in there) is
// recorded in the audit trail. Stations authenticate their own users; the hub trusts enrolled ones,
// and applies the room lock to the person the station names (as_role, as_expert): an expert calls
// only for the room the hub has them seated in, the venue admin only after an override.
accounts::Session sessionFor(const StationIdentity &station, const QString &actor, const QJsonObject &args)
{
    accounts::Session session;
    session.account.username = actor.isEmpty() ? station.station : actor;
    session.account.displayName = station.station;
    session.account.role = station.role == QLatin1String("desk") ? core::Role::FrontDesk : core::Role::Expert;
    const auto claimed = core::roleFromKey(args.value(QStringLiteral("as_role")).toString());
    if (station.role == QLatin1String("room") && claimed &&
        (*claimed == core::Role::Expert || *claimed == core::Role::VenueAdmin)) {
        session.account.role = *claimed;
        session.account.expertId = args.value(QStringLiteral("as_expert")).toString().left(64);
    }
    return session;
}

QString random(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &c : data)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QJsonObject toJson(const routing::CallEvent &event)
{
    return {{QStringLiteral("kind"), QStringLiteral("call")},
            {QStringLiteral("action"), event.action},
            {QStringLiteral("at"), event.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("room"), event.roomId},
            {QStringLiteral("room_name"), event.roomName},
            {QStringLiteral("ticket"), event.ticketLabel},
            {QStringLiteral("ticket_id"), event.ticketId},
            {QStringLiteral("lane"), event.lane},
            {QStringLiteral("masked_name"), event.maskedName},
            {QStringLiteral("detail"), event.detail}};
}

QJsonArray toJson(const QList<routing::RoomEntry> &entries)
{
    QJsonArray list;
    for (const routing::RoomEntry &entry : entries)
        list.append(
            QJsonObject{{QStringLiteral("ticket"), entry.ticketLabel},
                        {QStringLiteral("ticket_id"), entry.ticketId},
                        {QStringLiteral("lane"), entry.lane},
                        {QStringLiteral("acceptance_no"), entry.acceptanceNo},
                        {QStringLiteral("role"), entry.role},
                        {QStringLiteral("expert"), entry.expertId},
                        {QStringLiteral("room"), entry.roomId},
                        {QStringLiteral("state"), core::toKey(entry.state)},
                        {QStringLiteral("calls"), entry.calls},
                        {QStringLiteral("last_call_at"), entry.lastCallAt.toString(Qt::ISODateWithMs)}});
    return list;
}

QList<routing::RoomEntry> roomEntriesFromJson(const QJsonArray &list)
{
    QList<routing::RoomEntry> entries;
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        routing::RoomEntry entry;
        entry.ticketLabel = o.value(QStringLiteral("ticket")).toString();
        entry.ticketId = o.value(QStringLiteral("ticket_id")).toString();
        entry.lane = o.value(QStringLiteral("lane")).toString();
        entry.acceptanceNo = o.value(QStringLiteral("acceptance_no")).toString();
        entry.role = o.value(QStringLiteral("role")).toString();
        entry.expertId = o.value(QStringLiteral("expert")).toString();
        entry.roomId = o.value(QStringLiteral("room")).toString();
        entry.state = core::assignmentStateFromKey(o.value(QStringLiteral("state")).toString())
                          .value_or(core::AssignmentState::Pending);
        entry.calls = o.value(QStringLiteral("calls")).toInt();
        entry.lastCallAt =
            QDateTime::fromString(o.value(QStringLiteral("last_call_at")).toString(), Qt::ISODateWithMs);
        entries << entry;
    }
    return entries;
}

routing::CallEvent callEventFromJson(qint64 seq, const QJsonObject &data)
{
    routing::CallEvent event;
    event.seq = seq;
    event.at = QDateTime::fromString(data.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    event.roomId = data.value(QStringLiteral("room")).toString();
    event.roomName = data.value(QStringLiteral("room_name")).toString();
    event.action = data.value(QStringLiteral("action")).toString();
    event.ticketId = data.value(QStringLiteral("ticket_id")).toString();
    event.ticketLabel = data.value(QStringLiteral("ticket")).toString();
    event.lane = data.value(QStringLiteral("lane")).toString();
    event.maskedName = data.value(QStringLiteral("masked_name")).toString();
    event.detail = data.value(QStringLiteral("detail")).toString();
    return event;
}

HubService::HubService(store::Database &database, routing::RandomSource &random)
    : m_database(database), m_random(random), m_calls(database)
{
}

QStringList HubService::roles()
{
    return {QStringLiteral("desk"), QStringLiteral("room"), QStringLiteral("display")};
}

CommandOutcome HubService::execute(const StationIdentity &station, const QString &key, const QString &name,
                                   const QJsonObject &args, const QString &actor)
{
    CommandOutcome outcome;
    const accounts::Session session = sessionFor(station, actor, args);
    if (station.role == QLatin1String("display")) {
        outcome.error = QStringLiteral("a display station only watches");
        return outcome;
    }
    if (name == QLatin1String("venue_health")) { // a read: every station's last health report
        outcome.ok = true;
        outcome.result = HubHealth(m_database).summary(true);
        return outcome;
    }
    if (isReadCommand(name)) { // no key, nothing stored
        const QString room = args.value(QStringLiteral("room")).toString();
        outcome.ok = true;
        outcome.result = {{QStringLiteral("waiting"), toJson(m_calls.queue(room))},
                          {QStringLiteral("current"), toJson(m_calls.current(room))},
                          {QStringLiteral("parked"), toJson(m_calls.parked(room))}};
        return outcome;
    }
    if (key.isEmpty() || key.size() > 200) {
        outcome.error = QStringLiteral("a command needs an idempotency key (1–200 characters)");
        return outcome;
    }
    const core::Status stored = m_database.transaction([&]() -> core::Status {
        QSqlQuery seen(m_database.connection());
        seen.prepare(QStringLiteral("SELECT result FROM hub_commands WHERE key = ?"));
        seen.addBindValue(key);
        if (seen.exec() && seen.next()) {
            outcome.result = QJsonDocument::fromJson(seen.value(0).toString().toUtf8()).object();
            outcome.replayed = true;
            return {};
        }
        QList<QJsonObject> events;
        const auto acted = act(station, name, args, session, events);
        if (!acted)
            return acted.status();
        outcome.result = acted.value();
        for (const QJsonObject &event : std::as_const(events))
            if (const core::Status appended = appendEvent(event, outcome.events); !appended)
                return appended;
        QSqlQuery remember(m_database.connection());
        remember.prepare(
            QStringLiteral("INSERT INTO hub_commands(key, station, name, result, at) VALUES(?, ?, ?, ?, ?)"));
        store::bindAll(remember, {key, station.station, name, compact(outcome.result),
                                  m_database.clock().now().toString(Qt::ISODateWithMs)});
        if (!remember.exec())
            return core::Status::failure(store::sqlError(QStringLiteral("recording the command"), remember));
        return {};
    });
    outcome.ok = stored.ok();
    if (!stored) {
        outcome.error = stored.error();
        outcome.events.clear(); // rolled back: nothing was published
    }
    return outcome;
}

core::Result<QJsonObject> HubService::act(const StationIdentity &station, const QString &name,
                                          const QJsonObject &args, const accounts::Session &session,
                                          QList<QJsonObject> &events)
{
    using R = core::Result<QJsonObject>;
    const auto text = [&](const char *field) {
        return args.value(QString::fromLatin1(field)).toString();
    };
    if (name == QLatin1String("check_in")) {
        if (station.role != QLatin1String("desk"))
            return R::failure(QStringLiteral("only a front-desk station checks people in"));
        checkin::CheckInService desk(m_database);
        const checkin::CheckInResult checkedIn = desk.checkInByAcceptanceNo(session, text("acceptance_no"));
        if (!checkedIn.ok())
            return R::failure(checkedIn.error);
        const checkin::CheckIn &done = *checkedIn.checkIn;
        QJsonObject result{{QStringLiteral("ticket"), done.ticket.label},
                           {QStringLiteral("ticket_id"), done.ticket.id},
                           {QStringLiteral("lane"), done.ticket.lane},
                           {QStringLiteral("people_ahead"), done.peopleAhead},
                           {QStringLiteral("already"), done.alreadyCheckedIn}};
        if (!done.alreadyCheckedIn) {
            // The panel is drawn at once, as the desk does on one PC; a failed draw leaves the
            // check-in standing and says why.
            const auto drawn =
                routing::DrawService(m_database, m_random).draw(session, text("acceptance_no"));
            if (!drawn)
                result.insert(QStringLiteral("draw_error"), drawn.error());
            // What staff stations mirror into their own databases (HubMirror); a display gets only
            // the public fields (publicEventData).
            QJsonObject event{{QStringLiteral("kind"), QStringLiteral("check_in")},
                              {QStringLiteral("at"), done.ticket.issuedAt.toString(Qt::ISODateWithMs)},
                              {QStringLiteral("ticket"), done.ticket.label},
                              {QStringLiteral("ticket_id"), done.ticket.id},
                              {QStringLiteral("lane"), done.ticket.lane},
                              {QStringLiteral("masked_name"), core::maskName(done.record.data.person.name)},
                              {QStringLiteral("acceptance_no"), done.record.data.acceptanceNo},
                              {QStringLiteral("number"), done.ticket.number},
                              {QStringLiteral("service_day"), done.ticket.serviceDay.toString(Qt::ISODate)},
                              {QStringLiteral("issued_by"), done.ticket.issuedBy}};
            if (const auto state = store::CaseRepository(m_database).stateOf(done.record.data.acceptanceNo))
                event.insert(QStringLiteral("case_state"), core::toKey(*state));
            if (drawn)
                event.insert(QStringLiteral("draw"), drawJson(drawn.value().id));
            events.append(event);
        }
        return result;
    }
    if (station.role != QLatin1String("room"))
        return R::failure(QStringLiteral("only an exam-room station calls people"));
    const QString room = text("room");
    const QString ticketId = text("ticket_id");
    core::Result<routing::CallEvent> called =
        R::failure(QStringLiteral("unknown command %1").arg(name)).status();
    if (name == QLatin1String("call_next"))
        called = m_calls.callNext(session, room);
    else if (name == QLatin1String("call_ticket"))
        called = m_calls.callTicket(session, room, text("ticket"));
    else if (name == QLatin1String("recall"))
        called = m_calls.recall(session, room, ticketId);
    else if (name == QLatin1String("no_show"))
        called = m_calls.noShow(session, room, ticketId);
    else if (name == QLatin1String("requeue"))
        called = m_calls.requeue(session, ticketId);
    else if (name == QLatin1String("start_exam"))
        called = m_calls.startExam(session, room, ticketId);
    else if (name == QLatin1String("finish_exam"))
        called = m_calls.finishExam(session, room, ticketId);
    else if (name == QLatin1String("transfer"))
        called = m_calls.transfer(session, room, ticketId, text("to_expert"), text("reason"));
    else if (name == QLatin1String("pause"))
        called = m_calls.pause(session, room, text("reason"));
    else if (name == QLatin1String("resume"))
        called = m_calls.resume(session, room);
    else if (name == QLatin1String("override"))
        called = m_calls.overrideRoom(session, room, text("reason"));
    if (!called)
        return R::failure(called.error());
    const QJsonObject event = toJson(called.value());
    QJsonObject published = event;
    if (name == QLatin1String("transfer"))
        published.insert(QStringLiteral("assignment"), assignmentJson(ticketId, text("to_expert")));
    events.append(published);
    return event;
}

QJsonObject HubService::drawJson(const QString &drawId) const
{
    QJsonObject draw;
    QSqlQuery row(m_database.connection());
    row.prepare(
        QStringLiteral("SELECT acceptance_no, drawn_at, operator, panel_size, record, reason FROM draws "
                       "WHERE id = ?"));
    row.addBindValue(drawId);
    if (!row.exec() || !row.next())
        return draw;
    draw = {{QStringLiteral("id"), drawId},
            {QStringLiteral("drawn_at"), row.value(1).toString()},
            {QStringLiteral("operator"), row.value(2).toString()},
            {QStringLiteral("panel_size"), row.value(3).toInt()},
            {QStringLiteral("record"), row.value(4).toString()},
            {QStringLiteral("reason"), row.value(5).toString()}};
    QSqlQuery assigned(m_database.connection());
    assigned.prepare(
        QStringLiteral("SELECT role, expert_id FROM assignments WHERE draw_id = ? ORDER BY role"));
    assigned.addBindValue(drawId);
    QJsonArray assignments;
    if (assigned.exec())
        while (assigned.next())
            assignments.append(QJsonObject{{QStringLiteral("role"), assigned.value(0).toString()},
                                           {QStringLiteral("expert"), assigned.value(1).toString()}});
    draw.insert(QStringLiteral("assignments"), assignments);
    return draw;
}

QJsonObject HubService::assignmentJson(const QString &ticketId, const QString &expertId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT a.acceptance_no, a.role FROM assignments a JOIN tickets t ON "
                                 "t.acceptance_no = a.acceptance_no WHERE t.id = ? AND a.expert_id = ?"));
    store::bindAll(query, {ticketId, expertId});
    if (!query.exec() || !query.next())
        return {};
    return {{QStringLiteral("acceptance_no"), query.value(0).toString()},
            {QStringLiteral("role"), query.value(1).toString()},
            {QStringLiteral("expert"), expertId}};
}

QJsonObject publicEventData(const QJsonObject &data)
{
    static const QStringList shown{QStringLiteral("kind"),        QStringLiteral("at"),
                                   QStringLiteral("action"),      QStringLiteral("room"),
                                   QStringLiteral("room_name"),   QStringLiteral("ticket"),
                                   QStringLiteral("ticket_id"),   QStringLiteral("lane"),
                                   QStringLiteral("masked_name"), QStringLiteral("detail")};
    QJsonObject visible;
    for (const QString &field : shown)
        if (data.contains(field))
            visible.insert(field, data.value(field));
    return visible;
}

core::Status HubService::appendEvent(const QJsonObject &data, QList<HubEvent> &published)
{
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO hub_events(at, kind, data) VALUES(?, ?, ?)"));
    store::bindAll(insert, {m_database.clock().now().toString(Qt::ISODateWithMs),
                            data.value(QStringLiteral("kind")).toString(), compact(data)});
    if (!insert.exec())
        return core::Status::failure(store::sqlError(QStringLiteral("recording an event"), insert));
    published.append({insert.lastInsertId().toLongLong(), data});
    return {};
}

QList<HubEvent> HubService::eventsSince(qint64 seq, int limit) const
{
    QList<HubEvent> events;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT seq, data FROM hub_events WHERE seq > ? ORDER BY seq LIMIT ?"));
    store::bindAll(query, {seq, limit});
    if (query.exec())
        while (query.next())
            events.append({query.value(0).toLongLong(),
                           QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object()});
    return events;
}

qint64 HubService::latestSeq() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM hub_events")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

core::Result<QString> HubService::createEnrolmentCode(int validMinutes)
{
    // 10 characters of base32 without look-alikes: typed from the hub's screen.
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString code;
    for (int i = 0; i < 10; ++i)
        code += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    const core::Status stored = m_database.transaction([&]() -> core::Status {
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral("INSERT INTO hub_codes(code_sha256, expires_at) VALUES(?, ?)"));
        store::bindAll(
            insert,
            {sha256(code),
             m_database.clock().now().addSecs(60LL * qMax(1, validMinutes)).toString(Qt::ISODateWithMs)});
        if (!insert.exec())
            return core::Status::failure(store::sqlError(QStringLiteral("saving the code"), insert));
        return {};
    });
    if (!stored)
        return stored;
    return code;
}

core::Result<QString> HubService::enrol(const QString &code, const QString &station, const QString &role)
{
    using R = core::Result<QString>;
    if (station.trimmed().isEmpty() || !roles().contains(role))
        return R::failure(QStringLiteral("name the station and give its role: desk, room or display"));
    const QString token = random(32);
    const core::Status stored = m_database.transaction([&]() -> core::Status {
        QSqlQuery use(m_database.connection());
        use.prepare(QStringLiteral("UPDATE hub_codes SET used_by = ? WHERE code_sha256 = ? AND used_by = '' "
                                   "AND expires_at > ?"));
        store::bindAll(use, {station.trimmed(), sha256(code.trimmed().toUpper()),
                             m_database.clock().now().toString(Qt::ISODateWithMs)});
        if (!use.exec() || use.numRowsAffected() != 1)
            return core::Status::failure(
                QStringLiteral("the code is wrong, used or expired; ask for a new one at the hub"));
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO hub_stations(token_sha256, station, role, enrolled_at) VALUES(?, ?, ?, ?)"));
        store::bindAll(insert, {sha256(token), station.trimmed(), role,
                                m_database.clock().now().toString(Qt::ISODateWithMs)});
        if (!insert.exec())
            return core::Status::failure(store::sqlError(QStringLiteral("enrolling the station"), insert));
        return {};
    });
    if (!stored)
        return stored;
    return token;
}

std::optional<StationIdentity> HubService::stationForToken(const QString &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT station, role FROM hub_stations WHERE token_sha256 = ?"));
    query.addBindValue(sha256(token));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return StationIdentity{query.value(0).toString(), query.value(1).toString()};
}

} // namespace venue
