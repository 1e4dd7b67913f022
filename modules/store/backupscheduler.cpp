#include "backupscheduler.h"

#include <QTimer>

namespace store {

BackupScheduler::BackupScheduler(Database &database, const QString &dataDir, QObject *parent)
    : QObject(parent), m_database(database), m_backups(dataDir)
{
    bool ok = false;
    const int minutes = database.setting(QStringLiteral("backup.interval_minutes")).toInt(&ok);
    if (ok && minutes > 0)
        m_intervalMinutes = minutes;
    const int keep = database.setting(QStringLiteral("backup.keep")).toInt(&ok);
    if (ok && keep > 0)
        m_keep = keep;
    m_timer = new QTimer(this);
    m_timer->setInterval(m_intervalMinutes * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::backupNow);
    m_timer->start();
}

void BackupScheduler::backupNow()
{
    const auto created = m_backups.create(m_database, QStringLiteral("system"));
    if (!created) {
        emit backupFailed(created.error());
        return;
    }
    m_backups.prune(m_keep);
}

} // namespace store
