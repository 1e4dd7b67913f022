#pragma once

#include "database.h"

#include <QDateTime>

#include <optional>

namespace store {

// One run of the uploader as the station's sync log keeps it (table sync_runs).
struct SyncRun {
    QDateTime finishedAt;
    QString state; // online | offline | error
    qint64 uploaded = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    qint64 pending = 0;
    QString error;
};

// The last sync run in the station's sync log.
struct LastSyncRun {
    QDateTime finishedAt;
    QString state; // online | offline | error
    QString error;
};

// The station's sync log: one row per upload run, read for the status bar, the sync page and the
// health checks (each read is a LIMIT 1 from the newest row).
class SyncRunLog
{
public:
    explicit SyncRunLog(Database &database);

    core::Status record(const SyncRun &run);
    std::optional<LastSyncRun> last() const;
    // When the last run finished that reached the server and left nothing pending.
    std::optional<QDateTime> lastClean() const;

private:
    Database &m_database;
};

} // namespace store
