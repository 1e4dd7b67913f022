#include "backup.h"

#include "auditlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace store {

namespace {

const QString kPrefix = QStringLiteral("station-");
const QString kFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace

Backups::Backups(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString Backups::folder() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("backups"));
}

namespace {

// Copies the open database `source` into `path` with SQLite's online backup API (all pages in one
// step: one consistent snapshot), checks the copy and only then gives it its name. Empty on
// success, otherwise the reason.
QString copyChecked(sqlite3 *source, const QString &path)
{
    const QString partial = path + QStringLiteral(".partial");
    sqlite3 *target = nullptr;
    const QByteArray targetPath = QFile::encodeName(partial);
    int rc = sqlite3_open(targetPath.constData(), &target);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
            // The copy carries the live database's WAL mode; as a rollback-journal file it is one
            // self-contained file, and checking or reading it later leaves no -wal/-shm beside it.
            if (rc == SQLITE_OK)
                rc = sqlite3_exec(target, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
        } else {
            rc = sqlite3_errcode(target);
        }
    }
    const QString error = target ? QString::fromUtf8(sqlite3_errmsg(target)) : QString();
    sqlite3_close(target);
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        return Backups::tr("The backup failed: %1").arg(error);
    }
    const QString integrity = Backups::check(partial);
    if (integrity != QLatin1String("ok")) {
        QFile::remove(partial);
        return Backups::tr("The backup copy failed its integrity check: %1").arg(integrity);
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Backups::tr("Cannot name the backup file %1.").arg(path);
    }
    return {};
}

} // namespace

core::Result<BackupInfo> Backups::create(Database &database, const QString &actor)
{
    if (!QDir().mkpath(folder()))
        return core::Result<BackupInfo>::failure(tr("Cannot create the backup folder %1.").arg(folder()));
    const QDateTime now = database.clock().now();
    BackupInfo info;
    info.takenAt = now;
    info.path = QDir(folder()).filePath(kPrefix + now.toString(kFormat) + QStringLiteral(".db"));
    sqlite3 *source = handleOf(database.connection());
    if (!source)
        return core::Result<BackupInfo>::failure(tr("The database driver does not expose SQLite."));
    if (const QString failed = copyChecked(source, info.path); !failed.isEmpty())
        return core::Result<BackupInfo>::failure(failed);
    info.bytes = QFileInfo(info.path).size();
    AuditLog(database).append(actor, QStringLiteral("backup.create"), QFileInfo(info.path).fileName());
    return info;
}

core::Result<QString> Backups::beforeUpgrade(QSqlDatabase &connection, int fromSchema, const QDateTime &now)
{
    using R = core::Result<QString>;
    if (!QDir().mkpath(folder()))
        return R::failure(tr("Cannot create the backup folder %1.").arg(folder()));
    sqlite3 *source = handleOf(connection);
    if (!source)
        return R::failure(tr("The database driver does not expose SQLite."));
    const QString path = QDir(folder()).filePath(QStringLiteral("%1%2-%3.db")
                                                     .arg(QLatin1String(kUpgradePrefix))
                                                     .arg(fromSchema)
                                                     .arg(now.toString(kFormat)));
    if (const QString failed = copyChecked(source, path); !failed.isEmpty())
        return R::failure(failed);
    return path;
}

QList<BackupInfo> Backups::list() const
{
    QList<BackupInfo> backups;
    const QFileInfoList files =
        QDir(folder()).entryInfoList({kPrefix + QStringLiteral("*.db")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QString stamp = file.completeBaseName().mid(kPrefix.size());
        const QDateTime takenAt = QDateTime::fromString(stamp, kFormat);
        if (takenAt.isValid())
            backups << BackupInfo{file.absoluteFilePath(), takenAt, file.size()};
    }
    return backups;
}

void Backups::prune(int keep)
{
    QList<BackupInfo> backups = list();
    while (backups.size() > keep && keep > 0)
        QFile::remove(backups.takeFirst().path);
}

QString Backups::check(const QString &backupPath)
{
    if (!QFileInfo::exists(backupPath))
        return tr("the file does not exist");
    const QString name = QStringLiteral("backup-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(backupPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = db.lastError().text();
        } else {
            QSqlQuery query(db);
            QStringList lines;
            if (query.exec(QStringLiteral("PRAGMA quick_check"))) {
                while (query.next())
                    lines << query.value(0).toString();
            } else {
                lines << query.lastError().text();
            }
            result = lines.join(QLatin1Char('\n'));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

core::Status Backups::restore(const QString &backupPath, const core::Clock &clock)
{
    const QString integrity = check(backupPath);
    if (integrity != QLatin1String("ok"))
        return core::Status::failure(
            tr("The backup %1 is damaged (%2); nothing was restored. Choose an older backup.")
                .arg(backupPath, integrity));
    const QString live = databasePath(m_dataDir);
    const QString stamp = clock.now().toString(kFormat);
    // Keep what is replaced: a restore must never destroy data.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(live + suffix) &&
            !QFile::rename(live + suffix, live + QStringLiteral(".replaced-") + stamp + suffix))
            return core::Status::failure(tr("Cannot move the current database %1 aside; is the station still "
                                            "running? Nothing was restored.")
                                             .arg(live + suffix));
    }
    if (!QFile::copy(backupPath, live))
        return core::Status::failure(
            tr("Copying the backup to %1 failed. The replaced database is kept as %2.")
                .arg(live, live + QStringLiteral(".replaced-") + stamp));
    QFile::setPermissions(live, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace store
