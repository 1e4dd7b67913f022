#pragma once

#include "accounts/accountservice.h"
#include "routing/callauthority.h"
#include "store/venuerepository.h"

#include <QCoreApplication>
#include <optional>

namespace administration {

// The venue's own details as a venue admin types them (the committee prints on conclusions).
struct VenueDetails {
    QString id;
    QString name;
    QString committee; // 鉴定委员会; empty: the venue name is printed instead
    QString address;
    QString phone; // the enquiry line printed on notices
};

// A room as the administration pages and `room list` show it.
struct RoomStatus {
    core::Room room;
    QStringList experts;  // ids of the experts seated in it, sorted
    QString pausedReason; // empty when not paused
    bool retired = false;
};

// What removing a lane or a room did: a lane or room that cases, tickets or seated experts use
// is never deleted, only retired (kept for the record, no longer offered).
enum class Removal { Deleted, Retired };

// Everything the first start needs, made in one transaction by VenueAdministration::firstStart.
struct FirstStart {
    VenueDetails venue;
    QList<core::Lane> lanes;  // empty: the defaults (normal "A", green "G")
    QList<core::Room> rooms;  // at least one
    core::StaffAccount admin; // role is forced to venue_admin
    QString adminPassword;
};

// The frame of the venue: its details, lanes and rooms. Every change is checked against the
// venue admin's rights, made in one transaction, written to the audit trail (actions venue.setup,
// lane.set, lane.retire, lane.delete, room.save, room.retire, room.delete) and to the outbox (types
// venue, lane, room, as the repositories already write). Pausing and resuming a room go through the
// call authority (the hub on a LAN), like a pause from the calling page: audited as call.pause /
// call.resume, a call event the hall display and calling pages follow, outbox rows call_event and
// room_pause.
// Methods return a translated message saying what is wrong and how to fix it on failure.
class VenueAdministration
{
    Q_DECLARE_TR_FUNCTIONS(administration::VenueAdministration)
public:
    explicit VenueAdministration(store::Database &database);

    // Creates or updates the venue and makes it this station's venue (setting venue_id). Lanes
    // normal "A" and green "G" are created when there are none. Changing the id of a venue whose
    // batches hold cases is refused.
    core::Status setupVenue(const accounts::Session &admin, const VenueDetails &details);
    // The first start of an installation, before any account exists: venue, lanes, rooms and
    // the first venue admin, all or nothing. Refused when the station already has a venue admin.
    core::Status firstStart(const FirstStart &setup);
    // The station's venue, if one is set up.
    std::optional<VenueDetails> venue() const;

    QList<core::Lane> lanes() const; // retired ones included (core::Lane::retired)
    // When the venue's queues start afresh each day (setting queue.reset_time), for lanes without their own.
    QString queueResetTime() const;
    // Adds or edits a lane (key, prefix, name, colour #RRGGBB or empty, ratio ≥ 1, strict, reset
    // time HH:mm or empty).
    core::Status setLane(const accounts::Session &admin, const core::Lane &lane);
    core::Result<Removal> removeLane(const accounts::Session &admin, const QString &key);

    QList<RoomStatus> rooms() const; // retired ones included
    // Adds or edits a room (id, name, specialties); a retired room saved again is back in use.
    core::Status saveRoom(const accounts::Session &admin, const core::Room &room);
    core::Status pauseRoom(const accounts::Session &admin, routing::CallAuthority &calls,
                           const QString &roomId, const QString &reason);
    core::Status resumeRoom(const accounts::Session &admin, routing::CallAuthority &calls,
                            const QString &roomId);
    core::Result<Removal> removeRoom(const accounts::Session &admin, const QString &roomId);

    // The defaults venue setup creates: normal "A" and green "G" (names translated).
    static QList<core::Lane> defaultLanes();

private:
    core::Status setupVenueAs(const QString &actor, const VenueDetails &details);
    store::Database &m_database;
    store::VenueRepository m_venues;
};

} // namespace administration
