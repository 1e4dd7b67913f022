#pragma once

#include <QSet>
#include <QString>

// Which pieces of station.db changed since the last backup, without reading the file.
//
// A thin SQLite VFS wraps the default one ("unix") and is made the default, so every connection
// this process opens (the station's, the admin tool's, the bench's, the backup's own) goes
// through it. For a main database file named station.db it writes the number of every
// backup piece (ChunkStore::kChunkBytes) that a write or truncation touches into a sidecar,
// station.db-changes, before the write reaches the file, and makes the sidecar durable before the
// database file's own sync returns. In WAL mode the only writes to the database file are
// checkpoints (serialized across processes by SQLite's checkpoint lock), so the log is written by
// one process at a time.
//
// The log is trusted only when everything about it checks out: its header's checksum, every
// record's check word (bound to the log's generation, so a record from an earlier generation or a
// torn one is refused), the manifest it was started for (the backup that started it must be the
// newest one), no taint mark, and the database file's identity (device, inode, size, modification
// and change time) equal to what the last writer through this VFS recorded after its sync. A
// writer that does not go through this VFS (the sqlite3 shell, another program) changes the
// modification time without updating the record, so the next writer through the VFS marks the log
// tainted before writing, and the next backup finds either the taint or the mismatch. Whatever
// cannot be trusted makes the backup read and fingerprint every piece as before.
namespace store::changetracking {

// Registers the tracking VFS as the process's default, once. Called before any connection opens
// station.db (Database::open, the backup); cheap after the first call.
void install();

// True when this process's default VFS is the tracking one.
bool installed();

struct ChangedPieces {
    bool trusted = false;
    QString whyNot; // when not trusted, for the backup's report
    QSet<qint64> pieces;
};

// The pieces changed since the log was started for the backup `base` (a manifest's file name).
// Call inside the snapshot's read transaction (no checkpoint can write the file meanwhile).
ChangedPieces read(const QString &databaseFile, const QString &base);

// Starts a new generation of the log for the backup `base` whose snapshot is being read, with the
// file's identity as it is now. Call inside the same read transaction, after reading it. Until
// `base` exists (its manifest written), the next backup finds its newest manifest differs and
// falls back to the full scan. Returns false when the log could not be written (then it is
// removed, and the next backup scans in full).
bool restart(const QString &databaseFile, const QString &base);

QString logPath(const QString &databaseFile);

} // namespace store::changetracking
