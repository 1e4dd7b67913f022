#pragma once

#include "backupchunks.h"

#include <QMap>

struct sqlite3;

// The list of material files a backup names (ChunkManifest::materials), made in the cost of the
// changes since the previous copy: the material journal (schema 27, filled by triggers on
// material_files) names every content name whose rows were added or removed since the previous
// copy's position, and only their buckets are read, changed and written again. Every other bucket
// is the previous copy's piece as it was. The whole table is read only when the journal cannot be
// trusted to continue the previous copy's list: no previous copy or no position in it, a database
// that is not the continuation of the one copied then (the change log, changetracking.h, says so),
// journal rows missing, or a piece of the previous list that does not read back. Both ways give
// the same pieces for the same names (each bucket: its names sorted).
namespace store::backupmaterials {

struct Pending {
    qint64 journal = -1;      // the journal's position in the snapshot; -1: no journal (schema < 27)
    bool incremental = false; // only `buckets` changed since the previous copy
    QMap<QString, QList<QByteArray>> buckets; // bucket -> its names, sorted (empty: the bucket goes)
    QList<QByteArray> added;                  // incremental: names new to the list
    QString fullScanReason;                   // why every row was read, when it was
    QString error;                            // the names could not be read: no copy
};

// Inside the snapshot's read transaction. `continuous`: the change log vouches that the database is
// the one `previous` was taken from, written only through this program since.
Pending read(sqlite3 *db, const ChunkManifest *previous, bool continuous, const ChunkStore &chunks);
// Writes the buckets that changed and fills the copy's list, position and new names. Returns an
// error, or nothing.
QString write(const Pending &pending, const ChunkManifest *previous, PieceBatch &batch, ChunkedCopy *copy);
// Once a copy is named: deletes the journal rows up to its position (the next copy reads only those
// after it). Best effort: rows left behind are read again, never missed.
void trimJournal(const QString &databaseFile, qint64 position);

// "ab" for a name starting with those hex digits.
QString bucketOf(const QByteArray &name);
// A content name: 64 lowercase hex digits.
bool isContentName(const QByteArray &name);

} // namespace store::backupmaterials
