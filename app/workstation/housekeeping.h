#pragma once

#include "store/backupscheduler.h"
#include "store/retention.h"

class QApplication;

// The station's own upkeep for as long as it runs: the half-hourly backups (and one at exit) and
// the daily retention run; their problems are said to the person or logged.
class Housekeeping
{
public:
    Housekeeping(QApplication &app, store::Database &database, const QString &folder);

private:
    store::BackupScheduler m_backups;
    store::RetentionScheduler m_retention;
};
