#pragma once

#include "drawservice.h"

#include "checkin/checkinservice.h"
#include "checkin/entry.h"

#include <QObject>

namespace routing {

// What the front desk learns from checking a person in.
struct DeskCheckIn {
    checkin::CheckInResult result; // ok: the ticket to print
    QString drawProblem;           // checked in, but the experts could not be drawn (why)
    bool kept = false; // the venue hub did not answer: the check-in is kept and made when it is back
};

// Who makes a check-in and draws the experts: the station itself on one PC, the venue hub on a LAN
// (venue::HubDeskAuthority), so the desk's screen is the same either way.
class DeskAuthority : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual DeskCheckIn checkIn(const accounts::Session &session, const checkin::DeskEntry &entry) = 0;

signals:
    // A check-in that was kept while the hub was away has now been made: print its ticket.
    void keptCheckInDone(const routing::DeskCheckIn &done);
};

// One PC: the check-in and the draw in this station's database. Without a draw service (a station
// with no experts on duty) people are checked in and not drawn.
class LocalDeskAuthority : public DeskAuthority
{
    Q_OBJECT
public:
    LocalDeskAuthority(store::Database &database, DrawService *draws, QObject *parent = nullptr);
    DeskCheckIn checkIn(const accounts::Session &session, const checkin::DeskEntry &entry) override;

private:
    checkin::CheckInService m_checkIn;
    DrawService *m_draws;
};

} // namespace routing
