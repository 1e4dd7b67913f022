#include "syncrunlog.h"

namespace store {

SyncRunLog::SyncRunLog(Database &database) : m_database(database) {}

core::Status SyncRunLog::record(const SyncRun &run)
{
    Statement insert = m_database.statement(
        QStringLiteral("INSERT INTO sync_runs(finished_at, state, uploaded, duplicates, rejected, pending, "
                       "error) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    bindAll(*insert, {run.finishedAt.toString(Qt::ISODateWithMs), run.state, run.uploaded, run.duplicates,
                      run.rejected, run.pending, run.error});
    if (!insert->exec())
        return core::Status::failure(sqlError(QStringLiteral("recording the sync run"), *insert));
    return {};
}

std::optional<LastSyncRun> SyncRunLog::last() const
{
    Statement query = m_database.statement(
        QStringLiteral("SELECT finished_at, state, error FROM sync_runs ORDER BY id DESC LIMIT 1"));
    if (!query->exec() || !query->next())
        return std::nullopt;
    return LastSyncRun{QDateTime::fromString(query->value(0).toString(), Qt::ISODateWithMs),
                       query->value(1).toString(), query->value(2).toString()};
}

std::optional<QDateTime> SyncRunLog::lastClean() const
{
    Statement query = m_database.statement(QStringLiteral(
        "SELECT finished_at FROM sync_runs WHERE state = 'online' AND pending = 0 ORDER BY id DESC LIMIT 1"));
    if (!query->exec() || !query->next())
        return std::nullopt;
    return QDateTime::fromString(query->value(0).toString(), Qt::ISODateWithMs);
}

} // namespace store
