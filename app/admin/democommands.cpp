#include "command.h"

#include "demo/daysimulation.h"
#include "demo/demovenue.h"
#include "demo/samplematerials.h"
#include "store/database.h"

#include <QDate>
#include <QJsonArray>

namespace admin {

namespace {

int loadDemo(QCommandLineParser &parser)
{
    core::SystemClock clock;
    const QString path = store::databasePath(dataDirFrom(parser));
    const auto database = openStation(dataDirFrom(parser), clock, Create::IfMissing);
    if (!database)
        return Failed;
    const auto loaded = demo::DemoVenue::load(*database, clock.today());
    if (!loaded) {
        printError(loaded.error());
        return Failed;
    }
    const auto materials = demo::addSampleMaterials(*database, commandLineSession(core::Role::VenueAdmin));
    if (!materials) {
        printError(materials.error());
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("venue"), loaded->venueId},
                   {QStringLiteral("batch"), loaded->batchId},
                   {QStringLiteral("cases"), loaded->cases},
                   {QStringLiteral("experts"), loaded->experts},
                   {QStringLiteral("rooms"), loaded->rooms},
                   {QStringLiteral("accounts"), loaded->accounts},
                   {QStringLiteral("clauses"), loaded->clauses},
                   {QStringLiteral("materials"), materials.value()}});
    } else {
        printLine(QCoreApplication::translate("admin",
                                              "Demo venue %1 loaded into %2: batch %3 with %4 cases, %5 "
                                              "experts, %6 rooms, %7 accounts.")
                      .arg(loaded->venueId, path, loaded->batchId)
                      .arg(loaded->cases)
                      .arg(loaded->experts)
                      .arg(loaded->rooms)
                      .arg(loaded->accounts));
    }
    return Ok;
}

int simulateDemoDay(QCommandLineParser &parser)
{
    bool ok = false;
    const int cases = parser.value(QStringLiteral("cases")).toInt(&ok);
    if (!ok || cases < 1) {
        printError(QCoreApplication::translate("admin", "Give --cases N (at least 1)."));
        return UsageError;
    }
    const QString until = parser.value(QStringLiteral("until"));
    if (until != QLatin1String("conclusion") && until != QLatin1String("review")) {
        printError(QCoreApplication::translate("admin", "--until takes conclusion or review, not \"%1\".")
                       .arg(until));
        return UsageError;
    }
    const demo::SimulationEnd end = until == QLatin1String("review") ? demo::SimulationEnd::AwaitingReview
                                                                     : demo::SimulationEnd::Concluded;
    core::SystemClock clock;
    const auto database = openStation(dataDirFrom(parser), clock, Create::IfMissing);
    if (!database)
        return Failed;
    // An empty station gets the demo venue first.
    if (database->setting(store::settings::VenueId).isEmpty()) {
        if (const auto loaded = demo::DemoVenue::load(*database, clock.today()); !loaded) {
            printError(loaded.error());
            return Failed;
        }
    }
    const auto simulated = demo::simulateDay(*database, cases, end);
    if (!simulated) {
        printError(simulated.error());
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(
            {{QStringLiteral("concluded"), QJsonArray::fromStringList(simulated->concluded)},
             {QStringLiteral("awaiting_review"), QJsonArray::fromStringList(simulated->awaitingReview)}});
    } else if (end == demo::SimulationEnd::AwaitingReview) {
        printLine(QCoreApplication::translate("admin", "%1 cases wait for their reviewer: %2")
                      .arg(simulated->awaitingReview.size())
                      .arg(simulated->awaitingReview.join(QStringLiteral(", "))));
    } else {
        printLine(QCoreApplication::translate("admin", "Concluded %1 cases: %2")
                      .arg(simulated->concluded.size())
                      .arg(simulated->concluded.join(QStringLiteral(", "))));
    }
    for (const QString &skipped : simulated->skipped)
        printError(QCoreApplication::translate("admin", "Skipped %1").arg(skipped));
    return Ok;
}

} // namespace

QList<Command> demoCommands()
{
    return {{QStringLiteral("demo"), QStringLiteral("load"),
             QCoreApplication::translate("admin", "Load the synthetic demo venue with a batch for today."),
             [](QCommandLineParser &parser) {
                 parser.addOption(dataDirOption());
                 parser.addOption(jsonOption());
             },
             loadDemo},
            {QStringLiteral("demo"), QStringLiteral("simulate"),
             QCoreApplication::translate(
                 "admin", "Run a venue day through the real services: check-in, draw, two "
                          "examinations with findings and clauses, signatures, review, conclusion."),
             [](QCommandLineParser &parser) {
                 parser.addOption(dataDirOption());
                 parser.addOption({QStringLiteral("cases"),
                                   QCoreApplication::translate("admin", "How many cases to conclude."),
                                   QStringLiteral("N")});
                 parser.addOption(
                     {QStringLiteral("until"),
                      QCoreApplication::translate(
                          "admin", "Where each case stops: conclusion (the default), or review "
                                   "(both opinions submitted, the case waits for its reviewer)."),
                      QStringLiteral("conclusion|review"), QStringLiteral("conclusion")});
                 parser.addOption(jsonOption());
             },
             simulateDemoDay}};
}

} // namespace admin
