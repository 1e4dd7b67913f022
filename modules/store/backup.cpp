#include "backup.h"

#include "auditlog.h"
#include "databasestamp.h"
#include "integritycheck.h"
#include "materialfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>
#include <QSqlQuery>

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

// The material files a database file refers to (content names). Empty for a copy at the old
// layout, where the materials are inside the database, and for one from before materials existed.
QStringList referencedMaterials(const QString &databaseFile)
{
    QStringList names;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(databaseFile).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        const char *sql = "SELECT DISTINCT sha256 FROM material_files WHERE NOT EXISTS "
                          "(SELECT 1 FROM pragma_table_info('material_files') WHERE name = 'sealed_content')";
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK)
            while (sqlite3_step(statement) == SQLITE_ROW)
                names << QString::fromLatin1(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return names;
}

// Copies the named content files from one materials folder to another, skipping those already
// there (content-addressed: same name, same content). Returns an error, or nothing.
QString copyMaterialFiles(const QStringList &names, const QString &fromFolder, const QString &toFolder,
                          const std::atomic_bool *cancel, BackupInfo *info, QStringList *missing)
{
    for (const QString &name : names) {
        if (cancel && cancel->load())
            return Backups::tr("cancelled");
        if (!MaterialFiles::isContentName(name))
            continue;
        const QString relative = MaterialFiles::relativePath(name);
        const QFileInfo target(toFolder + QLatin1Char('/') + relative);
        if (target.isFile() && target.size() > 0)
            continue;
        QFile source(fromFolder + QLatin1Char('/') + relative);
        if (!source.open(QIODevice::ReadOnly)) {
            *missing << relative;
            continue;
        }
        const QByteArray bytes = source.readAll();
        if (const core::Status written = writeFileAtomically(target.filePath(), bytes); !written)
            return written.error();
        if (info) {
            ++info->materialsCopied;
            info->materialBytesCopied += bytes.size();
        }
    }
    return {};
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
    // The materials before the name: a named copy always has every file it refers to.
    const QString materialsError = copyMaterialFiles(
        referencedMaterials(partial), MaterialFiles::folderIn(QFileInfo(databaseFile).absolutePath()),
        materialsFolder(), cancel, &info, &info.materialsMissing);
    if (!materialsError.isEmpty()) {
        removeWithSideFiles(partial);
        return R::failure(tr("The backup failed: %1").arg(materialsError));
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
                                             const QDateTime &now, const QString &prefix)
{
    using R = core::Result<QString>;
    if (!QDir().mkpath(folder()))
        return R::failure(tr("Cannot create the backup folder %1.").arg(folder()));
    QLockFile lock(QDir(folder()).filePath(kLockName));
    if (!lock.tryLock(0))
        return R::failure(tr("Another backup of this station is being taken; try again when it is done."));
    // A resumed upgrade (the first attempt was killed while moving materials out, migration 24)
    // keeps the copy of its first attempt: that one holds the untouched older database, a new one
    // would hold a half-moved one. But only a copy of this very database: after an older backup
    // was restored (or the folder was copied from another station), a copy with the same schema
    // holds another state, and the older program's data would be lost with it. Such a copy is
    // kept as it is, and a new one is taken beside it.
    const QFileInfoList earlier = QDir(folder()).entryInfoList(
        {QStringLiteral("%1%2-*.db").arg(prefix).arg(fromSchema)}, QDir::Files, QDir::Name | QDir::Reversed);
    if (!earlier.isEmpty()) {
        const DatabaseStamp current = DatabaseStamp::of(databaseFile);
        if (current.valid() && current.schema == fromSchema)
            for (const QFileInfo &copy : earlier)
                if (DatabaseStamp::of(copy.absoluteFilePath()) == current)
                    return copy.absoluteFilePath();
    }
    const QString path = QDir(folder()).filePath(
        QStringLiteral("%1%2-%3.db").arg(prefix).arg(fromSchema).arg(now.toString(kFormat)));
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
    // The shared materials store counts once, with the newest copy: removing an older copy frees
    // its database copy, and its materials only when no other copy names them.
    report.newestBytes = backups.first().bytes + materialsBytes();
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
    report.materialsRemoved = removeUnreferencedMaterials();
    return report;
}

int Backups::removeUnreferencedMaterials() const
{
    // Not while a copy is being taken: the files it has copied are not named by a copy yet.
    QLockFile lock(QDir(folder()).filePath(kLockName));
    if (!lock.tryLock(0) || !QFileInfo(materialsFolder()).isDir())
        return 0;
    QSet<QString> referenced;
    const QFileInfoList copies = QDir(folder()).entryInfoList({QStringLiteral("*.db")}, QDir::Files);
    for (const QFileInfo &copy : copies)
        for (const QString &name : referencedMaterials(copy.absoluteFilePath()))
            referenced.insert(name);
    int removed = 0;
    QDirIterator files(materialsFolder(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QFileInfo file(files.next());
        if (MaterialFiles::isContentName(file.fileName()) && !referenced.contains(file.fileName()) &&
            QFile::remove(file.filePath()))
            ++removed;
    }
    removeInterruptedWrites(materialsFolder());
    return removed;
}

core::Result<int> Backups::verifyMaterials(Database &database)
{
    const MaterialFiles files(QFileInfo(database.path()).absolutePath(), database.sealer());
    QSqlQuery names(database.connection());
    if (!names.exec(QStringLiteral("SELECT DISTINCT sha256 FROM material_files")))
        return core::Result<int>::failure(sqlError(tr("Listing the materials"), names));
    int checked = 0;
    while (names.next()) {
        if (const auto content = files.read(names.value(0).toString()); !content)
            return core::Result<int>::failure(content.error());
        ++checked;
    }
    return checked;
}

QString Backups::materialsFolder() const
{
    return QDir(folder()).filePath(QStringLiteral("materials"));
}

qint64 Backups::materialsBytes() const
{
    qint64 bytes = 0;
    QDirIterator files(materialsFolder(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        bytes += files.fileInfo().size();
    }
    return bytes;
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
    // The materials the backup names, back into the data folder before the database is replaced:
    // a backup whose materials are not all in the store is refused with nothing changed.
    QStringList missing;
    const QString copied = copyMaterialFiles(referencedMaterials(backupPath), materialsFolder(),
                                             MaterialFiles::folderIn(m_dataDir), nullptr, nullptr, &missing);
    if (!copied.isEmpty())
        return core::Status::failure(tr("Copying the materials of the backup back failed: %1. The station "
                                        "database was not replaced.")
                                         .arg(copied));
    if (!missing.isEmpty())
        return core::Status::failure(tr("The backup %1 names %2 material files that are not in %3 (for "
                                        "example %4); nothing was restored. Choose another backup.")
                                         .arg(backupPath)
                                         .arg(missing.size())
                                         .arg(materialsFolder(), missing.first()));
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
