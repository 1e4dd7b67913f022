#include "command.h"

#include "administration/expertadministration.h"
#include "administration/venueadministration.h"
#include "store/database.h"

#include <QJsonArray>

namespace admin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("admin", text);
}

accounts::Session adminSession()
{
    return commandLineSession(core::Role::VenueAdmin);
}

// "a;b" into specialties; an unknown key is reported with the known ones.
core::Result<QList<core::Specialty>> specialtiesFrom(const QString &text)
{
    QList<core::Specialty> specialties;
    for (const QString &key : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const auto specialty = core::specialtyFromKey(key.trimmed());
        if (!specialty)
            return core::Status::failure(
                tr("Unknown specialty \"%1\"; use neurology, orthopaedics, ophthalmology_ent, surgery or "
                   "occupational, separated by ;.")
                    .arg(key.trimmed()));
        specialties << *specialty;
    }
    return specialties;
}

QJsonArray specialtiesJson(const QList<core::Specialty> &specialties)
{
    QJsonArray keys;
    for (core::Specialty specialty : specialties)
        keys << core::toKey(specialty);
    return keys;
}

int setupVenue(QCommandLineParser &parser)
{
    const QString id = parser.value(QStringLiteral("id"));
    const QString name = parser.value(QStringLiteral("name"));
    if (id.isEmpty() || name.isEmpty()) {
        printError(tr("Give --id ID and --name NAME."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::IfMissing);
    if (!station)
        return Failed;
    administration::VenueAdministration &venues = station->services().venueAdministration();
    administration::VenueDetails details{id, name, {}, {}, {}};
    // Options not given keep what an earlier setup stored.
    if (const auto current = venues.venue(); current && current->id == id)
        details = *current;
    details.name = name;
    for (const auto &[option, field] : {std::pair{QStringLiteral("committee"), &details.committee},
                                        std::pair{QStringLiteral("address"), &details.address},
                                        std::pair{QStringLiteral("phone"), &details.phone}})
        if (parser.isSet(option))
            *field = parser.value(option);
    if (const core::Status done = venues.setupVenue(adminSession(), details); !done) {
        printError(done.error());
        return Failed;
    }
    if (parser.isSet(jsonOption()))
        printJson({{QStringLiteral("venue"), id}});
    else
        printLine(tr("Venue %1 (%2) is set up.").arg(id, name));
    return Ok;
}

int addRoom(QCommandLineParser &parser)
{
    const QString id = parser.value(QStringLiteral("id"));
    const QString name = parser.value(QStringLiteral("name"));
    if (id.isEmpty() || name.isEmpty()) {
        printError(tr("Give --id ROOM and --name NAME."));
        return UsageError;
    }
    const auto specialties = specialtiesFrom(parser.value(QStringLiteral("specialties")));
    if (!specialties) {
        printError(specialties.error());
        return Failed;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::IfMissing);
    if (!station)
        return Failed;
    const core::Status saved =
        station->services().venueAdministration().saveRoom(adminSession(), {id, name, specialties.value()});
    if (!saved) {
        printError(saved.error());
        return Failed;
    }
    if (parser.isSet(jsonOption()))
        printJson({{QStringLiteral("room"), id}});
    else
        printLine(tr("Room %1 (%2) saved.").arg(id, name));
    return Ok;
}

int listRooms(QCommandLineParser &parser)
{
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::IfMissing);
    if (!station)
        return Failed;
    const QList<administration::RoomStatus> rooms = station->services().venueAdministration().rooms();
    if (parser.isSet(jsonOption())) {
        QJsonArray list;
        for (const administration::RoomStatus &room : rooms)
            list << QJsonObject{{QStringLiteral("id"), room.room.id},
                                {QStringLiteral("name"), room.room.name},
                                {QStringLiteral("specialties"), specialtiesJson(room.room.specialties)},
                                {QStringLiteral("experts"), QJsonArray::fromStringList(room.experts)},
                                {QStringLiteral("paused"), !room.pausedReason.isEmpty()},
                                {QStringLiteral("paused_reason"), room.pausedReason},
                                {QStringLiteral("retired"), room.retired}};
        printJson({{QStringLiteral("rooms"), list}});
        return Ok;
    }
    if (rooms.isEmpty())
        printLine(tr("No rooms yet: appraisal-admin room add --id R1 --name NAME."));
    for (const administration::RoomStatus &room : rooms) {
        QStringList specialties;
        for (core::Specialty specialty : room.room.specialties)
            specialties << core::toKey(specialty);
        QString state;
        if (room.retired)
            state = tr(" (retired)");
        else if (!room.pausedReason.isEmpty())
            state = tr(" (paused: %1)").arg(room.pausedReason);
        printLine(tr("%1  %2  [%3]  experts: %4%5")
                      .arg(room.room.id, room.room.name, specialties.join(QLatin1Char(';')),
                           room.experts.isEmpty() ? tr("none") : room.experts.join(QStringLiteral(", ")),
                           state));
    }
    return Ok;
}

int seatExpert(QCommandLineParser &parser)
{
    const QString room = parser.value(QStringLiteral("room"));
    const QString expert = parser.value(QStringLiteral("expert"));
    if (room.isEmpty() || expert.isEmpty()) {
        printError(tr("Give --room R and --expert E."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    if (const core::Status seated =
            station->services().expertAdministration().seat(adminSession(), expert, room);
        !seated) {
        printError(seated.error());
        return Failed;
    }
    if (parser.isSet(jsonOption()))
        printJson({{QStringLiteral("room"), room}, {QStringLiteral("expert"), expert}});
    else
        printLine(tr("Expert %1 sits in room %2 today.").arg(expert, room));
    return Ok;
}

int setLane(QCommandLineParser &parser)
{
    const QString key = parser.value(QStringLiteral("key"));
    const QString prefix = parser.value(QStringLiteral("prefix"));
    const QString name = parser.value(QStringLiteral("name"));
    if (key.isEmpty() || prefix.isEmpty() || name.isEmpty()) {
        printError(tr("Give --key K, --prefix P and --name N."));
        return UsageError;
    }
    core::Lane lane{key, prefix, name, 1};
    if (parser.isSet(QStringLiteral("ratio"))) {
        bool ok = false;
        lane.ratio = parser.value(QStringLiteral("ratio")).toInt(&ok);
        if (!ok) {
            printError(tr("--ratio takes a whole number from 1 to 10."));
            return UsageError;
        }
    }
    lane.strict = parser.isSet(QStringLiteral("strict"));
    lane.colour = parser.value(QStringLiteral("colour"));
    lane.resetTime = parser.value(QStringLiteral("reset-time"));
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::IfMissing);
    if (!station)
        return Failed;
    if (const core::Status saved = station->services().venueAdministration().setLane(adminSession(), lane);
        !saved) {
        printError(saved.error());
        return Failed;
    }
    if (parser.isSet(jsonOption()))
        printJson({{QStringLiteral("lane"), key}});
    else
        printLine(tr("Lane %1 (%2, prefix %3) saved.").arg(key, name, lane.prefix.toUpper()));
    return Ok;
}

int listLanes(QCommandLineParser &parser)
{
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::IfMissing);
    if (!station)
        return Failed;
    const QList<core::Lane> lanes = station->services().venueAdministration().lanes();
    const QString venueReset = station->services().settings().value(store::settings::QueueResetTime);
    // A lane's reset time: its own, or the venue's day (own_reset_time false).
    const auto resetOf = [&](const core::Lane &lane) {
        return lane.resetTime.isEmpty() ? venueReset : lane.resetTime;
    };
    if (parser.isSet(jsonOption())) {
        QJsonArray list;
        for (const core::Lane &lane : lanes)
            list << QJsonObject{{QStringLiteral("key"), lane.key},
                                {QStringLiteral("prefix"), lane.prefix},
                                {QStringLiteral("name"), lane.name},
                                {QStringLiteral("ratio"), lane.ratio},
                                {QStringLiteral("strict"), lane.strict},
                                {QStringLiteral("colour"), lane.colour},
                                {QStringLiteral("retired"), lane.retired},
                                {QStringLiteral("reset_time"), resetOf(lane)},
                                {QStringLiteral("own_reset_time"), !lane.resetTime.isEmpty()}};
        printJson({{QStringLiteral("lanes"), list}});
        return Ok;
    }
    for (const core::Lane &lane : lanes)
        printLine(tr("%1  %2  %3  %4  numbers from 1 at %5%6")
                      .arg(lane.key, lane.prefix, lane.name,
                           lane.strict ? tr("strict priority") : tr("ratio %1").arg(lane.ratio),
                           resetOf(lane), lane.retired ? tr(" (retired)") : QString()));
    printLine(tr("The venue's day starts at %1 (setting queue.reset_time); a lane with a reset time of its "
                 "own (lane set --reset-time) starts its numbers again at that time too.")
                  .arg(venueReset));
    return Ok;
}

} // namespace

QList<Command> venueAdminCommands()
{
    return {
        {QStringLiteral("venue"), QStringLiteral("setup"),
         tr("Set up this station's venue (or update its details); creates lanes A and G when none exist."),
         [](QCommandLineParser &parser) {
             parser.addOption({QStringLiteral("id"), tr("Venue id (cannot change once the venue has cases)."),
                               QStringLiteral("ID")});
             parser.addOption({QStringLiteral("name"), tr("Venue name."), QStringLiteral("NAME")});
             parser.addOption({QStringLiteral("committee"), tr("Appraisal committee printed on conclusions."),
                               QStringLiteral("C")});
             parser.addOption(
                 {QStringLiteral("address"), tr("Address printed on notices."), QStringLiteral("A")});
             parser.addOption(
                 {QStringLiteral("phone"), tr("Enquiry phone printed on notices."), QStringLiteral("P")});
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
         },
         setupVenue},
        {QStringLiteral("room"), QStringLiteral("add"),
         tr("Add an exam room, or change its name and specialties."),
         [](QCommandLineParser &parser) {
             parser.addOption({QStringLiteral("id"), tr("Room id, for example R1."), QStringLiteral("R")});
             parser.addOption(
                 {QStringLiteral("name"), tr("Room name shown on the hall display."), QStringLiteral("N")});
             parser.addOption({QStringLiteral("specialties"),
                               tr("Specialties examined there, separated by ; (neurology;orthopaedics)."),
                               QStringLiteral("a;b")});
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
         },
         addRoom},
        {QStringLiteral("room"), QStringLiteral("list"),
         tr("List the rooms with the experts seated in them."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
         },
         listRooms},
        {QStringLiteral("room"), QStringLiteral("seat"),
         tr("Seat an expert in a room for today (an expert sits in one room at a time)."),
         [](QCommandLineParser &parser) {
             parser.addOption({QStringLiteral("room"), tr("Room id."), QStringLiteral("R")});
             parser.addOption({QStringLiteral("expert"), tr("Expert id."), QStringLiteral("E")});
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
         },
         seatExpert},
        {QStringLiteral("lane"), QStringLiteral("set"), tr("Add a queue lane or change one."),
         [](QCommandLineParser &parser) {
             parser.addOption(
                 {QStringLiteral("key"), tr("Lane key, for example normal or green."), QStringLiteral("K")});
             parser.addOption({QStringLiteral("prefix"),
                               tr("One letter that starts the lane's queue numbers."), QStringLiteral("P")});
             parser.addOption(
                 {QStringLiteral("name"), tr("Lane name shown on tickets."), QStringLiteral("N")});
             parser.addOption({QStringLiteral("ratio"),
                               tr("Calls per round among the lanes without strict "
                                  "priority (1 to 10, default 1)."),
                               QStringLiteral("N")});
             parser.addOption(
                 {QStringLiteral("strict"), tr("Strict priority: served before every other lane.")});
             parser.addOption({QStringLiteral("colour"), tr("Colour on the hall display, #RRGGBB."),
                               QStringLiteral("#RRGGBB")});
             parser.addOption({QStringLiteral("reset-time"),
                               tr("The lane's numbers start again at 1 at this time each day, HH:mm "
                                  "(default: with the venue's day, setting queue.reset_time)."),
                               QStringLiteral("HH:mm")});
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
         },
         setLane},
        {QStringLiteral("lane"), QStringLiteral("list"), tr("List the queue lanes."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
         },
         listLanes},
    };
}

} // namespace admin
