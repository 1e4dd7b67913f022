#include "hubservice.h"

#include "hubhealth.h"

#include "venueprotocol.h"

#include "checkin/checkinservice.h"
#include "core/masking.h"
#include "routing/drawservice.h"
#include "store/caserepository.h"
#include "store/hubmirrorrepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

namespace venue {

namespace {

QString sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
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
    : m_database(database), m_hub(database), m_random(random), m_calls(database)
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
        if (const auto seen = m_hub.commandResult(key)) {
            outcome.result = *seen;
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
        return m_hub.rememberCommand(key, station.station, name, outcome.result, m_database.clock().now());
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
    const auto draw = store::HubMirrorRepository(m_database).draw(drawId);
    if (!draw)
        return {};
    QJsonArray assignments;
    for (const store::MirroredAssignment &assignment : draw->assignments)
        assignments.append(QJsonObject{{QStringLiteral("role"), assignment.role},
                                       {QStringLiteral("expert"), assignment.expertId}});
    return {{QStringLiteral("id"), drawId},
            {QStringLiteral("drawn_at"), draw->drawnAt},
            {QStringLiteral("operator"), draw->operatorName},
            {QStringLiteral("panel_size"), draw->panelSize},
            {QStringLiteral("record"), draw->record},
            {QStringLiteral("reason"), draw->reason},
            {QStringLiteral("assignments"), assignments}};
}

QJsonObject HubService::assignmentJson(const QString &ticketId, const QString &expertId) const
{
    const auto transfer = store::HubMirrorRepository(m_database).transferOf(ticketId, expertId);
    if (!transfer)
        return {};
    return {{QStringLiteral("acceptance_no"), transfer->acceptanceNo},
            {QStringLiteral("role"), transfer->role},
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
    const auto seq = m_hub.appendEvent(data, m_database.clock().now());
    if (!seq)
        return seq.status();
    published.append({seq.value(), data});
    return {};
}

QList<HubEvent> HubService::eventsSince(qint64 seq, int limit) const
{
    QList<HubEvent> events;
    for (const store::HubEventRow &row : m_hub.eventsSince(seq, limit))
        events.append({row.seq, row.data});
    return events;
}

qint64 HubService::latestSeq() const
{
    return m_hub.latestSeq();
}

core::Result<QString> HubService::createEnrolmentCode(int validMinutes)
{
    // 10 characters of base32 without look-alikes: typed from the hub's screen.
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString code;
    for (int i = 0; i < 10; ++i)
        code += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    const core::Status stored = m_database.transaction([&]() -> core::Status {
        return m_hub.saveEnrolmentCode(sha256(code),
                                       m_database.clock().now().addSecs(60LL * qMax(1, validMinutes)));
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
        if (!m_hub.useEnrolmentCode(sha256(code.trimmed().toUpper()), station.trimmed(),
                                    m_database.clock().now()))
            return core::Status::failure(
                QStringLiteral("the code is wrong, used or expired; ask for a new one at the hub"));
        return m_hub.enrolStation(sha256(token), station.trimmed(), role, m_database.clock().now());
    });
    if (!stored)
        return stored;
    return token;
}

std::optional<StationIdentity> HubService::stationForToken(const QString &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    const auto row = m_hub.stationForToken(sha256(token));
    if (!row)
        return std::nullopt;
    return StationIdentity{row->station, row->role};
}

} // namespace venue
