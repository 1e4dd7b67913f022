#pragma once

#include "backup.h"

#include <QObject>

#include <memory>

class QThread;
class QTimer;

namespace store {

// Rolling backups while the station runs, taken on a worker thread from a connection of their own
// so nobody waits for them: every backup.interval_minutes and once more when the station closes.
// Copies are kept by age, count and disk budget (settings backup.keep_days, backup.keep, backup.budget_mb).
//
// The closing station waits at most backup.exit_wait_seconds for its last copy; a copy that is
// not done by then is cancelled (its partial file removed), the reason is kept in the database and
// in the audit trail, and the next start takes the copy first.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    BackupScheduler(Database &database, const QString &dataDir, QObject *parent = nullptr);
    ~BackupScheduler() override;
    int intervalMinutes() const { return m_intervalMinutes; }
    bool running() const { return m_job != nullptr; }
    // Starts a backup in the background unless one is under way. Failures are reported by
    // signal, never thrown at the person working.
    void backupNow();
    // For the station's close: a last backup, waiting at most backup.exit_wait_seconds.
    void backupBeforeExit();
    // Waits for the backup under way (tests and the benchmark); false when none finished in time.
    bool waitForBackup(int milliseconds);
    // Why the last closing backup was left to this start (empty when it was not).
    QString deferredReason() const;

signals:
    void backupFinished(const store::BackupInfo &info);
    void backupFailed(const QString &message);
    // Something to tell the admin that is not a failure, such as a budget too small for one copy.
    void backupWarning(const QString &message);

private:
    struct Job;
    void start();
    void finish();
    BackupPolicy policy() const;

    Database &m_database;
    Backups m_backups;
    int m_intervalMinutes = 30; // setting backup.interval_minutes
    QTimer *m_timer = nullptr;
    std::shared_ptr<Job> m_job;
    QThread *m_thread = nullptr;
};

} // namespace store
