#include "housekeeping.h"

#include <QApplication>
#include <QDebug>
#include <QMessageBox>

#include <utility>

Housekeeping::Housekeeping(QApplication &app, store::Database &database, const QString &folder)
    : m_backups(database, folder), m_retention(database)
{
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &m_backups,
                     &store::BackupScheduler::backupBeforeExit);
    QObject::connect(&m_backups, &store::BackupScheduler::backupFailed, &app, [](const QString &message) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Backup failed"), message);
    });
    // Said once per run, not at every half-hourly copy.
    QObject::connect(&m_backups, &store::BackupScheduler::backupWarning, &app,
                     [warned = false](const QString &message) mutable {
                         if (std::exchange(warned, true))
                             return;
                         QMessageBox::warning(nullptr, QApplication::translate("main", "Backups"), message);
                     });
    // Once a day, in small batches on the event loop: failures go to the log and are tried again
    // at the next hourly check; nothing is removed that the central server has not confirmed.
    QObject::connect(&m_retention, &store::RetentionScheduler::failed, &app,
                     [](const QString &message) { qWarning().noquote() << "retention:" << message; });
    m_retention.start();
}
