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

// What one `backup create` wrote: the database copy and the material files new to the store.
QJsonObject createdJson(const store::BackupInfo &info)
{
    QJsonObject json = toJson(info);
    json.insert(QStringLiteral("materials_copied"), info.materialsCopied);
    json.insert(QStringLiteral("materials_bytes_copied"), info.materialBytesCopied);
    json.insert(QStringLiteral("materials_missing"), QJsonArray::fromStringList(info.materialsMissing));
    return json;
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
    if (!created->materialsMissing.isEmpty())
        printError(QCoreApplication::translate("admin",
                                               "%1 material files named by the database are missing from "
                                               "the data folder (for example %2); the backup does not "
                                               "have them. Restore them from an older backup.")
                       .arg(created->materialsMissing.size())
                       .arg(created->materialsMissing.first()));
    if (parser.isSet(QStringLiteral("json")))
        printJson(createdJson(created.value()));
    else
        printLine(QCoreApplication::translate("admin", "Backup written: %1 (%2 new material files, %3 MiB)")
                      .arg(created->path)
                      .arg(created->materialsCopied)
                      .arg(double(created->materialBytesCopied) / (1024 * 1024), 0, 'f', 1));
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
    const auto materials = store::Backups::verifyMaterials(*database);
    if (!materials) {
        printError(materials.error());
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
        printJson(
            {{QStringLiteral("restored"), file}, {QStringLiteral("materials_checked"), materials.value()}});
    else
        printLine(QCoreApplication::translate("admin", "Restored %1 into %2 (%3 material files checked).")
                      .arg(file, store::databasePath(dataDir))
                      .arg(materials.value()));
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
                                              "<data dir>/backups, and the material files not backed up yet "
                                              "into <data dir>/backups/materials."),
         declareCommon, createBackup},
        {QStringLiteral("backup"), QStringLiteral("list"),
         QCoreApplication::translate("admin", "List the backups, oldest first."), declareCommon, listBackups},
        {QStringLiteral("backup"), QStringLiteral("restore"),
         QCoreApplication::translate("admin",
                                     "Check a backup and its material files, then replace the station "
                                     "database with it (the station must be closed; the replaced files "
                                     "are kept)."),
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
