#include "command.h"

#include "administration/walkinadministration.h"
#include "store/database.h"

#include <QJsonArray>

namespace admin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("admin", text);
}

QJsonObject settingJson(const station::StationSettings &settings, const store::SettingSpec &spec)
{
    QJsonObject json{{QStringLiteral("key"), spec.name()},
                     {QStringLiteral("value"), settings.value(spec)},
                     {QStringLiteral("default"), spec.fallback()},
                     {QStringLiteral("type"), store::SettingsRegistry::typeName(spec.type)},
                     {QStringLiteral("allowed"), store::SettingsRegistry::allowedValues(spec)},
                     {QStringLiteral("changed_by"), spec.writer == store::SettingWriter::VenueAdmin
                                                        ? QStringLiteral("venue_admin")
                                                        : QStringLiteral("system")},
                     {QStringLiteral("synced"), spec.synced},
                     {QStringLiteral("description"), store::SettingsRegistry::description(spec)}};
    return json;
}

// settings list | get KEY | set KEY VALUE
int settingsCommand(QCommandLineParser &parser, const QString &action)
{
    const QStringList args = parser.positionalArguments();
    const int expected = action == QLatin1String("list") ? 0 : action == QLatin1String("get") ? 1 : 2;
    if (args.size() != expected) {
        printError(action == QLatin1String("list") ? tr("settings list takes no arguments.")
                   : action == QLatin1String("get")
                       ? tr("Give the setting's key: settings get KEY.")
                       : tr("Give the key and the value: settings set KEY VALUE."));
        return UsageError;
    }
    const store::SettingSpec *spec = nullptr;
    if (expected > 0) {
        spec = store::SettingsRegistry::find(args.first());
        if (!spec) {
            printError(store::SettingsRegistry::unknownKey(args.first()));
            return UsageError;
        }
    }
    if (spec && expected == 2) {
        // Checked before the database is opened, so a typo never creates an installation.
        if (const QString problem = store::SettingsRegistry::problem(*spec, args.at(1)); !problem.isEmpty()) {
            printError(problem);
            return Failed;
        }
        if (spec->writer != store::SettingWriter::VenueAdmin) {
            printError(
                tr("%1 is set by the product itself (venue setup, roster import, enrolment), not by hand.")
                    .arg(spec->name()));
            return Failed;
        }
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::IfMissing);
    if (!station)
        return Failed;
    const bool json = parser.isSet(jsonOption());
    if (action == QLatin1String("list")) {
        QJsonArray list;
        for (const store::SettingSpec *each : store::SettingsRegistry::all()) {
            if (json)
                list << settingJson(station->services().settings(), *each);
            else
                printLine(
                    QStringLiteral("%1 = %2").arg(each->name(), station->services().settings().value(*each)));
        }
        if (json)
            printJson({{QStringLiteral("settings"), list}});
        return Ok;
    }
    if (action == QLatin1String("set")) {
        const accounts::Session session = commandLineSession(core::Role::VenueAdmin);
        if (const core::Status set =
                station->services().settings().change(*spec, args.at(1), session.account.username);
            !set) {
            printError(set.error());
            return Failed;
        }
    }
    if (json)
        printJson(settingJson(station->services().settings(), *spec));
    else
        printLine(station->services().settings().value(*spec));
    return Ok;
}

Command settingsAction(const QString &action, const QString &summary, const QStringList &positional)
{
    return {QStringLiteral("settings"), action, summary,
            [positional](QCommandLineParser &parser) {
                for (const QString &name : positional)
                    parser.addPositionalArgument(name, name == QLatin1String("KEY")
                                                           ? tr("A key from settings list.")
                                                           : tr("The new value (settings list --json names "
                                                                "what is allowed)."));
                parser.addOption(dataDirOption());
                parser.addOption(jsonOption());
            },
            [action](QCommandLineParser &parser) {
                return settingsCommand(parser, action);
            }};
}

QJsonObject walkInJson(const administration::WalkInRow &row)
{
    return {{QStringLiteral("id"), row.id},
            {QStringLiteral("state"), administration::toKey(row.state)},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("id_number"), row.maskedIdNumber},
            {QStringLiteral("note"), row.requestNote},
            {QStringLiteral("requested_at"), row.requestedAt.toString(Qt::ISODate)},
            {QStringLiteral("requested_by"), row.requestedBy},
            {QStringLiteral("decided_by"), row.decidedBy},
            {QStringLiteral("reason"), row.decisionReason},
            {QStringLiteral("case"), row.acceptanceNo}};
}

int walkInCommand(QCommandLineParser &parser, const QString &action)
{
    const QStringList args = parser.positionalArguments();
    if (action != QLatin1String("list") && args.size() != 1) {
        printError(tr("Give the walk-in's id (from walkin list)."));
        return UsageError;
    }
    const QString reason = parser.value(QStringLiteral("reason"));
    if (action == QLatin1String("refuse") && reason.trimmed().isEmpty()) {
        printError(tr("Give --reason R: it is kept with the decision and the desk shows it."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    administration::WalkInAdministration &walkIns = station->services().walkInAdministration();
    const accounts::Session session = commandLineSession(core::Role::VenueAdmin);
    const bool json = parser.isSet(jsonOption());
    if (action == QLatin1String("list")) {
        const auto rows = walkIns.list(session, parser.isSet(QStringLiteral("pending")));
        if (!rows) {
            printError(rows.error());
            return Failed;
        }
        QJsonArray list;
        for (const administration::WalkInRow &row : rows.value()) {
            if (json)
                list << walkInJson(row);
            else
                printLine(tr("%1  %2  %3 %4  %5%6")
                              .arg(row.id, administration::toKey(row.state), row.name, row.maskedIdNumber,
                                   row.requestNote,
                                   row.decisionReason.isEmpty() ? QString()
                                                                : tr("  → %1").arg(row.decisionReason)));
        }
        if (json)
            printJson({{QStringLiteral("walkins"), list}});
        else if (rows->isEmpty())
            printLine(tr("No walk-ins."));
        return Ok;
    }
    if (action == QLatin1String("approve")) {
        administration::WalkInCase details;
        if (parser.isSet(QStringLiteral("specialty"))) {
            const auto specialty = core::specialtyFromKey(parser.value(QStringLiteral("specialty")));
            if (!specialty) {
                printError(tr("Unknown specialty; use neurology, orthopaedics, ophthalmology_ent, surgery or "
                              "occupational."));
                return UsageError;
            }
            details.specialty = *specialty;
        }
        if (parser.isSet(QStringLiteral("type"))) {
            const auto type = core::appraisalTypeFromKey(parser.value(QStringLiteral("type")));
            if (!type) {
                printError(
                    tr("Unknown appraisal type; use work_injury, occupational_disease, illness, review "
                       "or reappraisal."));
                return UsageError;
            }
            details.type = *type;
        }
        if (parser.isSet(QStringLiteral("lane")))
            details.lane = parser.value(QStringLiteral("lane"));
        details.employer = parser.value(QStringLiteral("employer"));
        const auto approved = walkIns.approve(session, args.first(), reason, details);
        if (!approved) {
            printError(approved.error());
            return Failed;
        }
        if (json)
            printJson({{QStringLiteral("walkin"), args.first()}, {QStringLiteral("case"), approved.value()}});
        else
            printLine(
                tr("Walk-in %1 approved: case %2 is on today's roster.").arg(args.first(), approved.value()));
        return Ok;
    }
    if (const core::Status refused = walkIns.refuse(session, args.first(), reason); !refused) {
        printError(refused.error());
        return Failed;
    }
    if (json)
        printJson(
            {{QStringLiteral("walkin"), args.first()}, {QStringLiteral("state"), QStringLiteral("refused")}});
    else
        printLine(tr("Walk-in %1 refused.").arg(args.first()));
    return Ok;
}

} // namespace

QList<Command> settingsCommands()
{
    return {
        settingsAction(QStringLiteral("list"), tr("List every setting with its value."), {}),
        settingsAction(QStringLiteral("get"), tr("Show one setting."), {QStringLiteral("KEY")}),
        settingsAction(QStringLiteral("set"),
                       tr("Change a setting; an unknown key or a value outside the allowed ones is refused."),
                       {QStringLiteral("KEY"), QStringLiteral("VALUE")}),
        {QStringLiteral("walkin"), QStringLiteral("list"), tr("List walk-in requests and their decisions."),
         [](QCommandLineParser &parser) {
             parser.addOption({QStringLiteral("pending"), tr("Only those waiting for a decision.")});
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
         },
         [](QCommandLineParser &parser) {
             return walkInCommand(parser, QStringLiteral("list"));
         }},
        {QStringLiteral("walkin"), QStringLiteral("approve"),
         tr("Approve a walk-in: the person joins today's batch as a new case."),
         [](QCommandLineParser &parser) {
             parser.addPositionalArgument(QStringLiteral("ID"), tr("The walk-in's id."));
             parser.addOption({QStringLiteral("reason"),
                               tr("Why the person is appraised today (default: the desk's note)."),
                               QStringLiteral("R")});
             parser.addOption({QStringLiteral("specialty"),
                               tr("Specialty of the case (default orthopaedics)."), QStringLiteral("S")});
             parser.addOption(
                 {QStringLiteral("type"), tr("Appraisal type (default work_injury)."), QStringLiteral("T")});
             parser.addOption(
                 {QStringLiteral("lane"), tr("Queue lane (default normal)."), QStringLiteral("K")});
             parser.addOption(
                 {QStringLiteral("employer"), tr("The person's employer."), QStringLiteral("NAME")});
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
         },
         [](QCommandLineParser &parser) {
             return walkInCommand(parser, QStringLiteral("approve"));
         }},
        {QStringLiteral("walkin"), QStringLiteral("refuse"),
         tr("Refuse a walk-in with a reason the desk shows."),
         [](QCommandLineParser &parser) {
             parser.addPositionalArgument(QStringLiteral("ID"), tr("The walk-in's id."));
             parser.addOption({QStringLiteral("reason"), tr("Why the person is not appraised today."),
                               QStringLiteral("R")});
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
         },
         [](QCommandLineParser &parser) {
             return walkInCommand(parser, QStringLiteral("refuse"));
         }},
    };
}

} // namespace admin
