#pragma once

#include "backup.h"

#include <QObject>

class QTimer;

namespace store {

// Rolling backups while the station runs: every BackupIntervalMinutes (registry) and once
// more at the end of the day's work (when the station closes); keeps the newest BackupKeep
// (default 48).
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    BackupScheduler(Database &database, const QString &dataDir, QObject *parent = nullptr);
    int intervalMinutes() const { return m_intervalMinutes; }
    // Takes one backup now; failures are reported, never thrown at the person working.
    void backupNow();

signals:
    void backupFailed(const QString &message);

private:
    Database &m_database;
    Backups m_backups;
    int m_intervalMinutes = 0; // settings backup.interval_minutes
    int m_keep = 0;            // settings backup.keep
    QTimer *m_timer = nullptr;
};

} // namespace store
