#include "command.h"

#include "store/retention.h"

#include <QJsonArray>

namespace admin {

namespace {

int runRetention(QCommandLineParser &parser)
{
    core::SystemClock clock;
    const auto database = openStation(dataDirFrom(parser), clock, Create::Never);
    if (!database)
        return Failed;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    store::Retention retention(*database);
    const auto report = retention.run(dryRun, QStringLiteral("appraisal-admin"));
    if (!report) {
        printError(report.error());
        return Failed;
    }
    const int strayFiles = dryRun ? 0 : retention.removeUnreferencedFiles();
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("dry_run"), dryRun},
                   {QStringLiteral("archive_after_days"), report->archiveAfterDays},
                   {QStringLiteral("archived"), QJsonArray::fromStringList(report->cases)},
                   {QStringLiteral("material_rows"), report->materialRows},
                   {QStringLiteral("material_files_removed"), report->materialFilesRemoved + strayFiles},
                   {QStringLiteral("outbox_rows_removed"), report->outboxRowsRemoved}});
    } else if (report->archiveAfterDays <= 0) {
        printLine(QCoreApplication::translate("admin",
                                              "Retention is off (setting retention.archive_after_days is 0); "
                                              "nothing was archived."));
    } else {
        printLine((dryRun ? QCoreApplication::translate("admin", "%n case(s) would be archived.", nullptr,
                                                        int(report->cases.size()))
                          : QCoreApplication::translate("admin", "%n case(s) archived.", nullptr,
                                                        int(report->cases.size()))));
        for (const QString &acceptanceNo : report->cases)
            printLine(QStringLiteral("  ") + acceptanceNo);
    }
    return Ok;
}

} // namespace

QList<Command> retentionCommands()
{
    return {
        {QStringLiteral("retention"), QStringLiteral("run"),
         QCoreApplication::translate(
             "admin", "Archive the cases that are concluded, delivered at least retention.archive_after_days "
                      "days ago and confirmed by the central server: their material files and personal data "
                      "leave this station, their confirmed outbox rows are pruned (audited)."),
         [](QCommandLineParser &parser) {
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
             parser.addOption(
                 QCommandLineOption(QStringLiteral("dry-run"),
                                    QCoreApplication::translate(
                                        "admin", "List the cases that would be archived; change nothing.")));
         },
         runRetention},
    };
}

} // namespace admin
