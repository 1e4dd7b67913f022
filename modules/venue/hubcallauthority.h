#pragma once

#include "hubclient.h"

#include "routing/callauthority.h"

#include <QCoreApplication>

namespace venue {

// The call authority of a station on a LAN: every decision is the hub's (docs/venue-protocol.md).
// A decision waits for the hub's answer for a few seconds; without one it says so, and the command
// stays with the station's hub client, which sends it again (same key, acted on once) when the
// hub is back, so a room can still record a call of a given ticket while the LAN is down. Events
// come from the hub's stream; a display keeps its last state while the hub is away.
class HubCallAuthority : public routing::CallAuthority
{
    Q_DECLARE_TR_FUNCTIONS(venue::HubCallAuthority)
public:
    HubCallAuthority(HubClient &client, int answerTimeoutMs = 5000);

    core::Result<routing::CallEvent> callNext(const accounts::Session &session,
                                              const QString &roomId) override;
    core::Result<routing::CallEvent> callTicket(const accounts::Session &session, const QString &roomId,
                                                const QString &ticketLabel) override;
    core::Result<routing::CallEvent> recall(const accounts::Session &session, const QString &roomId,
                                            const QString &ticketId) override;
    core::Result<routing::CallEvent> noShow(const accounts::Session &session, const QString &roomId,
                                            const QString &ticketId) override;
    core::Result<routing::CallEvent> requeue(const accounts::Session &session,
                                             const QString &ticketId) override;
    core::Result<routing::CallEvent> startExam(const accounts::Session &session, const QString &roomId,
                                               const QString &ticketId) override;
    core::Result<routing::CallEvent> finishExam(const accounts::Session &session, const QString &roomId,
                                                const QString &ticketId) override;
    core::Result<routing::CallEvent> transfer(const accounts::Session &session, const QString &roomId,
                                              const QString &ticketId, const QString &toExpertId,
                                              const QString &reason) override;
    core::Result<routing::CallEvent> pause(const accounts::Session &session, const QString &roomId,
                                           const QString &reason) override;
    core::Result<routing::CallEvent> resume(const accounts::Session &session, const QString &roomId) override;
    core::Result<routing::CallEvent> overrideRoom(const accounts::Session &session, const QString &roomId,
                                                  const QString &reason) override;

    QList<routing::RoomEntry> queue(const QString &roomId) const override;
    QList<routing::RoomEntry> current(const QString &roomId) const override;
    QList<routing::RoomEntry> parked(const QString &roomId) const override;
    core::Result<QList<routing::CallEvent>> pollEvents(qint64 seq, int limit = 500) const override;

private:
    HubAnswer ask(const QString &name, const QJsonObject &args, const QString &actor) const;
    core::Result<routing::CallEvent> decide(const accounts::Session &session, const QString &name,
                                            const QJsonObject &args);
    QJsonObject lists(const QString &roomId) const;

    HubClient &m_client;
    int m_timeoutMs;
    QList<routing::CallEvent> m_events; // the hub's call events, by its sequence numbers
};

} // namespace venue
