#include "command.h"

#include "administration/expertadministration.h"
#include "core/idnumber.h"
#include "roster/rosterparser.h"
#include "routing/drawservice.h"
#include "store/database.h"
#include "store/expertrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QStringDecoder>

namespace admin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("admin", text);
}

// Good rows are imported in one transaction; bad rows are reported with their line and reason.
int importExperts(QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printError(tr("Name one experts CSV file."));
        return UsageError;
    }
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return Failed;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(file.readAll());
    if (utf8.hasError()) {
        printError(
            tr("%1 is not UTF-8 text. Save the list as CSV UTF-8 and import it again.").arg(file.fileName()));
        return Failed;
    }
    if (const QString fileError = roster::parseExperts(text).fileError; !fileError.isEmpty()) {
        printError(fileError); // before a data folder is made for nothing
        return Failed;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::IfMissing);
    if (!station)
        return Failed;
    const auto parsed = station->services().expertAdministration().importCsv(
        commandLineSession(core::Role::VenueAdmin), text);
    if (!parsed) {
        printError(parsed.error());
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rejected;
        for (const roster::RejectedRow &row : parsed->rejected)
            rejected << QJsonObject{{QStringLiteral("line"), row.line},
                                    {QStringLiteral("reason"), row.reason}};
        printJson({{QStringLiteral("imported"), parsed->imported}, {QStringLiteral("rejected"), rejected}});
    } else {
        printLine(tr("Imported %1 experts.").arg(parsed->imported));
        for (const roster::RejectedRow &row : parsed->rejected)
            printLine(tr("  line %1 rejected: %2").arg(row.line).arg(row.reason));
    }
    return Ok;
}

int simulateDraw(QCommandLineParser &parser)
{
    const QString acceptanceNo = parser.value(QStringLiteral("case"));
    bool ok = false;
    const int runs = parser.value(QStringLiteral("runs")).toInt(&ok);
    if (acceptanceNo.isEmpty() || !ok || runs < 1 || runs > 10'000'000) {
        printError(tr("Give --case ACCEPTANCE_NO and --runs N (1 to 10,000,000)."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    const routing::Simulation simulation = station->services().draws().simulate(acceptanceNo, runs);
    if (!simulation.error.isEmpty()) {
        printError(simulation.error);
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(simulation.toJson());
        return Ok;
    }
    printLine(tr("%1 draws for case %2, recorded nowhere:").arg(simulation.runs).arg(acceptanceNo));
    for (auto it = simulation.counts.cbegin(); it != simulation.counts.cend(); ++it)
        printLine(
            tr("  %1: examiner %2 times, reviewer %3 times").arg(it.key()).arg(it->exam).arg(it->review));
    for (const routing::Exclusion &exclusion : simulation.excluded)
        printLine(tr("  %1 excluded: %2").arg(exclusion.expertId, exclusion.reason));
    printLine(tr("  the same expert twice in one panel: %1").arg(simulation.sameExpertTwice));
    return Ok;
}

int makeDraw(QCommandLineParser &parser)
{
    const QString acceptanceNo = parser.value(QStringLiteral("case"));
    if (acceptanceNo.isEmpty()) {
        printError(tr("Give --case ACCEPTANCE_NO."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    routing::DrawService &draws = station->services().draws();
    const accounts::Session session = commandLineSession(core::Role::VenueAdmin);
    const QString reason = parser.value(QStringLiteral("redraw"));
    const auto drawn = parser.isSet(QStringLiteral("redraw")) ? draws.redraw(session, acceptanceNo, reason)
                                                              : draws.draw(session, acceptanceNo);
    if (!drawn) {
        printError(drawn.error());
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = drawn->result.toJson();
        json.insert(QStringLiteral("draw"), drawn->id);
        json.insert(QStringLiteral("case"), acceptanceNo);
        printJson(json);
    } else {
        printLine(tr("Case %1: examiners %2, reviewer %3 (draw %4).")
                      .arg(acceptanceNo, drawn->result.examiners.join(QStringLiteral(", ")),
                           drawn->result.reviewer, drawn->id));
    }
    return Ok;
}

int declareConflict(QCommandLineParser &parser)
{
    const QString expert = parser.value(QStringLiteral("expert"));
    const QString employer = parser.value(QStringLiteral("employer"));
    const QString idNumber = parser.value(QStringLiteral("id-number"));
    if (expert.isEmpty() || employer.isEmpty() == idNumber.isEmpty()) {
        printError(tr("Give --expert E and either --employer NAME or --id-number X."));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    routing::Conflict conflict;
    conflict.expertId = expert;
    conflict.note = parser.value(QStringLiteral("note"));
    if (!employer.isEmpty()) {
        conflict.kind = routing::Conflict::Kind::Employer;
        conflict.subject = employer.trimmed();
    } else {
        const core::IdCheck check = core::checkIdNumber(idNumber, clock.today());
        if (!check.valid) {
            printError(check.error);
            return Failed;
        }
        conflict.kind = routing::Conflict::Kind::Person;
        conflict.subject = station->database().sealer().idIndex(check.normalized);
    }
    const core::Status added =
        station->services().draws().addConflict(commandLineSession(core::Role::VenueAdmin), conflict);
    if (!added) {
        printError(added.error());
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("expert"), expert},
                   {QStringLiteral("kind"),
                    employer.isEmpty() ? QStringLiteral("person") : QStringLiteral("employer")}});
    else
        printLine(tr("Recorded: expert %1 is excluded from the draws it concerns.").arg(expert));
    return Ok;
}

} // namespace

QList<Command> routingCommands()
{
    return {
        {QStringLiteral("experts"), QStringLiteral("import"),
         tr("Import an experts CSV (expert_id,name,specialties,employer,title,on_duty); bad rows are "
            "reported by line."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
             parser.addPositionalArgument(QStringLiteral("FILE"), tr("Experts CSV (UTF-8, header row)."));
         },
         importExperts},
        {QStringLiteral("experts"), QStringLiteral("conflict"),
         tr("Declare an expert's conflict of interest with an employer or a person; the draw excludes the "
            "expert from their cases."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption({QStringLiteral("expert"), tr("The expert's id."), QStringLiteral("E")});
             parser.addOption({QStringLiteral("employer"), tr("The employer the conflict is with."),
                               QStringLiteral("NAME")});
             parser.addOption({QStringLiteral("id-number"),
                               tr("The person the conflict is with (stored only as a keyed hash)."),
                               QStringLiteral("X")});
             parser.addOption({QStringLiteral("note"), tr("Why, for the record."), QStringLiteral("TEXT")});
             parser.addOption(jsonOption());
         },
         declareConflict},
        {QStringLiteral("draw"), QStringLiteral("simulate"),
         tr("Run the real expert draw for a case N times without recording it, and count who was drawn."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption({QStringLiteral("case"), tr("The case's acceptance number."),
                               QStringLiteral("ACCEPTANCE_NO")});
             parser.addOption({QStringLiteral("runs"), tr("How many draws."), QStringLiteral("N")});
             parser.addOption(jsonOption());
         },
         simulateDraw},
        {QStringLiteral("draw"), QStringLiteral("make"),
         tr("Draw and record the experts of a case; --redraw REASON replaces the current draw (both "
            "stay on record)."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption({QStringLiteral("case"), tr("The case's acceptance number."),
                               QStringLiteral("ACCEPTANCE_NO")});
             parser.addOption({QStringLiteral("redraw"), tr("Replace the current draw, for this reason."),
                               QStringLiteral("REASON")});
             parser.addOption(jsonOption());
         },
         makeDraw},
    };
}

} // namespace admin
