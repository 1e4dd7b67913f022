#pragma once

#include "sealer.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace store {

// Writes `bytes` to `path` so that the path holds either its old content or all of the new one,
// whatever happens: a temporary file beside it, written and flushed to the disk (fsync), renamed
// over the path, and the folder flushed so the rename itself survives a power cut. With
// `waitForDisk` false the two flushes are left out: the rename still keeps a reader from seeing a
// half-written file, but a power cut may lose the file (only for history nobody would miss).
core::Status writeFileAtomically(const QString &path, const QByteArray &bytes, bool waitForDisk = true);
// Deletes under `folder` the temporary files of writeFileAtomically that a kill left behind, when
// older than a minute (a write in progress in another process is left alone). Returns how many.
int removeInterruptedWrites(const QString &folder);

// The medical materials of the station, one sealed file per distinct content, outside station.db:
// <data dir>/materials/<first two hex digits>/<SHA-256 of the plaintext, 64 hex digits>.
//
// Named by the SHA-256 of the plaintext (the hash station.db and the central server already hold
// for each material), a file is content-addressed: the same document added to two cases is stored
// once, and writing it again (a retried add, a migration resumed after a kill) lands on the same
// name instead of leaving a stray copy. The content is sealed with the station's data key like
// every medical record, with "material:<hash>" as associated data, so a file copied over another
// name no longer opens, and reading checks the plaintext against its name.
class MaterialFiles
{
    Q_DECLARE_TR_FUNCTIONS(store::MaterialFiles)
public:
    enum class Durability {
        Durable,  // each file flushed to the disk before store() returns (every person's data)
        Deferred, // not flushed: for the bulk history of the benchmarks (Database::bulkLoading)
    };
    MaterialFiles(QString dataDir, const Sealer &sealer, Durability durability = Durability::Durable);

    static QString folderIn(const QString &dataDir);
    // "ab/abcdef…" for a content hash; the layout of the materials folder and of backups/materials.
    static QString relativePath(const QString &sha256);
    // True for a 64-digit lowercase hex name (what a finished file is called).
    static bool isContentName(const QString &name);
    QString pathOf(const QString &sha256) const;

    // Seals and writes the content unless a file of that content is there already. Returns only
    // once the file is on the disk, so a row referring to it may be committed afterwards.
    core::Status store(const QByteArray &plaintext, const QString &sha256) const;
    core::Result<QByteArray> read(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    core::Status remove(const QString &sha256) const;
    // The content hashes of every finished file in the folder.
    QStringList names() const;
    // Deletes the temporary files that an interrupted write left behind (older than a minute, so a
    // write in progress in another process is left alone). Returns how many were deleted.
    int removeLeftovers() const;

private:
    QString m_folder;
    const Sealer &m_sealer;
    Durability m_durability;
};

} // namespace store
