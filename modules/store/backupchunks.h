#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

#include <atomic>

namespace store {

// One backup of station.db kept as content-addressed chunks (<backups>/chunks/<ab>/<BLAKE2b-256>):
// the database file cut into fixed pieces of kChunkBytes, each stored once however many backups
// hold it, plus the list of material files the copy names. The list is kept in up to 256 pieces
// ("buckets", lines `bucket <ab> ...`), one per first two hex digits of the names, each holding its
// names sorted, so that a material added or removed changes only its bucket's piece, and a copy
// rewrites only the buckets the material journal (schema 27) says were touched since the previous
// copy (`material_journal <position>`). Copies from before list their names in row order, cut in
// pieces of kNamesPerPiece (lines `materials ...`). The manifest (<backups>/station-<time>.manifest,
// a few KiB) names the pieces in order.
//
// A manifest is written (temporary name, fsync, rename, folder fsync) only after every piece it
// names is on disk, so a kill leaves at worst pieces no manifest names, which pruning removes.
struct ChunkManifest {
    struct Piece {
        QString hash;        // BLAKE2b-256 of the piece, hex: its file name
        QString fingerprint; // XXH3-128 of the piece, hex: finds unchanged pieces without hashing
        qint64 bytes = 0;
        QString bucket; // a material bucket's two hex digits; empty for the other pieces
    };
    qint64 databaseBytes = 0;
    QList<Piece> chunks;    // the database file, in order
    QList<Piece> materials; // the material names, newline-separated: buckets in order, or older pieces
    // The material journal's position in the copy's snapshot; -1 when the list was not made from it.
    qint64 materialJournal = -1;

    QByteArray serialize() const;
    // Parses a manifest; `headerOnly` stops after the database size (for listing).
    static core::Result<ChunkManifest> parse(const QByteArray &text, bool headerOnly = false);
    static core::Result<ChunkManifest> read(const QString &path, bool headerOnly = false);
    qint64 storedBytes() const; // every piece counted once
};

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
    // Writes the piece unless present (content-addressed: same name, same bytes); the file is
    // fsynced and renamed into place, its folder is added to `touchedFolders` for one fsync later.
    core::Status put(const QString &hash, const QByteArray &bytes, QSet<QString> *touchedFolders) const;
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

struct ChunkedCopy {
    ChunkManifest manifest;
    int chunksWritten = 0; // pieces new to the store
    qint64 bytesWritten = 0;
    QStringList newMaterials;        // material names not in the previous manifest
    int piecesRead = 0;              // pieces of the database read and fingerprinted (the rest reused)
    QString fullScanReason;          // why every piece was read, when it was (changetracking.h)
    QString materialsFullScanReason; // why every material row was read, when it was (backupmaterials.h)
};

// One piece into the store and `pieces`: unchanged (same fingerprint as `before`, and its file still
// there) costs a fingerprint; changed costs a hash and a write. Returns an error, or nothing.
QString storePiece(const QByteArray &bytes, const ChunkManifest::Piece *before, const ChunkStore &chunks,
                   QList<ChunkManifest::Piece> *pieces, ChunkedCopy *copy, QSet<QString> *touched);

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
// Writes the database a manifest describes into `target`, checking every piece against its name.
QString reassemble(const ChunkManifest &manifest, const ChunkStore &chunks, const QString &target);

} // namespace store
