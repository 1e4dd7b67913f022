#include "backupscheduler.h"

#include <QTimer>

namespace store {

BackupScheduler::BackupScheduler(Database &database, const QString &dataDir, QObject *parent)
    : QObject(parent), m_database(database), m_backups(dataDir)
{
    m_intervalMinutes = database.settingNumber(settings::BackupIntervalMinutes);
    m_keep = database.settingNumber(settings::BackupKeep);
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
