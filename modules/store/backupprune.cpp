#include "backup.h"
#include "backupchunks.h"
#include "backupfiles.h"
#include "materialfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>

#include <algorithm>

// Which copies go (age, count, budget with shared pieces counted once) and the sweep of the pieces
// and material files no kept copy names.
namespace store {

using backupfiles::kLockName;
using backupfiles::kManifest;
using backupfiles::kMaterialsBytesName;
using backupfiles::referencedMaterials;

PruneReport Backups::prune(const BackupPolicy &policy, const QDateTime &now)
{
    PruneReport report;
    QList<BackupInfo> backups = list();
    if (backups.isEmpty())
        return report;
    std::reverse(backups.begin(), backups.end()); // newest first
    // What each copy adds to the disk: a single-file copy its file; a chunked copy the pieces no
    // newer kept copy has (pieces are shared, so they count once). The shared materials store
    // counts once, with the newest copy. Removing an older copy frees what it alone holds.
    QSet<QString> counted;
    auto cost = [&counted](const BackupInfo &backup, QStringList *added) -> qint64 {
        if (!isManifest(backup.path))
            return backup.bytes;
        const auto manifest = ChunkManifest::read(backup.path);
        if (!manifest)
            return QFileInfo(backup.path).size();
        qint64 bytes = 0;
        for (const QList<ChunkManifest::Piece> *pieces : {&manifest->chunks, &manifest->materials})
            for (const ChunkManifest::Piece &piece : *pieces)
                if (!counted.contains(piece.hash)) {
                    counted.insert(piece.hash);
                    added->append(piece.hash);
                    bytes += piece.bytes;
                }
        return bytes;
    };
    QStringList newestPieces;
    report.newestBytes = cost(backups.first(), &newestPieces) + materialsBytes();
    report.budgetTooSmall = policy.budgetBytes > 0 && report.newestBytes > policy.budgetBytes;
    const QDateTime oldestKept = now.addDays(-policy.keepDays);
    qint64 used = report.newestBytes;
    for (int i = 1; i < backups.size(); ++i) {
        const BackupInfo &backup = backups.at(i);
        QStringList added;
        const qint64 bytes = cost(backup, &added);
        used += bytes;
        const bool tooOld = policy.keepDays > 0 && backup.takenAt < oldestKept;
        const bool tooMany = policy.keepCount > 0 && i >= policy.keepCount;
        const bool overBudget = policy.budgetBytes > 0 && used > policy.budgetBytes;
        if (tooOld || tooMany || overBudget) {
            if (QFile::remove(backup.path))
                ++report.removed;
            used -= bytes;
            for (const QString &piece : std::as_const(added))
                counted.remove(piece);
        }
    }
    // Pieces and material files are swept only when a copy went (or a killed copy left pieces
    // no manifest names, found by the same sweep later): the sweep reads every kept manifest.
    if (report.removed > 0) {
        report.chunksRemoved = removeUnreferencedChunks();
        report.materialsRemoved = removeUnreferencedMaterials();
    }
    return report;
}

int Backups::removeUnreferencedChunks() const
{
    // Not while a copy is being taken: the pieces it has written are not named by a manifest yet.
    QLockFile lock(QDir(folder()).filePath(kLockName));
    if (!lock.tryLock(0) || !QFileInfo(chunksFolder()).isDir())
        return 0;
    QSet<QString> kept;
    for (const BackupInfo &backup : list()) {
        if (!isManifest(backup.path))
            continue;
        const auto manifest = ChunkManifest::read(backup.path);
        if (!manifest)
            return 0; // a manifest that cannot be read: keep every piece rather than guess
        for (const QList<ChunkManifest::Piece> *pieces : {&manifest->chunks, &manifest->materials})
            for (const ChunkManifest::Piece &piece : *pieces)
                kept.insert(piece.hash);
    }
    return ChunkStore(chunksFolder()).removeExcept(kept);
}

int Backups::removeUnreferencedMaterials() const
{
    // Not while a copy is being taken: the files it has copied are not named by a copy yet.
    QLockFile lock(QDir(folder()).filePath(kLockName));
    if (!lock.tryLock(0) || !QFileInfo(materialsFolder()).isDir())
        return 0;
    QSet<QString> referenced;
    const QFileInfoList copies =
        QDir(folder()).entryInfoList({QStringLiteral("*.db"), QLatin1Char('*') + kManifest}, QDir::Files);
    const ChunkStore chunks(chunksFolder());
    for (const QFileInfo &copy : copies) {
        if (isManifest(copy.fileName())) {
            const auto manifest = ChunkManifest::read(copy.absoluteFilePath());
            const auto names = manifest ? materialNames(manifest.value(), chunks)
                                        : core::Result<QStringList>(manifest.status());
            if (!names)
                return 0; // a copy whose list cannot be read: keep every file rather than guess
            for (const QString &name : names.value())
                referenced.insert(name);
            continue;
        }
        for (const QString &name : referencedMaterials(copy.absoluteFilePath()))
            referenced.insert(name);
    }
    int removed = 0;
    QDirIterator files(materialsFolder(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QFileInfo file(files.next());
        if (MaterialFiles::isContentName(file.fileName()) && !referenced.contains(file.fileName()) &&
            QFile::remove(file.filePath()))
            ++removed;
    }
    removeInterruptedWrites(materialsFolder());
    QFile::remove(QDir(materialsFolder()).filePath(kMaterialsBytesName)); // counted again when asked
    return removed;
}

qint64 Backups::materialsBytes() const
{
    QFile cached(QDir(materialsFolder()).filePath(kMaterialsBytesName));
    if (cached.open(QIODevice::ReadOnly)) {
        bool ok = false;
        const qint64 bytes = cached.readAll().trimmed().toLongLong(&ok);
        if (ok && bytes >= 0)
            return bytes;
    }
    qint64 bytes = 0;
    QDirIterator files(materialsFolder(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        if (MaterialFiles::isContentName(files.fileName()))
            bytes += files.fileInfo().size();
    }
    if (QFileInfo(materialsFolder()).isDir() && cached.open(QIODevice::WriteOnly | QIODevice::Truncate))
        cached.write(QByteArray::number(bytes));
    return bytes;
}

void Backups::addMaterialsBytes(qint64 bytes) const
{
    // Known before: add the new files. Unknown (the first copy, or after a sweep): counted now,
    // with the new files, so that the half-hourly copies after it never walk the store.
    const QString path = QDir(materialsFolder()).filePath(kMaterialsBytesName);
    QFile cached(path);
    if (!cached.open(QIODevice::ReadOnly)) {
        materialsBytes();
        return;
    }
    bool ok = false;
    const qint64 before = cached.readAll().trimmed().toLongLong(&ok);
    cached.close();
    if (!ok || !cached.open(QIODevice::WriteOnly | QIODevice::Truncate))
        QFile::remove(path);
    else
        cached.write(QByteArray::number(before + bytes));
}

} // namespace store
