#pragma once

#include "hubclient.h"

#include "routing/deskauthority.h"

#include <QSet>

namespace venue {

// The front desk of a venue station: the hub checks people in, issues the ticket and draws the
// experts (docs/venue-protocol.md, command check_in). The station finds the person on its own copy
// of the day's roster first, so a wrong number is refused at once, hub or no hub. Without an answer
// the check-in is kept (on disk, by the hub client's journal) and made when the hub is back; the
// ticket then prints through keptCheckInDone.
class HubDeskAuthority : public routing::DeskAuthority
{
    Q_OBJECT
public:
    HubDeskAuthority(HubClient &client, store::Database &database, int answerTimeoutMs = 5000,
                     QObject *parent = nullptr);
    routing::DeskCheckIn checkIn(const accounts::Session &session, const checkin::DeskEntry &entry) override;

private:
    routing::DeskCheckIn fromAnswer(const QString &acceptanceNo, bool ok, const QJsonObject &result,
                                    const QString &error) const;

    HubClient &m_client;
    store::Database &m_database;
    checkin::CheckInService m_roster;
    int m_timeoutMs;
    QHash<QString, QString> m_kept; // idempotency key → acceptance number, while the hub has not answered
};

} // namespace venue
