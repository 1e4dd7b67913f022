#include "backup.h"
#include "backupchunks.h"
#include "backupfiles.h"
#include "backupmaterials.h"
#include "backupsummary.h"
#include "materialfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QSet>

#include <optional>

// Which copies go (age, count, budget; the oldest first) and the sweep of the pieces and material
// files no kept copy names, from the summary of the kept copies (backupsummary.h).
namespace store {

using backupfiles::kLockName;
using backupfiles::kMaterialsBytesName;
using backupfiles::referencedMaterials;

namespace {

QSet<QString> namesIn(const QByteArray &piece)
{
    QSet<QString> names;
    for (const QByteArray &name : piece.split('\n'))
        if (!name.isEmpty())
            names.insert(QString::fromLatin1(name));
    return names;
}

} // namespace

QString Backups::copyingMarker() const
{
    return QDir(folder()).filePath(QStringLiteral(".copying"));
}

PruneReport Backups::prune(const BackupPolicy &policy, const QDateTime &now)
{
    PruneReport report;
    // The whole prune under the backups' lock: a copy under way writes pieces that no manifest
    // names yet, and the summary changes only here.
    QLockFile lock(QDir(folder()).filePath(kLockName));
    if (!lock.tryLock(0)) {
        report.skipped = true;
        return report;
    }
    QList<BackupInfo> backups = list(); // oldest first
    if (backups.isEmpty())
        return report;
    QStringList manifests;
    qint64 singleFileBytes = 0;
    for (const BackupInfo &backup : std::as_const(backups)) {
        if (isManifest(backup.path))
            manifests << QFileInfo(backup.path).fileName();
        else
            singleFileBytes += backup.bytes;
    }
    BackupSummary summary(folder());
    QString why;
    const bool killed = QFileInfo::exists(copyingMarker());
    const bool trusted = !killed && summary.open(manifests, &why);
    bool counted = trusted;
    if (!trusted) {
        report.recountReason =
            killed ? QStringLiteral("a copy was interrupted while writing its pieces") : why;
        const core::Status rebuilt = summary.rebuild(manifests); // reads every manifest
        counted = rebuilt.ok();
        if (!counted)
            report.recountReason += QStringLiteral("; ") + rebuilt.error();
    }
    const qint64 materials = materialsBytes();
    const BackupInfo &newest = backups.constLast();
    if (const qint64 newestCounted = summary.newestCopyBytes();
        isManifest(newest.path) && newestCounted >= 0) {
        report.newestBytes = newestCounted + materials;
    } else if (isManifest(newest.path)) {
        const auto manifest = ChunkManifest::readWhole(newest.path, ChunkStore(chunksFolder()));
        report.newestBytes = (manifest ? manifest->storedBytes() : QFileInfo(newest.path).size()) + materials;
    } else {
        report.newestBytes = newest.bytes + materials;
    }
    report.budgetTooSmall = policy.budgetBytes > 0 && report.newestBytes > policy.budgetBytes;

    // The oldest first, until the rest fits: so the kept copies are always the newest, which is
    // what the summary's count relies on. Without a count (a manifest unreadable) the budget is
    // not applied and nothing is swept: every piece is kept rather than guessed.
    const QDateTime oldestKept = now.addDays(-policy.keepDays);
    qsizetype kept = backups.size();
    for (const BackupInfo &backup : std::as_const(backups)) {
        if (kept == 1)
            break; // the newest
        const bool tooOld = policy.keepDays > 0 && backup.takenAt < oldestKept;
        const bool tooMany = policy.keepCount > 0 && kept > policy.keepCount;
        const bool overBudget = counted && policy.budgetBytes > 0 &&
                                summary.storedBytes() + singleFileBytes + materials > policy.budgetBytes;
        if (!tooOld && !tooMany && !overBudget)
            break;
        if (isManifest(backup.path) && counted) {
            // Counted out first: a kill before the file goes leaves a copy the summary does not
            // count, which makes the next prune count again.
            if (const auto removed = summary.removeOldest(QFileInfo(backup.path).fileName()); !removed) {
                report.recountReason += QStringLiteral("; ") + removed.error();
                break;
            }
        } else if (!isManifest(backup.path)) {
            singleFileBytes -= backup.bytes;
        }
        if (!QFile::remove(backup.path))
            break;
        ++report.removed;
        --kept;
    }
    if (!counted)
        return report;

    // The material names single-file copies (older releases) refer to, read once if needed.
    std::optional<QSet<QString>> singleFileNames;
    auto namedBySingleFiles = [&](const QString &name) {
        if (!singleFileNames) {
            singleFileNames.emplace();
            for (const BackupInfo &backup : list())
                if (!isManifest(backup.path))
                    for (const QString &referenced : referencedMaterials(backup.path))
                        singleFileNames->insert(referenced);
        }
        return singleFileNames->contains(name);
    };
    const ChunkStore chunks(chunksFolder());
    // The pieces no kept copy names: their files go, and the material names of the list pieces
    // among them are looked up in the list pieces still kept (of the same bucket).
    const QList<BackupSummary::Piece> unneeded = summary.unneeded();
    QSet<QString> released;
    QStringList forgotten;
    for (const BackupSummary::Piece &piece : unneeded) {
        if (piece.names) {
            const auto bytes = chunks.get(piece.hash);
            if (!bytes)
                continue; // its names are left to a recount rather than guessed
            released.unite(namesIn(bytes.value()));
        }
        if (QFile::remove(chunks.pathOf(piece.hash)))
            ++report.chunksRemoved;
        forgotten << piece.hash;
    }
    // Rows left by a failed transaction are found unneeded again next time, their files gone.
    static_cast<void>(summary.forget(forgotten));
    QHash<QString, QSet<QString>> keptNames; // bucket -> names the kept list pieces hold
    qint64 freedMaterialBytes = 0;
    bool listsReadable = true;
    for (const QString &name : std::as_const(released)) {
        const QString bucket = backupmaterials::bucketOf(name.toLatin1());
        if (!keptNames.contains(bucket)) {
            QSet<QString> &names = keptNames[bucket];
            for (const QString &hash : summary.neededNamePieces(bucket)) {
                const auto bytes = chunks.get(hash);
                if (!bytes) { // a kept list that does not read: keep every file rather than guess
                    listsReadable = false;
                    break;
                }
                names.unite(namesIn(bytes.value()));
            }
        }
        if (!listsReadable)
            break;
        if (keptNames.value(bucket).contains(name) || !MaterialFiles::isContentName(name) ||
            namedBySingleFiles(name))
            continue;
        const QString file = QDir(materialsFolder()).filePath(MaterialFiles::relativePath(name));
        const qint64 size = QFileInfo(file).size();
        if (QFile::remove(file)) {
            ++report.materialsRemoved;
            freedMaterialBytes += size;
        }
    }
    if (freedMaterialBytes > 0)
        addMaterialsBytes(-freedMaterialBytes);

    if (!trusted) {
        // The count was made again: whatever the folders hold beyond it goes (the pieces and
        // material files of a killed copy, files of copies deleted by hand).
        const QStringList needed = summary.needed();
        report.chunksRemoved += chunks.removeExcept(QSet<QString>(needed.cbegin(), needed.cend()));
        QSet<QString> referenced;
        bool readable = true;
        for (const BackupInfo &backup : list()) {
            if (!isManifest(backup.path)) {
                for (const QString &name : referencedMaterials(backup.path))
                    referenced.insert(name);
                continue;
            }
            const auto manifest = ChunkManifest::read(backup.path);
            const auto names = manifest ? materialNames(manifest.value(), chunks)
                                        : core::Result<QStringList>(manifest.status());
            if (!names) {
                readable = false;
                break;
            }
            for (const QString &name : names.value())
                referenced.insert(name);
        }
        if (readable) {
            // The store's size is counted on the same walk, so the copies after a recount do not
            // walk it again (a year of files).
            qint64 keptBytes = 0;
            QDirIterator files(materialsFolder(), QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QFileInfo file(files.next());
                if (!MaterialFiles::isContentName(file.fileName()))
                    continue;
                if (!referenced.contains(file.fileName()) && QFile::remove(file.filePath()))
                    ++report.materialsRemoved;
                else
                    keptBytes += file.size();
            }
            removeInterruptedWrites(materialsFolder());
            const QString cache = QDir(materialsFolder()).filePath(kMaterialsBytesName);
            if (!QFileInfo(materialsFolder()).isDir() ||
                !writeFileAtomically(cache, QByteArray::number(keptBytes), false))
                QFile::remove(cache);       // counted again when asked
            QFile::remove(copyingMarker()); // what the killed copy left is gone
        }
    }
    return report;
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
    if (!ok || before + bytes < 0 || !cached.open(QIODevice::WriteOnly | QIODevice::Truncate))
        QFile::remove(path);
    else
        cached.write(QByteArray::number(before + bytes));
}

} // namespace store
