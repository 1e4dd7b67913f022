#include "hubcallauthority.h"

#include "hubservice.h"

namespace venue {

HubCallAuthority::HubCallAuthority(HubClient &client, int answerTimeoutMs)
    : m_client(client), m_timeoutMs(answerTimeoutMs)
{
    QObject::connect(&m_client, &HubClient::event, &m_client, [this](qint64 seq, const QJsonObject &data) {
        if (data.value(QStringLiteral("kind")) == QStringLiteral("call"))
            m_events.append(callEventFromJson(seq, data));
    });
}

HubAnswer HubCallAuthority::ask(const QString &name, const QJsonObject &args, const QString &actor) const
{
    HubAnswer answer = m_client.ask(name, args, actor, m_timeoutMs);
    if (answer.key.isEmpty()) // not kept on disk, so not sent either
        answer = {{},
                  true,
                  false,
                  {},
                  tr("The command could not be saved on this station (%1); it was not sent. Try again.")
                      .arg(m_client.lastError())};
    return answer;
}

core::Result<routing::CallEvent> HubCallAuthority::decide(const accounts::Session &session,
                                                          const QString &name, const QJsonObject &args)
{
    // Who is logged in here, so the hub applies the room lock itself (docs/venue-protocol.md).
    QJsonObject withPerson = args;
    withPerson.insert(QStringLiteral("as_role"), core::toKey(session.account.role));
    withPerson.insert(QStringLiteral("as_expert"), session.account.expertId);
    const HubAnswer answer = ask(name, withPerson, session.account.username);
    if (!answer.answered)
        return core::Status::failure(
            tr("The venue hub does not answer. The command is kept and goes to the hub "
               "when it is back; check the hall display then."));
    if (!answer.ok)
        return core::Status::failure(answer.error);
    return callEventFromJson(0, answer.result);
}

core::Result<routing::CallEvent> HubCallAuthority::callNext(const accounts::Session &session,
                                                            const QString &roomId)
{
    return decide(session, QStringLiteral("call_next"), {{QStringLiteral("room"), roomId}});
}

core::Result<routing::CallEvent> HubCallAuthority::callTicket(const accounts::Session &session,
                                                              const QString &roomId,
                                                              const QString &ticketLabel)
{
    return decide(session, QStringLiteral("call_ticket"),
                  {{QStringLiteral("room"), roomId}, {QStringLiteral("ticket"), ticketLabel}});
}

core::Result<routing::CallEvent> HubCallAuthority::recall(const accounts::Session &session,
                                                          const QString &roomId, const QString &ticketId)
{
    return decide(session, QStringLiteral("recall"),
                  {{QStringLiteral("room"), roomId}, {QStringLiteral("ticket_id"), ticketId}});
}

core::Result<routing::CallEvent> HubCallAuthority::noShow(const accounts::Session &session,
                                                          const QString &roomId, const QString &ticketId)
{
    return decide(session, QStringLiteral("no_show"),
                  {{QStringLiteral("room"), roomId}, {QStringLiteral("ticket_id"), ticketId}});
}

core::Result<routing::CallEvent> HubCallAuthority::requeue(const accounts::Session &session,
                                                           const QString &ticketId)
{
    return decide(session, QStringLiteral("requeue"), {{QStringLiteral("ticket_id"), ticketId}});
}

core::Result<routing::CallEvent> HubCallAuthority::startExam(const accounts::Session &session,
                                                             const QString &roomId, const QString &ticketId)
{
    return decide(session, QStringLiteral("start_exam"),
                  {{QStringLiteral("room"), roomId}, {QStringLiteral("ticket_id"), ticketId}});
}

core::Result<routing::CallEvent> HubCallAuthority::finishExam(const accounts::Session &session,
                                                              const QString &roomId, const QString &ticketId)
{
    return decide(session, QStringLiteral("finish_exam"),
                  {{QStringLiteral("room"), roomId}, {QStringLiteral("ticket_id"), ticketId}});
}

core::Result<routing::CallEvent> HubCallAuthority::transfer(const accounts::Session &session,
                                                            const QString &roomId, const QString &ticketId,
                                                            const QString &toExpertId, const QString &reason)
{
    return decide(session, QStringLiteral("transfer"),
                  {{QStringLiteral("room"), roomId},
                   {QStringLiteral("ticket_id"), ticketId},
                   {QStringLiteral("to_expert"), toExpertId},
                   {QStringLiteral("reason"), reason}});
}

core::Result<routing::CallEvent> HubCallAuthority::pause(const accounts::Session &session,
                                                         const QString &roomId, const QString &reason)
{
    return decide(session, QStringLiteral("pause"),
                  {{QStringLiteral("room"), roomId}, {QStringLiteral("reason"), reason}});
}

core::Result<routing::CallEvent> HubCallAuthority::resume(const accounts::Session &session,
                                                          const QString &roomId)
{
    return decide(session, QStringLiteral("resume"), {{QStringLiteral("room"), roomId}});
}

core::Result<routing::CallEvent> HubCallAuthority::overrideRoom(const accounts::Session &session,
                                                                const QString &roomId, const QString &reason)
{
    return decide(session, QStringLiteral("override"),
                  {{QStringLiteral("room"), roomId}, {QStringLiteral("reason"), reason}});
}

QJsonObject HubCallAuthority::lists(const QString &roomId) const
{
    const HubAnswer answer = ask(QStringLiteral("queue"), {{QStringLiteral("room"), roomId}}, {});
    return answer.ok ? answer.result : QJsonObject();
}

QList<routing::RoomEntry> HubCallAuthority::queue(const QString &roomId) const
{
    return roomEntriesFromJson(lists(roomId).value(QStringLiteral("waiting")).toArray());
}

QList<routing::RoomEntry> HubCallAuthority::current(const QString &roomId) const
{
    return roomEntriesFromJson(lists(roomId).value(QStringLiteral("current")).toArray());
}

QList<routing::RoomEntry> HubCallAuthority::parked(const QString &roomId) const
{
    return roomEntriesFromJson(lists(roomId).value(QStringLiteral("parked")).toArray());
}

core::Result<QList<routing::CallEvent>> HubCallAuthority::pollEvents(qint64 seq, int limit) const
{
    if (m_client.state() != HubClient::State::Online)
        return core::Status::failure(tr("The venue hub is not reachable."));
    QList<routing::CallEvent> after;
    for (const routing::CallEvent &event : m_events)
        if (event.seq > seq && after.size() < limit)
            after << event;
    return after;
}

} // namespace venue
