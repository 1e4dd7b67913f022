#include "backup.h"

#include "auditlog.h"
#include "backupchunks.h"
#include "backupfiles.h"
#include "backupmaterials.h"
#include "backupsummary.h"
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
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace store {

namespace {

const QString kPrefix = QStringLiteral("station-");
const QString kFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
const QString kPartial = QStringLiteral(".partial");
using backupfiles::kLockName;
using backupfiles::kManifest;
using backupfiles::referencedMaterials;
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

// The material files a database file refers to (content names). Empty for a copy at the old
// layout, where the materials are inside the database, and for one from before materials existed.
QStringList backupfiles::referencedMaterials(const QString &databaseFile)
{
    if (Backups::isManifest(databaseFile)) {
        const auto manifest = ChunkManifest::read(databaseFile);
        const ChunkStore chunks(QFileInfo(databaseFile).absoluteDir().filePath(QStringLiteral("chunks")));
        const auto names =
            manifest ? materialNames(manifest.value(), chunks) : core::Result<QStringList>(manifest.status());
        return names ? names.value() : QStringList();
    }
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
    // A copy killed after writing pieces may have left some that no manifest names: the summary
    // of the kept copies goes, so that the next prune counts again and sweeps them.
    if (QFileInfo::exists(copyingMarker())) {
        QFile::remove(BackupSummary(folder()).path());
        ChunkStore::syncFolders({folder()});
    }
    BackupInfo info;
    info.takenAt = takenAt;
    info.path = QDir(folder()).filePath(kPrefix + takenAt.toString(kFormat) + kManifest);
    // The newest chunked copy: its pieces' fingerprints tell which pieces changed since.
    // Only the newest copy of all may be the change log's starting point (a newer single-file copy
    // in between means the log belongs to no manifest here).
    std::optional<ChunkManifest> previous;
    QString previousName;
    const QList<BackupInfo> earlier = list();
    for (auto it = earlier.crbegin(); it != earlier.crend() && !previous; ++it)
        if (isManifest(it->path))
            if (const auto parsed = ChunkManifest::read(it->path); parsed) {
                previous = parsed.value();
                if (it == earlier.crbegin())
                    previousName = QFileInfo(it->path).fileName();
            }
    const ChunkStore chunks(chunksFolder());
    if (const core::Status marked =
            writeFileAtomically(copyingMarker(), QFileInfo(info.path).fileName().toUtf8());
        !marked)
        return R::failure(tr("The backup failed: %1").arg(marked.error()));
    bool noQuietMoment = false;
    auto written = writeChunkedSnapshot(databaseFile, chunks, previous ? &*previous : nullptr, cancel,
                                        &noQuietMoment, previousName, QFileInfo(info.path).fileName());
    if (!written && noQuietMoment) {
        // The station's log never emptied: copy through SQLite's backup API (one read transaction,
        // consistent whatever the station writes) and cut that file instead. Linear, but rare.
        const QString still = info.path + QStringLiteral(".db") + kPartial;
        if (const QString error = snapshot(databaseFile, still, cancel); !error.isEmpty()) {
            removeWithSideFiles(still);
            return R::failure(tr("The backup failed: %1").arg(error));
        }
        written = writeChunkedSnapshot(still, chunks, previous ? &*previous : nullptr, cancel);
        removeWithSideFiles(still);
    }
    if (!written)
        return R::failure(tr("The backup failed: %1").arg(written.error()));
    info.chunksWritten = written->chunksWritten;
    info.chunkBytesWritten = written->bytesWritten;
    info.piecesRead = written->piecesRead;
    info.fullScanReason = written->fullScanReason;
    info.materialsFullScanReason = written->materialsFullScanReason;
    // The materials before the name: a named copy always has every file it refers to. Only the
    // names in pieces of the list the previous copy did not have are looked for.
    const QString materialsError = copyMaterialFiles(
        written->newMaterials, MaterialFiles::folderIn(QFileInfo(databaseFile).absolutePath()),
        materialsFolder(), cancel, &info, &info.materialsMissing);
    addMaterialsBytes(info.materialBytesCopied);
    if (!materialsError.isEmpty())
        return R::failure(tr("The backup failed: %1").arg(materialsError));
    // Only a manifest whose every piece is on disk gets a backup's name.
    if (const core::Status named = writeFileAtomically(info.path, written->manifest.serialize()); !named)
        return R::failure(tr("The backup failed: %1").arg(named.error()));
    QFile::remove(copyingMarker()); // every piece it wrote is named
    info.bytes = written->manifest.databaseBytes;
    // The journal rows up to this copy's position are no longer needed: the next copy starts here.
    if (const qint64 position = written->manifest.materialJournal;
        position > 0 && (!previous || previous->materialJournal < position))
        backupmaterials::trimJournal(databaseFile, position);
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
    const QFileInfoList files = QDir(folder()).entryInfoList(
        {kPrefix + QStringLiteral("*.db"), kPrefix + QLatin1Char('*') + kManifest}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QString stamp = file.completeBaseName().mid(kPrefix.size());
        const QDateTime takenAt = QDateTime::fromString(stamp, kFormat);
        if (!takenAt.isValid())
            continue;
        backups << BackupInfo{file.absoluteFilePath(), takenAt, databaseBytes(file.absoluteFilePath())};
    }
    // Same time stamp, both kinds: the order of the time, whatever the extension.
    std::stable_sort(backups.begin(), backups.end(),
                     [](const BackupInfo &a, const BackupInfo &b) { return a.takenAt < b.takenAt; });
    return backups;
}

bool Backups::isManifest(const QString &backupPath)
{
    return backupPath.endsWith(kManifest);
}

qint64 Backups::databaseBytes(const QString &backupPath)
{
    if (!isManifest(backupPath))
        return QFileInfo(backupPath).size();
    const auto header = ChunkManifest::read(backupPath, true);
    return header ? header->databaseBytes : 0;
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

QString Backups::chunksFolder() const
{
    return QDir(folder()).filePath(QStringLiteral("chunks"));
}

QStringList Backups::leftovers() const
{
    QStringList files;
    for (const QFileInfo &file :
         QDir(folder()).entryInfoList({QStringLiteral("*") + kPartial + QStringLiteral("*")}, QDir::Files))
        files << file.absoluteFilePath();
    // Pieces a killed copy was writing (one flat folder: listing it costs nothing however many
    // pieces the kept copies hold; older releases' leftovers beside the pieces go with the sweep).
    for (const QFileInfo &file : QDir(ChunkStore(chunksFolder()).incomingFolder())
                                     .entryInfoList({QStringLiteral("*") + kPartial}, QDir::Files))
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
    if (!isManifest(backupPath))
        return quickCheck(backupPath);
    // The pieces put together beside the manifest (a killed check leaves a *.partial leftover).
    const QString target = backupPath + QLatin1Char('.') +
                           QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".check") +
                           kPartial;
    QStringList materials;
    QString result = restoreFromManifest(backupPath, target, &materials);
    if (result.isEmpty())
        result = quickCheck(target);
    removeWithSideFiles(target);
    return result;
}

// Puts the database of a manifest together in `target`, every piece checked against its name;
// `materials` receives the material names it lists. Returns an empty string or what is wrong.
QString Backups::restoreFromManifest(const QString &manifestPath, const QString &target,
                                     QStringList *materials)
{
    const auto manifest = ChunkManifest::read(manifestPath);
    if (!manifest)
        return manifest.error();
    const ChunkStore chunks(QFileInfo(manifestPath).absoluteDir().filePath(QStringLiteral("chunks")));
    if (!QFileInfo(chunks.folder()).isDir())
        return tr("the folder %1 beside the manifest is missing (a copy elsewhere needs the whole backups "
                  "folder)")
            .arg(QDir::toNativeSeparators(chunks.folder()));
    const auto names = materialNames(manifest.value(), chunks);
    if (!names)
        return names.error();
    *materials = names.value();
    return reassemble(manifest.value(), chunks, target);
}

core::Status Backups::restore(const QString &backupPath, const core::Clock &clock)
{
    const QString live = databasePath(m_dataDir);
    const bool chunked = isManifest(backupPath);
    // A chunked copy is put together beside the live database first (checked piece by piece,
    // then by SQLite), so that the live one is replaced by a rename.
    const QString assembled = live + QStringLiteral(".restore") + kPartial;
    QString source = backupPath;
    QStringList names;
    QString integrity;
    if (!QFileInfo::exists(backupPath)) {
        integrity = tr("the file does not exist");
    } else if (chunked) {
        removeWithSideFiles(assembled);
        integrity = restoreFromManifest(backupPath, assembled, &names);
        if (integrity.isEmpty())
            integrity = quickCheck(assembled);
        source = assembled;
    } else {
        integrity = quickCheck(backupPath);
        names = referencedMaterials(backupPath);
    }
    if (integrity != QLatin1String("ok")) {
        removeWithSideFiles(assembled);
        return core::Status::failure(
            tr("The backup %1 is damaged (%2); nothing was restored. Choose an older backup.")
                .arg(backupPath, integrity));
    }
    // The materials the backup names, back into the data folder before the database is replaced:
    // a backup whose materials are not all in the store is refused with nothing changed.
    QStringList missing;
    const QString copied = copyMaterialFiles(names, materialsFolder(), MaterialFiles::folderIn(m_dataDir),
                                             nullptr, nullptr, &missing);
    if (!copied.isEmpty() || !missing.isEmpty())
        removeWithSideFiles(assembled);
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
    const QString stamp = clock.now().toString(kFormat);
    // Keep what is replaced: a restore must never destroy data.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(live + suffix) &&
            !QFile::rename(live + suffix, live + QStringLiteral(".replaced-") + stamp + suffix)) {
            removeWithSideFiles(assembled);
            return core::Status::failure(tr("Cannot move the current database %1 aside; is the station still "
                                            "running? Nothing was restored.")
                                             .arg(live + suffix));
        }
    }
    if (chunked ? !QFile::rename(source, live) : !QFile::copy(source, live)) {
        removeWithSideFiles(assembled);
        return core::Status::failure(
            tr("Copying the backup to %1 failed. The replaced database is kept as %2.")
                .arg(live, live + QStringLiteral(".replaced-") + stamp));
    }
    removeWithSideFiles(assembled);
    QFile::setPermissions(live, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace store
