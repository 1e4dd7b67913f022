#include "command.h"

#include "store/auditlog.h"
#include "store/backup.h"

#include <QFileInfo>
#include <QJsonArray>

namespace admin {

namespace {

QJsonObject toJson(const store::BackupInfo &info)
{
    return {{QStringLiteral("file"), info.path},
            {QStringLiteral("taken_at"), info.takenAt.toString(Qt::ISODate)},
            {QStringLiteral("bytes"), info.bytes}};
}

int createBackup(QCommandLineParser &parser)
{
    const QString dataDir = dataDirFrom(parser);
    core::SystemClock clock;
    const auto database = openStation(dataDir, clock, Create::Never);
    if (!database)
        return Failed;
    const auto created = store::Backups(dataDir).create(*database, QStringLiteral("appraisal-admin"));
    if (!created) {
        printError(created.error());
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(toJson(created.value()));
    else
        printLine(QCoreApplication::translate("admin", "Backup written: %1").arg(created->path));
    return Ok;
}

int listBackups(QCommandLineParser &parser)
{
    const QList<store::BackupInfo> backups = store::Backups(dataDirFrom(parser)).list();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &backup : backups)
            array << toJson(backup);
        printJson({{QStringLiteral("backups"), array}});
    } else if (backups.isEmpty()) {
        printLine(QCoreApplication::translate("admin", "No backups yet."));
    } else {
        for (const auto &backup : backups)
            printLine(QStringLiteral("%1  %2  %3")
                          .arg(backup.takenAt.toString(Qt::ISODate), backup.path)
                          .arg(backup.bytes));
    }
    return Ok;
}

int restoreBackup(QCommandLineParser &parser)
{
    const QString dataDir = dataDirFrom(parser);
    store::Backups backups(dataDir);
    QString file;
    if (parser.isSet(QStringLiteral("latest"))) {
        const auto all = backups.list();
        if (all.isEmpty()) {
            printError(
                QCoreApplication::translate("admin", "There is no backup in %1.").arg(backups.folder()));
            return Failed;
        }
        file = all.last().path;
    } else if (parser.positionalArguments().size() == 1) {
        file = parser.positionalArguments().first();
    } else {
        printError(
            QCoreApplication::translate("admin", "Name the backup file to restore, or pass --latest."));
        return UsageError;
    }
    core::SystemClock clock;
    if (const core::Status restored = backups.restore(file, clock); !restored) {
        printError(restored.error());
        return Failed;
    }
    const auto database = openStation(dataDir, clock, Create::Never);
    if (!database)
        return Failed;
    if (!database->health().healthy()) {
        printError(QCoreApplication::translate("admin", "The restored database fails its check."));
        return Failed;
    }
    // The restored data stays in place; a restore the audit log cannot record fails the command,
    // so a script or the admin sees it.
    if (const core::Status audited = store::AuditLog(*database).append(
            QStringLiteral("appraisal-admin"), QStringLiteral("backup.restore"), QFileInfo(file).fileName());
        !audited) {
        printError(audited.error());
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("restored"), file}});
    else
        printLine(QCoreApplication::translate("admin", "Restored %1 into %2.")
                      .arg(file, store::databasePath(dataDir)));
    return Ok;
}

void declareCommon(QCommandLineParser &parser)
{
    parser.addOption(dataDirOption());
    parser.addOption(jsonOption());
}

} // namespace

QList<Command> backupCommands()
{
    return {
        {QStringLiteral("backup"), QStringLiteral("create"),
         QCoreApplication::translate("admin", "Write a consistent, checked copy of the station database into "
                                              "<data dir>/backups."),
         declareCommon, createBackup},
        {QStringLiteral("backup"), QStringLiteral("list"),
         QCoreApplication::translate("admin", "List the backups, oldest first."), declareCommon, listBackups},
        {QStringLiteral("backup"), QStringLiteral("restore"),
         QCoreApplication::translate("admin",
                                     "Check a backup, then replace the station database with it (the "
                                     "station must be closed; the replaced files are kept)."),
         [](QCommandLineParser &parser) {
             declareCommon(parser);
             parser.addPositionalArgument(QStringLiteral("FILE"),
                                          QCoreApplication::translate("admin", "Backup file to restore."));
             parser.addOption(
                 QCommandLineOption(QStringLiteral("latest"),
                                    QCoreApplication::translate("admin", "Restore the newest backup.")));
         },
         restoreBackup},
    };
}

} // namespace admin
