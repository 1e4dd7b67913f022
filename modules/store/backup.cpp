#include "backup.h"

#include "auditlog.h"
#include "integritycheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <sqlite3.h>

#include <algorithm>

namespace store {

namespace {

const QString kPrefix = QStringLiteral("station-");
const QString kFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
const QString kPartial = QStringLiteral(".partial");
const QString kLockName = QStringLiteral(".backup.lock");
// Pages copied per step: small enough that a cancel is seen within a fraction of a second.
constexpr int kPagesPerStep = 1024;

void removeWithSideFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

int removeFiles(const QStringList &files)
{
    int removed = 0;
    for (const QString &file : files)
        removed += QFile::remove(file) ? 1 : 0;
    return removed;
}

QString quickCheck(const QString &path)
{
    return IntegrityCheck::quickCheck(path, true);
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// Copies `source` into the file `target` as one snapshot: the source connection holds one read
// transaction for the whole copy, so writes by the station meanwhile neither restart nor tear it.
// Returns an empty string, or what went wrong.
QString snapshot(const QString &source, const QString &target, const std::atomic_bool *cancel)
{
    sqlite3 *from = nullptr;
    sqlite3 *to = nullptr;
    QString error;
    const QByteArray sourcePath = QFile::encodeName(source);
    const QByteArray targetPath = QFile::encodeName(target);
    if (sqlite3_open_v2(sourcePath.constData(), &from, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(from));
    } else if (sqlite3_open_v2(targetPath.constData(), &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                               nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(to));
    } else {
        sqlite3_busy_timeout(from, 10000);
        if (!exec(from, "BEGIN") || !exec(from, "SELECT COUNT(*) FROM sqlite_schema")) {
            error = QString::fromUtf8(sqlite3_errmsg(from));
        } else if (sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main")) {
            int rc = SQLITE_OK;
            while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                if (cancel && cancel->load()) {
                    error = Backups::tr("cancelled");
                    break;
                }
                rc = sqlite3_backup_step(backup, kPagesPerStep);
            }
            sqlite3_backup_finish(backup);
            if (error.isEmpty() && rc != SQLITE_DONE)
                error = QString::fromUtf8(sqlite3_errstr(rc));
        } else {
            error = QString::fromUtf8(sqlite3_errmsg(to));
        }
        exec(from, "COMMIT");
        // The copy carries the station's WAL mode in its header; a backup is a single file.
        if (error.isEmpty() && !exec(to, "PRAGMA journal_mode=DELETE"))
            error = QString::fromUtf8(sqlite3_errmsg(to));
    }
    sqlite3_close(to);
    sqlite3_close(from);
    return error;
}

} // namespace

Backups::Backups(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString Backups::folder() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("backups"));
}

core::Result<BackupInfo> Backups::create(Database &database, const QString &actor)
{
    auto created = copy(database.path(), database.clock().now());
    if (!created)
        return created;
    // The copy is made either way; the one who asked for it hears that the audit trail lacks it.
    if (const core::Status audited = AuditLog(database).append(actor, QStringLiteral("backup.create"),
                                                               QFileInfo(created->path).fileName());
        !audited)
        return core::Result<BackupInfo>::failure(
            tr("The copy %1 was made, but the audit log could not record it: %2")
                .arg(QDir::toNativeSeparators(created->path), audited.error()));
    return created;
}

core::Result<BackupInfo> Backups::copy(const QString &databaseFile, const QDateTime &takenAt,
                                       const std::atomic_bool *cancel) const
{
    using R = core::Result<BackupInfo>;
    if (!QDir().mkpath(folder()))
        return R::failure(tr("Cannot create the backup folder %1.").arg(folder()));
    QLockFile lock(QDir(folder()).filePath(kLockName));
    if (!lock.tryLock(0))
        return R::failure(tr("Another backup of this station is being taken; try again when it is done."));
    removeFiles(leftovers()); // what a killed copy left; the lock says no copy is under way
    BackupInfo info;
    info.takenAt = takenAt;
    info.path = QDir(folder()).filePath(kPrefix + takenAt.toString(kFormat) + QStringLiteral(".db"));
    const QString partial = info.path + kPartial;
    if (const QString error = snapshot(databaseFile, partial, cancel); !error.isEmpty()) {
        removeWithSideFiles(partial);
        return R::failure(tr("The backup failed: %1").arg(error));
    }
    const QString integrity = quickCheck(partial);
    if (integrity != QLatin1String("ok")) {
        removeWithSideFiles(partial);
        return R::failure(tr("The backup copy failed its integrity check: %1").arg(integrity));
    }
    // Only a complete, checked copy gets a backup's name.
    if (!QFile::rename(partial, info.path)) {
        removeWithSideFiles(partial);
        return R::failure(tr("Cannot name the backup file %1.").arg(info.path));
    }
    removeWithSideFiles(partial);
    info.bytes = QFileInfo(info.path).size();
    return info;
}

core::Result<QString> Backups::beforeUpgrade(const QString &databaseFile, int fromSchema,
                                             const QDateTime &now)
{
    using R = core::Result<QString>;
    if (!QDir().mkpath(folder()))
        return R::failure(tr("Cannot create the backup folder %1.").arg(folder()));
    QLockFile lock(QDir(folder()).filePath(kLockName));
    if (!lock.tryLock(0))
        return R::failure(tr("Another backup of this station is being taken; try again when it is done."));
    const QString path = QDir(folder()).filePath(QStringLiteral("%1%2-%3.db")
                                                     .arg(QLatin1String(kUpgradePrefix))
                                                     .arg(fromSchema)
                                                     .arg(now.toString(kFormat)));
    const QString partial = path + kPartial;
    if (const QString error = snapshot(databaseFile, partial, nullptr); !error.isEmpty()) {
        removeWithSideFiles(partial);
        return R::failure(tr("The backup failed: %1").arg(error));
    }
    const QString integrity = quickCheck(partial);
    if (integrity != QLatin1String("ok")) {
        removeWithSideFiles(partial);
        return R::failure(tr("The backup copy failed its integrity check: %1").arg(integrity));
    }
    if (!QFile::rename(partial, path)) {
        removeWithSideFiles(partial);
        return R::failure(tr("Cannot name the backup file %1.").arg(path));
    }
    removeWithSideFiles(partial);
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

PruneReport Backups::prune(const BackupPolicy &policy, const QDateTime &now)
{
    PruneReport report;
    QList<BackupInfo> backups = list();
    if (backups.isEmpty())
        return report;
    std::reverse(backups.begin(), backups.end()); // newest first
    report.newestBytes = backups.first().bytes;
    report.budgetTooSmall = policy.budgetBytes > 0 && report.newestBytes > policy.budgetBytes;
    const QDateTime oldestKept = now.addDays(-policy.keepDays);
    qint64 used = report.newestBytes;
    for (int i = 1; i < backups.size(); ++i) {
        const BackupInfo &backup = backups.at(i);
        used += backup.bytes;
        const bool tooOld = policy.keepDays > 0 && backup.takenAt < oldestKept;
        const bool tooMany = policy.keepCount > 0 && i >= policy.keepCount;
        const bool overBudget = policy.budgetBytes > 0 && used > policy.budgetBytes;
        if (tooOld || tooMany || overBudget) {
            if (QFile::remove(backup.path))
                ++report.removed;
            used -= backup.bytes;
        }
    }
    return report;
}

QStringList Backups::leftovers() const
{
    QStringList files;
    for (const QFileInfo &file :
         QDir(folder()).entryInfoList({QStringLiteral("*") + kPartial + QStringLiteral("*")}, QDir::Files))
        files << file.absoluteFilePath();
    return files;
}

int Backups::removeLeftovers() const
{
    // Only while no backup is being taken (by this process or another): its partial file is not
    // a leftover.
    QLockFile lock(QDir(folder()).filePath(kLockName));
    if (!lock.tryLock(0))
        return 0;
    return removeFiles(leftovers());
}

QString Backups::check(const QString &backupPath)
{
    if (!QFileInfo::exists(backupPath))
        return tr("the file does not exist");
    return quickCheck(backupPath);
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
