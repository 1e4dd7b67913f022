#pragma once

#include "routing/callauthority.h"
#include "routing/draw.h"
#include "store/database.h"
#include "store/hubrepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

// The venue hub (docs/venue-protocol.md): one authority for the venue's queue, shared by the
// stations of a LAN. On one PC the station runs it in-process; `appraisal-server --mode hub` runs
// the same code for many.
namespace venue {

// One entry of the hub's event stream. Never a name or an ID number; staff stations also get the
// acceptance number, ticket and draw they mirror (HubMirror), a display only publicEventData().
struct HubEvent {
    qint64 seq = 0;
    QJsonObject data; // {"kind":"check_in"|"call", "at", …}
};

// The fields of an event a station of role "display" receives: what the hall may show.
QJsonObject publicEventData(const QJsonObject &data);

// What an enrolled station may do: desk (check in), room (calls), display (watch only).
struct StationIdentity {
    QString station;
    QString role;
};

struct CommandOutcome {
    bool ok = false;
    QJsonObject result;
    QString error;         // why it was refused, for the operator
    bool replayed = false; // the key was seen before: the stored result, nothing done again
    QList<HubEvent> events;
};

class HubService
{
public:
    HubService(store::Database &database, routing::RandomSource &random);

    // Runs a station's command once per idempotency key: the action, its events and the stored
    // result commit together; a key seen before returns the stored result and does nothing.
    // Commands: check_in, call_next, call_ticket, recall, no_show, requeue, start_exam, finish_exam,
    // transfer, pause, resume; `queue` reads a room's waiting list (no key needed).
    CommandOutcome execute(const StationIdentity &station, const QString &key, const QString &name,
                           const QJsonObject &args, const QString &actor);
    QList<HubEvent> eventsSince(qint64 seq, int limit = 1000) const;
    qint64 latestSeq() const;

    // Enrolment: a one-time code (shown at the hub) buys a station its token; only hashes are kept.
    core::Result<QString> createEnrolmentCode(int validMinutes);
    core::Result<QString> enrol(const QString &code, const QString &station, const QString &role);
    std::optional<StationIdentity> stationForToken(const QString &token) const;
    static QStringList roles(); // desk, room, display
    store::Database &database() const { return m_database; }

private:
    core::Result<QJsonObject> act(const StationIdentity &station, const QString &name,
                                  const QJsonObject &args, const accounts::Session &session,
                                  QList<QJsonObject> &events);
    core::Status appendEvent(const QJsonObject &data, QList<HubEvent> &published);
    QJsonObject drawJson(const QString &drawId) const;
    QJsonObject assignmentJson(const QString &ticketId, const QString &expertId) const;

    store::Database &m_database;
    store::HubRepository m_hub;
    routing::RandomSource &m_random;
    routing::LocalCallAuthority m_calls;
};

QJsonObject toJson(const routing::CallEvent &event);
QJsonArray toJson(const QList<routing::RoomEntry> &entries);
QList<routing::RoomEntry> roomEntriesFromJson(const QJsonArray &list);
routing::CallEvent callEventFromJson(qint64 seq, const QJsonObject &data);

} // namespace venue
