#include "venueadministration.h"

#include "store/auditlog.h"
#include "store/expertrepository.h"

#include <QRegularExpression>
#include <QTime>

#include <algorithm>

namespace administration {

namespace {

using accounts::Permission;

core::Status requireAdmin(const accounts::Session &session)
{
    return accounts::Authorizer::require(session, Permission::ManageVenue);
}

// Ids people type into scripts and print on tickets: short, no spaces.
bool validId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    return pattern.match(id).hasMatch();
}

} // namespace

VenueAdministration::VenueAdministration(store::Database &database) : m_database(database), m_venues(database)
{
}

QList<core::Lane> VenueAdministration::defaultLanes()
{
    core::Lane normal{QString::fromLatin1(core::kNormalLane), QStringLiteral("A"), tr("Normal"), 1};
    core::Lane green{QString::fromLatin1(core::kGreenLane), QStringLiteral("G"), tr("Green channel"), 1};
    green.colour = QStringLiteral("#4ade80");
    green.strict = true;
    return {green, normal};
}

std::optional<VenueDetails> VenueAdministration::venue() const
{
    const auto venue = m_venues.venue(m_database.setting(store::settings::VenueId));
    if (!venue)
        return std::nullopt;
    return VenueDetails{venue->id, venue->name, venue->committee, venue->address, venue->phone};
}

core::Status VenueAdministration::setupVenue(const accounts::Session &admin, const VenueDetails &details)
{
    if (const core::Status allowed = requireAdmin(admin); !allowed)
        return allowed;
    return setupVenueAs(admin.account.username, details);
}

core::Status VenueAdministration::setupVenueAs(const QString &actor, const VenueDetails &details)
{
    const QString id = details.id.trimmed();
    if (!validId(id))
        return core::Status::failure(
            tr("The venue id \"%1\" is not valid: use 1 to 32 letters, digits, dots, "
               "dashes or underscores, starting with a letter or digit.")
                .arg(details.id));
    if (details.name.trimmed().isEmpty())
        return core::Status::failure(tr("Enter the venue's name."));
    const QString previousId = m_database.setting(store::settings::VenueId);
    const bool renaming = !previousId.isEmpty() && previousId != id && m_venues.venue(previousId);
    if (renaming) {
        if (const int cases = m_venues.casesAtVenue(previousId); cases > 0)
            return core::Status::failure(tr("Venue %1 already has %2 cases, so its id cannot change to %3. "
                                            "Keep the id %1 and change the other details.")
                                             .arg(previousId)
                                             .arg(cases)
                                             .arg(id));
    }
    return m_database.transaction([&]() -> core::Status {
        const core::Venue venue{id, details.name.trimmed(), details.address.trimmed(),
                                details.phone.trimmed(), details.committee.trimmed()};
        if (core::Status saved = m_venues.saveVenue(venue); !saved)
            return saved;
        if (renaming) {
            if (core::Status moved = m_venues.moveBatches(previousId, id); !moved)
                return moved;
            if (core::Status removed = m_venues.deleteVenue(previousId); !removed)
                return removed;
        }
        if (m_venues.lanes().isEmpty()) {
            const QList<core::Lane> lanes = defaultLanes();
            for (int i = 0; i < lanes.size(); ++i)
                if (core::Status saved = m_venues.saveLane(lanes.at(i), i); !saved)
                    return saved;
        }
        if (core::Status set = m_database.setSetting(store::settings::VenueId, id, actor); !set)
            return set;
        return store::AuditLog(m_database)
            .append(actor, QStringLiteral("venue.setup"), id,
                    {{QStringLiteral("name"), venue.name}, {QStringLiteral("previous_id"), previousId}});
    });
}

core::Status VenueAdministration::firstStart(const FirstStart &setup)
{
    store::AccountRepository accounts(m_database);
    for (const core::StaffAccount &account : accounts.all())
        if (account.role == core::Role::VenueAdmin && account.active)
            return core::Status::failure(
                tr("This station already has a venue admin (%1); log in as that admin to change the venue.")
                    .arg(account.username));
    if (setup.rooms.isEmpty())
        return core::Status::failure(tr("Add at least one exam room."));
    core::StaffAccount admin = setup.admin;
    admin.role = core::Role::VenueAdmin;
    admin.expertId.clear();
    admin.active = true;
    accounts::Session session{admin};
    return m_database.transaction([&]() -> core::Status {
        // The lanes typed in the assistant first, so the venue gets the defaults only without them.
        for (const core::Lane &lane : setup.lanes)
            if (core::Status saved = setLane(session, lane); !saved)
                return saved;
        if (core::Status venue = setupVenueAs(admin.username, setup.venue); !venue)
            return venue;
        for (const core::Room &room : setup.rooms)
            if (core::Status saved = saveRoom(session, room); !saved)
                return saved;
        if (core::Status created = accounts::AccountService(m_database).provision(admin, setup.adminPassword);
            !created)
            return created;
        return store::AuditLog(m_database)
            .append(admin.username, QStringLiteral("venue.first_start"), setup.venue.id.trimmed(),
                    {{QStringLiteral("rooms"), int(setup.rooms.size())}});
    });
}

QList<core::Lane> VenueAdministration::lanes() const
{
    return m_venues.lanes();
}

QString VenueAdministration::queueResetTime() const
{
    return m_database.setting(store::settings::QueueResetTime);
}

core::Status VenueAdministration::setLane(const accounts::Session &admin, const core::Lane &given)
{
    if (const core::Status allowed = requireAdmin(admin); !allowed)
        return allowed;
    core::Lane lane = given;
    lane.key = lane.key.trimmed();
    lane.prefix = lane.prefix.trimmed().toUpper();
    lane.name = lane.name.trimmed();
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_-]{0,15}$"));
    if (!keyPattern.match(lane.key).hasMatch())
        return core::Status::failure(
            tr("The lane key \"%1\" is not valid: use 1 to 16 lowercase letters, digits, dashes or "
               "underscores, starting with a letter (for example normal, green).")
                .arg(given.key));
    static const QRegularExpression prefixPattern(QStringLiteral("^[A-Z]$"));
    if (!prefixPattern.match(lane.prefix).hasMatch())
        return core::Status::failure(
            tr("The lane prefix \"%1\" is not valid: use one letter A to Z; it starts the queue numbers.")
                .arg(given.prefix));
    if (lane.name.isEmpty())
        return core::Status::failure(tr("Enter the lane's name (shown on tickets and the hall display)."));
    static const QRegularExpression colourPattern(QStringLiteral("^(#[0-9A-Fa-f]{6})?$"));
    if (!colourPattern.match(lane.colour).hasMatch())
        return core::Status::failure(
            tr("The colour \"%1\" is not valid: use #RRGGBB, for example #4ade80, or leave it empty.")
                .arg(lane.colour));
    lane.resetTime = lane.resetTime.trimmed();
    if (!lane.resetTime.isEmpty() && !QTime::fromString(lane.resetTime, QStringLiteral("HH:mm")).isValid())
        return core::Status::failure(
            tr("The reset time \"%1\" is not valid: use HH:mm, for example 13:00, or leave it empty so the "
               "lane starts again with the venue's day (setting queue.reset_time).")
                .arg(given.resetTime));
    if (lane.ratio < 1 || lane.ratio > 10)
        return core::Status::failure(tr("The ratio of a lane is a whole number from 1 to 10."));
    const QList<core::Lane> existing = m_venues.lanes();
    for (const core::Lane &other : existing)
        if (other.key != lane.key && other.prefix == lane.prefix)
            return core::Status::failure(
                tr("Prefix %1 is already used by lane %2; each lane needs its own prefix.")
                    .arg(lane.prefix, other.key));
    int order = m_venues.laneOrder(lane.key);
    if (order < 0)
        order = existing.size();
    return m_database.transaction([&]() -> core::Status {
        if (core::Status saved = m_venues.saveLane(lane, order); !saved)
            return saved;
        return store::AuditLog(m_database)
            .append(admin.account.username, QStringLiteral("lane.set"), lane.key,
                    {{QStringLiteral("prefix"), lane.prefix},
                     {QStringLiteral("name"), lane.name},
                     {QStringLiteral("ratio"), lane.ratio},
                     {QStringLiteral("strict"), lane.strict},
                     {QStringLiteral("colour"), lane.colour},
                     {QStringLiteral("reset_time"), lane.resetTime},
                     {QStringLiteral("retired"), lane.retired}});
    });
}

core::Result<Removal> VenueAdministration::removeLane(const accounts::Session &admin, const QString &key)
{
    if (const core::Status allowed = requireAdmin(admin); !allowed)
        return allowed;
    if (m_venues.laneOrder(key) < 0)
        return core::Status::failure(tr("There is no lane %1.").arg(key));
    const bool inUse = m_venues.laneInUse(key);
    const core::Status done = m_database.transaction([&]() -> core::Status {
        if (core::Status changed = inUse ? m_venues.setLaneRetired(key, true) : m_venues.deleteLane(key);
            !changed)
            return changed;
        return store::AuditLog(m_database)
            .append(admin.account.username,
                    inUse ? QStringLiteral("lane.retire") : QStringLiteral("lane.delete"), key);
    });
    if (!done)
        return done;
    return inUse ? Removal::Retired : Removal::Deleted;
}

QList<RoomStatus> VenueAdministration::rooms() const
{
    QHash<QString, QStringList> seated;
    for (const core::Expert &expert : store::ExpertRepository(m_database).all())
        if (!expert.roomId.isEmpty())
            seated[expert.roomId] << expert.id;
    QList<RoomStatus> rooms;
    for (const core::Room &room : m_venues.rooms()) {
        RoomStatus status{room, seated.value(room.id), m_venues.roomPause(room.id), room.retired};
        status.experts.sort();
        rooms << status;
    }
    return rooms;
}

core::Status VenueAdministration::saveRoom(const accounts::Session &admin, const core::Room &given)
{
    if (const core::Status allowed = requireAdmin(admin); !allowed)
        return allowed;
    core::Room room = given;
    room.id = room.id.trimmed();
    room.name = room.name.trimmed();
    room.retired = false;
    if (!validId(room.id))
        return core::Status::failure(tr("The room id \"%1\" is not valid: use 1 to 32 letters, digits, dots, "
                                        "dashes or underscores, for example R1.")
                                         .arg(given.id));
    if (room.name.isEmpty())
        return core::Status::failure(tr("Enter the room's name (the hall display calls people to it)."));
    return m_database.transaction([&]() -> core::Status {
        if (core::Status saved = m_venues.saveRoom(room); !saved)
            return saved;
        return store::AuditLog(m_database)
            .append(admin.account.username, QStringLiteral("room.save"), room.id,
                    {{QStringLiteral("name"), room.name},
                     {QStringLiteral("specialties"), store::joinSpecialties(room.specialties)}});
    });
}

core::Status VenueAdministration::pauseRoom(const accounts::Session &admin, routing::CallAuthority &calls,
                                            const QString &roomId, const QString &reason)
{
    if (const core::Status allowed = requireAdmin(admin); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return core::Status::failure(tr("Pausing a room needs a reason."));
    bool exists = false;
    for (const core::Room &room : m_venues.rooms())
        exists = exists || room.id == roomId;
    if (!exists)
        return core::Status::failure(tr("There is no room %1.").arg(roomId));
    return calls.pause(admin, roomId, reason.trimmed()).status();
}

core::Status VenueAdministration::resumeRoom(const accounts::Session &admin, routing::CallAuthority &calls,
                                             const QString &roomId)
{
    if (const core::Status allowed = requireAdmin(admin); !allowed)
        return allowed;
    if (m_venues.roomPause(roomId).isEmpty())
        return core::Status::failure(tr("Room %1 is not paused.").arg(roomId));
    return calls.resume(admin, roomId).status();
}

core::Result<Removal> VenueAdministration::removeRoom(const accounts::Session &admin, const QString &roomId)
{
    if (const core::Status allowed = requireAdmin(admin); !allowed)
        return allowed;
    const QList<RoomStatus> all = rooms();
    const auto room =
        std::find_if(all.cbegin(), all.cend(), [&](const RoomStatus &r) { return r.room.id == roomId; });
    if (room == all.cend())
        return core::Status::failure(tr("There is no room %1.").arg(roomId));
    if (!room->experts.isEmpty())
        return core::Status::failure(tr("Experts %1 are seated in room %2; seat them in another room first.")
                                         .arg(room->experts.join(QStringLiteral(", ")), roomId));
    const bool inUse = m_venues.roomInUse(roomId);
    const core::Status done = m_database.transaction([&]() -> core::Status {
        if (core::Status changed =
                inUse ? m_venues.setRoomRetired(roomId, true) : m_venues.deleteRoom(roomId);
            !changed)
            return changed;
        return store::AuditLog(m_database)
            .append(admin.account.username,
                    inUse ? QStringLiteral("room.retire") : QStringLiteral("room.delete"), roomId);
    });
    if (!done)
        return done;
    return inUse ? Removal::Retired : Removal::Deleted;
}

} // namespace administration
