#pragma once

#include "backupmanifest.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <atomic>

namespace store {

// One backup of station.db kept as content-addressed chunks (<backups>/chunks/<ab>/<BLAKE2b-256>):
// the database file cut into fixed pieces of kChunkBytes, each stored once however many backups
// hold it, the parts listing them (backupmanifest.h), plus the list of material files the copy
// names. The list is kept in up to 256 pieces ("buckets", lines `bucket <ab> ...`), one per first
// two hex digits of the names, each holding its names sorted, so that a material added or removed
// changes only its bucket's piece, and a copy rewrites only the buckets the material journal
// (schema 27) says were touched since the previous copy (`material_journal <position>`). Copies
// from before list their names in row order, cut in pieces of kNamesPerPiece (lines `materials
// ...`). The manifest (<backups>/station-<time>.manifest, a few KiB) names the pieces in order.
//
// A manifest is written (temporary name, fsync, rename, folder fsync) only after every piece it
// names is on disk (PieceBatch), so a kill leaves at worst pieces no manifest names, which pruning
// removes.
class ChunkStore
{
    Q_DECLARE_TR_FUNCTIONS(store::ChunkStore)
public:
    static constexpr int kChunkBytes = 256 * 1024;
    static constexpr int kNamesPerPiece = 1024;

    explicit ChunkStore(QString folder);
    QString folder() const { return m_folder; }
    QString pathOf(const QString &hash) const;
    // Where pieces are written before they are renamed into place (what a killed copy leaves).
    QString incomingFolder() const;
    bool has(const QString &hash) const;
    // Reads a piece and checks it against its name.
    core::Result<QByteArray> get(const QString &hash) const;
    // Deletes the pieces not in `kept`; returns how many.
    int removeExcept(const QSet<QString> &kept) const;

    static QString hashOf(const QByteArray &bytes);
    static QString fingerprintOf(const QByteArray &bytes);
    static bool syncFolders(const QSet<QString> &folders);

private:
    QString m_folder;
};

// The pieces one copy writes, made durable together. Each is written into the incoming folder
// without a flush of its own; commit() then makes them all durable with one syncfs() (one journal
// commit for the file system, where a flush per piece cost a commit per piece: a year's copy
// changes twice the pieces of a first day's), renames them into place and makes the names durable
// with a second one. A name in the store therefore always holds its whole content, and a kill
// before commit() leaves only files in the incoming folder, which are swept as leftovers. (syncfs()
// reports a failed write-back since Linux 5.8; Debian 12 runs 6.1.)
class PieceBatch
{
    Q_DECLARE_TR_FUNCTIONS(store::PieceBatch)
public:
    explicit PieceBatch(const ChunkStore &store);
    ~PieceBatch(); // removes what was not committed
    PieceBatch(const PieceBatch &) = delete;
    PieceBatch &operator=(const PieceBatch &) = delete;

    const ChunkStore &store() const { return m_store; }
    // In the store, or written by this batch.
    bool has(const QString &hash) const;
    // Writes the piece unless present (content-addressed: same name, same bytes).
    core::Status put(const QString &hash, const QByteArray &bytes);
    core::Status commit();
    int size() const { return int(m_pending.size()); }

private:
    const ChunkStore &m_store;
    QHash<QString, QString> m_pending; // hash -> its file in the incoming folder
};

struct ChunkedCopy {
    ChunkManifest manifest;
    int chunksWritten = 0; // pieces new to the store
    qint64 bytesWritten = 0;
    QStringList newMaterials;        // material names not in the previous manifest
    int piecesRead = 0;              // pieces of the database read and fingerprinted (the rest reused)
    QString fullScanReason;          // why every piece was read, when it was (changetracking.h)
    QString materialsFullScanReason; // why every material row was read, when it was (backupmaterials.h)
};

// One piece into the batch and `pieces`: unchanged (same fingerprint as `before`, and its file still
// there) costs a fingerprint; changed costs a hash and a write. Returns an error, or nothing.
QString storePiece(const QByteArray &bytes, const ChunkManifest::Piece *before, PieceBatch &batch,
                   QList<ChunkManifest::Piece> *pieces, ChunkedCopy *copy);

// A consistent snapshot of `databaseFile` written into `chunks`, comparing each piece's
// fingerprint with `previous` (the newest manifest) so that only changed pieces are hashed and
// written. Returns the manifest to write, or what went wrong; `noQuietMoment` is set when the
// station kept the write-ahead log busy through every attempt (the caller then copies it first).
//
// With `previousName` (the file name of `previous`) and `name` (the new manifest's), the
// snapshot asks the change log (changetracking.h) which pieces changed since `previous` and reads
// only those, reusing `previous`'s entries for the rest; when the log cannot be trusted it reads
// every piece. Inside the same read transaction it starts the log again for `name`.
core::Result<ChunkedCopy> writeChunkedSnapshot(const QString &databaseFile, const ChunkStore &chunks,
                                               const ChunkManifest *previous, const std::atomic_bool *cancel,
                                               bool *noQuietMoment = nullptr,
                                               const QString &previousName = {}, const QString &name = {});
// The material names a manifest's pieces hold.
core::Result<QStringList> materialNames(const ChunkManifest &manifest, const ChunkStore &chunks);
// Writes the database a manifest describes into `target`, checking every piece against its name
// (a format-2 manifest's parts are read first).
QString reassemble(const ChunkManifest &manifest, const ChunkStore &chunks, const QString &target);
// Exactly `length` lower-case hexadecimal digits: the form of a piece's name and of a fingerprint,
// checked before a name read from a manifest or a folder is used as a file name.
bool isLowerHex(QByteArrayView text, int length);

} // namespace store
