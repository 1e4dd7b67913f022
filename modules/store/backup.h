#pragma once

#include "database.h"

#include <QDateTime>
#include <QList>

namespace store {

struct BackupInfo {
    QString path;
    QDateTime takenAt;
    qint64 bytes = 0;
};

// Consistent copies of the station database made with SQLite's online backup API, so the station
// keeps working while they are taken. Kept in <data dir>/backups, newest last.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(store::Backups)
public:
    explicit Backups(QString dataDir);

    QString folder() const;
    // Copies the open database into a new backup file and checks the copy's integrity.
    core::Result<BackupInfo> create(Database &database, const QString &actor);
    // Before a newer program migrates the database: a checked copy named
    // pre-upgrade-schema<N>-<time>.db (N = the schema the older program wrote), taken from the
    // still unmigrated connection. Never pruned and not listed with the regular backups, so the
    // older program's data can always be restored after an upgrade. Returns the copy's path.
    core::Result<QString> beforeUpgrade(QSqlDatabase &connection, int fromSchema, const QDateTime &now);
    static constexpr const char *kUpgradePrefix = "pre-upgrade-schema";
    QList<BackupInfo> list() const;
    // Deletes the oldest backups beyond `keep`.
    void prune(int keep);

    // Integrity of a backup file ("ok" or SQLite's complaint), without changing it.
    static QString check(const QString &backupPath);
    // Replaces the station database with a backup after checking the backup. The station must
    // not be running. The replaced files are kept beside it as station.db.replaced-<time>.
    core::Status restore(const QString &backupPath, const core::Clock &clock);

private:
    QString m_dataDir;
};

} // namespace store
