#include "command.h"

#include "store/auditlog.h"
#include "store/backup.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

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

// Checks backups without changing anything: a chunked copy's pieces against their names and the
// database they make with quick_check; a single-file copy with quick_check. The copies a station
// takes are not checked while it works (that would read the whole database every half hour).
int verifyBackups(QCommandLineParser &parser)
{
    const store::Backups backups(dataDirFrom(parser));
    QList<store::BackupInfo> chosen = backups.list();
    if (parser.isSet(QStringLiteral("latest"))) {
        if (chosen.isEmpty()) {
            printError(
                QCoreApplication::translate("admin", "There is no backup in %1.").arg(backups.folder()));
            return Failed;
        }
        chosen = {chosen.last()};
    } else if (parser.positionalArguments().size() == 1) {
        const QString file = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
        const auto known = std::find_if(chosen.cbegin(), chosen.cend(),
                                        [&file](const store::BackupInfo &info) { return info.path == file; });
        chosen = {known != chosen.cend() ? *known : store::BackupInfo{file, {}, QFileInfo(file).size()}};
    } else if (!parser.positionalArguments().isEmpty()) {
        printError(
            QCoreApplication::translate("admin", "Name one backup file, or pass --latest, or nothing."));
        return UsageError;
    }
    QJsonArray array;
    int bad = 0;
    for (const store::BackupInfo &backup : std::as_const(chosen)) {
        const QString result = store::Backups::check(backup.path);
        const bool good = result == QLatin1String("ok");
        bad += good ? 0 : 1;
        QJsonObject json = toJson(backup);
        json.insert(QStringLiteral("ok"), good);
        if (!good)
            json.insert(QStringLiteral("problem"), result);
        array << json;
        if (!parser.isSet(QStringLiteral("json"))) {
            if (good)
                printLine(QCoreApplication::translate("admin", "good     %1").arg(backup.path));
            else
                printLine(QCoreApplication::translate("admin", "DAMAGED  %1: %2").arg(backup.path, result));
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("backups"), array}, {QStringLiteral("damaged"), bad}});
    else if (chosen.isEmpty())
        printLine(QCoreApplication::translate("admin", "No backups yet."));
    if (bad > 0)
        printError(QCoreApplication::translate("admin", "%1 of %2 backups are damaged; do not restore them.")
                       .arg(bad)
                       .arg(chosen.size()));
    return bad > 0 ? Failed : Ok;
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
         QCoreApplication::translate("admin",
                                     "Write a consistent copy of the station database into "
                                     "<data dir>/backups (the pieces changed since the previous copy "
                                     "into backups/chunks, a manifest naming them all), and the "
                                     "material files not backed up yet into "
                                     "<data dir>/backups/materials."),
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
             parser.addPositionalArgument(
                 QStringLiteral("FILE"),
                 QCoreApplication::translate(
                     "admin", "Backup to restore: station-<time>.manifest, or an older station-<time>.db."));
             parser.addOption(
                 QCommandLineOption(QStringLiteral("latest"),
                                    QCoreApplication::translate("admin", "Restore the newest backup.")));
         },
         restoreBackup},
        {QStringLiteral("backup"), QStringLiteral("verify"),
         QCoreApplication::translate("admin",
                                     "Check backups without changing anything: every piece of a copy against "
                                     "its name, then the database it makes with SQLite's quick_check. All "
                                     "backups, or the one named, or the newest; exit status 1 when one is "
                                     "damaged."),
         [](QCommandLineParser &parser) {
             declareCommon(parser);
             parser.addPositionalArgument(QStringLiteral("FILE"),
                                          QCoreApplication::translate("admin", "Backup to check (optional)."),
                                          QStringLiteral("[FILE]"));
             parser.addOption(
                 QCommandLineOption(QStringLiteral("latest"),
                                    QCoreApplication::translate("admin", "Check the newest backup only.")));
         },
         verifyBackups},
    };
}

} // namespace admin
