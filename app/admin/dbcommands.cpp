#include "command.h"

#include "store/database.h"
#include "store/incrementalchecks.h"
#include "store/integritycheck.h"
#include "store/outbox.h"

#include <QFile>

#include <QFileInfo>
#include <QJsonObject>

namespace admin {

namespace {

int checkDatabase(QCommandLineParser &parser)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString path = store::databasePath(dataDirFrom(parser));
    auto fail = [&](const QString &message) {
        if (json)
            printJson({{QStringLiteral("path"), path},
                       {QStringLiteral("healthy"), false},
                       {QStringLiteral("quick_check"), QString()},
                       {QStringLiteral("error"), message}});
        else
            printError(message);
        return Failed;
    };
    // Checking must never create a database where there was none.
    if (!QFileInfo::exists(path))
        return fail(QCoreApplication::translate("admin", "There is no station database at %1.").arg(path));

    core::SystemClock clock;
    const auto opened = openStation(dataDirFrom(parser), clock, Create::Never);
    if (!opened)
        return fail(QCoreApplication::translate("admin", "The station database could not be opened."));
    store::Database &db = *opened;
    // Without --full: counts that do not scan a year of rows, and the result of the last
    // background quick_check (run after each login; a failure leaves its marker file).
    const bool full = parser.isSet(QStringLiteral("full"));
    store::HealthReport health;
    if (full) {
        health = db.health();
    } else {
        health.schemaVersion = db.schemaVersion();
        QFile marker(store::IntegrityCheck::failureMarker(path));
        health.quickCheck =
            marker.open(QIODevice::ReadOnly) ? QString::fromUtf8(marker.readAll()) : QStringLiteral("ok");
    }
    const store::OutboxCounts outbox = store::Outbox(db).counts();
    const auto counts = full ? db.rowCounts() : store::rowCountsCheaply(db);
    if (json) {
        QJsonObject rows;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            rows.insert(it.key(), it.value());
        printJson({{QStringLiteral("path"), path},
                   {QStringLiteral("schema_version"), health.schemaVersion},
                   {QStringLiteral("quick_check"), health.quickCheck},
                   {QStringLiteral("healthy"), health.healthy()},
                   {QStringLiteral("journal_mode"), db.pragma(QStringLiteral("journal_mode"))},
                   {QStringLiteral("rows"), rows},
                   {QStringLiteral("outbox_total"), outbox.total},
                   {QStringLiteral("outbox_pending"), outbox.pending},
                   {QStringLiteral("outbox_quarantined"), outbox.quarantined},
                   {QStringLiteral("full"), full}});
    } else {
        printLine(QCoreApplication::translate("admin", "database: %1\nschema version: %2\nquick_check: %3")
                      .arg(path)
                      .arg(health.schemaVersion)
                      .arg(health.quickCheck));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            printLine(QStringLiteral("  %1: %2").arg(it.key()).arg(it.value()));
        printLine(QCoreApplication::translate("admin", "outbox: %1 total, %2 pending, %3 quarantined")
                      .arg(outbox.total)
                      .arg(outbox.pending)
                      .arg(outbox.quarantined));
    }
    return health.healthy() ? Ok : Failed;
}

} // namespace

QList<Command> dbCommands()
{
    return {
        {QStringLiteral("db"), QStringLiteral("check"),
         QCoreApplication::translate("admin", "Check the station database: schema, integrity, row and outbox "
                                              "counts. Exit 1 when damaged. Without --full, from counts that "
                                              "do not grow with history and the last background integrity "
                                              "check (after each login)."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
             parser.addOption({QStringLiteral("full"),
                               QCoreApplication::translate("admin", "Run SQLite's quick_check now and count "
                                                                    "every row.")});
         },
         checkDatabase}};
}

} // namespace admin
