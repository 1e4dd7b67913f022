#pragma once

#include "database.h"

#include <QDateTime>
#include <QList>

#include <atomic>

namespace store {

struct BackupInfo {
    QString path; // station-<time>.manifest (chunked) or station-<time>.db (one file, older copies)
    QDateTime takenAt;
    qint64 bytes = 0;        // the database the copy restores
    int materialsCopied = 0; // material files new to backups/materials with this copy
    qint64 materialBytesCopied = 0;
    QStringList materialsMissing; // referenced by the database, absent from the data folder
    int chunksWritten = 0;        // pieces of the database new to backups/chunks with this copy
    qint64 chunkBytesWritten = 0;
    int piecesRead = 0;     // pieces of the database read (the others reused from the previous copy)
    QString fullScanReason; // why every piece was read, when it was (first copy, untrusted change log)
    // Why every material row was read instead of the journal's changes, when it was (backupmaterials.h).
    QString materialsFullScanReason;
};

// Which copies to keep: none older than `keepDays`, at most `keepCount`, and all of them together
// within `budgetBytes`, the oldest going first (so the kept copies are always the newest ones). The
// newest copy is always kept.
struct BackupPolicy {
    int keepDays = 7;
    int keepCount = 48;
    qint64 budgetBytes = 0; // 0: no budget
};

struct PruneReport {
    int removed = 0;
    int materialsRemoved = 0;    // files in backups/materials that no kept copy refers to
    int chunksRemoved = 0;       // pieces in backups/chunks that no kept copy names
    bool budgetTooSmall = false; // the newest copy alone (with the materials) is over the budget
    qint64 newestBytes = 0;      // the newest database copy and the shared materials store
    // Why the kept copies were counted again from every manifest (and the folders swept against that
    // count) instead of from the summary (backupsummary.h); empty when the summary was used.
    QString recountReason;
    bool skipped = false; // another process was taking a backup: nothing was done
};

// Consistent copies of the station database taken from a connection of their own, so the station
// keeps working (and may keep writing) while they are taken, on any thread. Kept in
// <data dir>/backups, newest last.
//
// A copy is a manifest (station-<time>.manifest) naming content-addressed pieces of the database
// file in <data dir>/backups/chunks (backupchunks.h), shared by every copy: a copy writes only the
// pieces that changed since the previous one, so its cost follows the day's changes, not the
// database's size. Its pieces are checked against their names when written and on every restore
// and check, which also runs SQLite's integrity check on the reassembled database. Copies from
// before (one file, station-<time>.db) are still listed, checked and restored; pre-upgrade copies
// stay single files.
//
// The medical materials (sealed files named by content, MaterialFiles) are backed up into one
// store shared by every copy, <data dir>/backups/materials, laid out like the data folder's: a
// copy adds only the files it refers to that the store does not hold yet, so each file is copied
// once however many copies refer to it. The files are copied before the database copy gets its
// name, so a named copy always has its materials; pruning deletes the files no kept copy names.
//
// A copy is written as "<name>.partial" (SQLite adds -journal/-wal/-shm beside it while it
// works), switched out of WAL mode so that no side file survives it, checked, and only then
// renamed to its backup name. A copy that was interrupted (killed, power cut) leaves only
// "*.partial*" files, which are never taken for backups and are deleted by the next backup and
// when the station starts.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(store::Backups)
public:
    explicit Backups(QString dataDir);

    QString folder() const;
    // Copies the database into a new backup file, checks the copy's integrity and records it in
    // the audit trail. Waits for the copy (the admin tool; the station uses BackupScheduler).
    core::Result<BackupInfo> create(Database &database, const QString &actor);
    // The copy itself, with no Database object: safe on a worker thread. `cancel` set from another
    // thread stops it between steps, leaving no file behind.
    // Before a newer program migrates the database: a checked copy of `databaseFile` named
    // pre-upgrade-schema<N>-<time>.db (N = the schema the older program wrote), taken before the
    // first migration step. Never pruned and not listed with the regular backups, so the older
    // program's data can always be restored after an upgrade. Returns the copy's path.
    // `prefix` names whose database it is (the central server's server.db uses its own, so the
    // two kinds of copies in one data folder cannot be mistaken for each other).
    core::Result<QString> beforeUpgrade(const QString &databaseFile, int fromSchema, const QDateTime &now,
                                        const QString &prefix = QLatin1String(kUpgradePrefix));
    static constexpr const char *kUpgradePrefix = "pre-upgrade-schema";
    static constexpr const char *kServerUpgradePrefix = "pre-upgrade-server-schema";
    core::Result<BackupInfo> copy(const QString &databaseFile, const QDateTime &takenAt,
                                  const std::atomic_bool *cancel = nullptr) const;
    QList<BackupInfo> list() const;
    // Deletes copies beyond `policy` (the newest is kept whatever the policy says), then the pieces
    // and material files no kept copy names. Decided from the summary of the kept copies
    // (backupsummary.h): the manifests of the copies that go are read, not those that stay. When
    // the summary cannot be trusted, every manifest is read to count again and the folders are
    // swept against that count. Skipped while another backup is being taken.
    PruneReport prune(const BackupPolicy &policy, const QDateTime &now);
    // Deletes what interrupted copies left behind; returns how many files. Skipped while another
    // process is taking a backup.
    int removeLeftovers() const;
    // Files in the backup folder that are not finished backups (what a killed copy leaves).
    QStringList leftovers() const;

    // Integrity of a backup ("ok" or what is wrong), without changing it: a manifest's pieces are
    // checked against their names, and the database they make passes SQLite's quick_check.
    static QString check(const QString &backupPath);
    static bool isManifest(const QString &backupPath);
    // The size of the database a backup restores (a manifest's header, or the file's size).
    static qint64 databaseBytes(const QString &backupPath);
    QString materialsFolder() const;
    QString chunksFolder() const;
    // Bytes in the shared materials store.
    qint64 materialsBytes() const;
    // Replaces the station database with a backup after checking the backup and that the
    // materials it refers to are in the store; those the data folder lacks are copied back first.
    // The station must not be running. The replaced files are kept beside it as
    // station.db.replaced-<time>.
    core::Status restore(const QString &backupPath, const core::Clock &clock);
    // After a restore: every material the database names opens with the station's key and
    // matches its SHA-256. Returns how many files were checked.
    static core::Result<int> verifyMaterials(Database &database);

    // Written before a copy writes its first piece, deleted once its manifest is named: found by the
    // next copy or pruning, it says a copy was killed and may have left pieces no manifest names.
    QString copyingMarker() const;

private:
    void addMaterialsBytes(qint64 bytes) const;
    static QString restoreFromManifest(const QString &manifestPath, const QString &target,
                                       QStringList *materials);
    QString m_dataDir;
};

} // namespace store
