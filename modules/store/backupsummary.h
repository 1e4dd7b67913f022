#pragma once

#include "backupchunks.h"

#include "core/result.h"

#include <QStringList>

struct sqlite3;

namespace store {

// What the kept chunked copies hold, counted in <backups>/summary.db, so that pruning decides and
// deletes without reading every kept manifest (issue 21: a half-hourly copy in the cost of its
// changes, not of the copies kept).
//
// Copies are numbered in the order they were taken (`copies`), and pruning only ever removes the
// oldest (age, count and budget all take the oldest first), so the kept copies are always the
// newest ones. A piece (of a database or of a material list) is then needed exactly when the newest
// copy that names it is kept: `pieces.last` holds that copy's number, or NULL while the newest copy
// names it, and `pieces.refs` how many times that copy names it. Adding a copy touches only the
// pieces that differ from the previous newest copy (of a format-2 manifest, the parts that differ
// and the pieces they list); removing the oldest copy frees the pieces whose `last` is its number;
// stored_bytes keeps the sum of the needed pieces.
//
// The summary is trusted only when it counts exactly the manifests in the folder (a newer
// manifest not counted yet is added); anything else (missing or unreadable file, a counted copy
// gone, a copy killed while writing pieces) makes pruning count again from every manifest and
// sweep the folders against that count (Backups::prune). Every change is one SQLite transaction.
class BackupSummary
{
public:
    explicit BackupSummary(QString backupsFolder);
    ~BackupSummary();
    BackupSummary(const BackupSummary &) = delete;
    BackupSummary &operator=(const BackupSummary &) = delete;

    static QString fileName();
    QString path() const { return m_path; }

    // Opens the summary and brings it up to `manifests` (file names, oldest first, read from
    // `folder` when one is not counted yet). False, with the reason, when it cannot be trusted.
    bool open(const QStringList &manifests, QString *whyNot);
    // Counts again from scratch: every manifest of `manifests` is read.
    core::Status rebuild(const QStringList &manifests);

    // The copy `name`, newest of all, with its pieces, counted by how they differ from `previous`
    // (the newest counted copy, nullptr when none is counted): only the parts that differ are read.
    core::Status add(const QString &name, const ChunkManifest &manifest, const ChunkManifest *previous);
    // Removes the oldest counted copy; returns the bytes of the pieces no kept copy names any more.
    core::Result<qint64> removeOldest(const QString &name);
    qint64 storedBytes() const;
    // What the newest counted copy holds, each piece once (ChunkManifest::storedBytes); -1: none.
    qint64 newestCopyBytes() const;

    struct Piece {
        QString hash;
        bool names = false; // a piece of a material list
        QString bucket;     // its bucket ("" for lists from before buckets)
    };
    // Pieces no counted copy names (after removeOldest), and the needed material-list pieces that
    // may hold names of `bucket` (that bucket's and older unbucketed ones).
    QList<Piece> unneeded() const;
    QStringList neededNamePieces(const QString &bucket) const;
    // Every needed piece (for the sweep of a recount).
    QStringList needed() const;
    core::Status forget(const QStringList &hashes);

private:
    bool exec(const char *sql) const;
    qint64 number(const char *sql) const;
    QString error() const;
    QString m_folder;
    QString m_path;
    sqlite3 *m_db = nullptr;
};

} // namespace store
