#include "command.h"

#include "health/gatherer.h"
#include "health/rules.h"
#include "store/database.h"

#include <QFileInfo>

namespace admin {

namespace {

// Exit codes of `health` (documented in --help and the README): the worst level.
int exitCodeFor(health::Level level)
{
    return level == health::Level::Ok ? 0 : level == health::Level::Warning ? 1 : 2;
}

// No station database to look at (never set up, or it cannot be opened): what can still be
// checked without it, and the database itself as critical.
health::Report withoutDatabase(const QString &dataDir, const QString &why)
{
    health::Facts facts;
    facts.now = QDateTime::currentDateTime();
    facts.diskFreeBytes =
        health::fileSystemFreeSpace()(QFileInfo::exists(dataDir) ? dataDir : QStringLiteral("/"))
            .value_or(-1);
    health::ProbePlan plan;
    plan.dataDir = dataDir;
    health::merge(facts, plan, health::probe(plan, facts.now));
    const health::Thresholds defaults;
    // No database, so no data key yet: the keychain counts only when it cannot be reached.
    health::Check keychain = health::Rules::keychain(facts);
    if (facts.keychain == crypto::KeyStore::Outcome::Missing)
        keychain = {keychain.name,
                    health::Level::Ok,
                    QCoreApplication::translate("admin", "no data key yet (there is no station database)"),
                    {}};
    return {{health::Rules::diskSpace(facts, defaults),
             {QString::fromLatin1(health::names::kDatabaseSize), health::Level::Critical, why,
              QCoreApplication::translate("admin", "Set the station up (first start of appraisal-station, or "
                                                   "appraisal-admin venue setup), or restore a backup.")},
             keychain}};
}

int runHealth(QCommandLineParser &parser)
{
    const QString dataDir = dataDirFrom(parser);
    core::SystemClock clock;
    health::Report report;
    if (!QFileInfo::exists(store::databasePath(dataDir))) {
        report = withoutDatabase(dataDir,
                                 QCoreApplication::translate("admin", "there is no station database at %1")
                                     .arg(store::databasePath(dataDir)));
    } else if (const auto database = openStation(dataDir, clock, Create::Never)) {
        report = health::evaluateNow(*database, dataDir, health::fileSystemFreeSpace());
    } else {
        report =
            withoutDatabase(dataDir, QCoreApplication::translate("admin", "the station database cannot be "
                                                                          "opened (see the message above)"));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(health::toJson(report));
    } else {
        printLine(QCoreApplication::translate("admin", "Station health: %1")
                      .arg(health::levelName(report.level())));
        for (const health::Check &check : report.checks) {
            printLine(QStringLiteral("%1  %2  %3: %4")
                          .arg(health::levelName(check.level), -9)
                          .arg(check.name, -16)
                          .arg(health::Rules::title(check.name), check.value));
            if (!check.advice.isEmpty())
                printLine(QStringLiteral("            → ") + check.advice);
        }
    }
    return exitCodeFor(report.level());
}

} // namespace

QList<Command> healthCommands()
{
    return {
        {QStringLiteral("health"), QString(),
         QCoreApplication::translate(
             "admin",
             "Check the station's health: free disk space, database and log size, last backup, "
             "upload lag and last sync error, set-aside records, venue hub, card reader, printers, "
             "clock, keychain and overdue cases.\n"
             "--json prints {\"level\":\"ok|warning|critical\",\"checks\":[{\"name\",\"level\",\"value\","
             "\"advice\"}]}.\n"
             "Exit code: 0 ok, 1 warning, 2 critical (the worst check). Thresholds: settings health.*."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
         },
         runHealth},
    };
}

} // namespace admin
