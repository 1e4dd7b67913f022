#include "command.h"

#include "demo/demovenue.h"
#include "store/database.h"

#include <QDate>

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
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("venue"), loaded->venueId},
                   {QStringLiteral("batch"), loaded->batchId},
                   {QStringLiteral("cases"), loaded->cases},
                   {QStringLiteral("experts"), loaded->experts},
                   {QStringLiteral("rooms"), loaded->rooms},
                   {QStringLiteral("accounts"), loaded->accounts},
                   {QStringLiteral("clauses"), loaded->clauses}});
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

} // namespace

QList<Command> demoCommands()
{
    return {{QStringLiteral("demo"), QStringLiteral("load"),
             QCoreApplication::translate("admin", "Load the synthetic demo venue with a batch for today."),
             [](QCommandLineParser &parser) {
                 parser.addOption(dataDirOption());
                 parser.addOption(jsonOption());
             },
             loadDemo}};
}

} // namespace admin
