#include "backupscheduler.h"

#include "auditlog.h"
#include "settingsregistry.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

namespace store {

struct BackupScheduler::Job {
    std::atomic_bool cancel{false};
    BackupPolicy policy;
    core::Result<BackupInfo> result = core::Result<BackupInfo>::failure(QString());
    PruneReport pruned; // after a good copy; pruning walks every kept copy, so it stays off the UI thread
};

BackupScheduler::BackupScheduler(Database &database, const QString &dataDir, QObject *parent)
    : QObject(parent), m_database(database), m_backups(dataDir)
{
    m_intervalMinutes = database.settingNumber(settings::BackupIntervalMinutes);
    // A copy killed with the station left a partial file: nothing else is copying yet.
    m_backups.removeLeftovers();
    m_timer = new QTimer(this);
    m_timer->setInterval(m_intervalMinutes * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::backupNow);
    m_timer->start();
    // The copy the last close could not take is taken first, once the event loop runs.
    if (!deferredReason().isEmpty())
        QTimer::singleShot(0, this, &BackupScheduler::backupNow);
}

BackupScheduler::~BackupScheduler()
{
    if (m_job) {
        m_job->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

QString BackupScheduler::deferredReason() const
{
    return m_database.setting(settings::BackupDeferredReason);
}

BackupPolicy BackupScheduler::policy() const
{
    BackupPolicy policy;
    policy.keepDays = m_database.settingNumber(settings::BackupKeepDays);
    policy.keepCount = m_database.settingNumber(settings::BackupKeep);
    policy.budgetBytes = qint64(m_database.settingNumber(settings::BackupBudgetMb)) * 1024 * 1024;
    return policy;
}

void BackupScheduler::backupNow()
{
    if (!m_job)
        start();
}

void BackupScheduler::start()
{
    auto job = std::make_shared<Job>();
    Backups backups = m_backups;
    const QString file = m_database.path();
    const QDateTime takenAt = m_database.clock().now();
    job->policy = policy(); // settings are read here, on the database's thread
    m_job = job;
    m_thread = QThread::create([job, backups, file, takenAt]() mutable {
        job->result = backups.copy(file, takenAt, &job->cancel);
        if (job->result)
            job->pruned = backups.prune(job->policy, job->result.value().takenAt);
    });
    m_thread->setObjectName(QStringLiteral("backup"));
    connect(m_thread, &QThread::finished, this, &BackupScheduler::finish);
    m_thread->start(QThread::LowPriority);
}

void BackupScheduler::finish()
{
    if (!m_job || !m_thread->isFinished())
        return; // already handled (backupBeforeExit waits and finishes it directly)
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Job> job = std::move(m_job);
    if (!job->result) {
        if (!job->cancel)
            emit backupFailed(job->result.error());
        return;
    }
    const BackupInfo info = job->result.value();
    // The copy exists; what could not be written down about it is said as a warning, which the
    // station shows, rather than calling a good copy a failure.
    if (const core::Status audited = AuditLog(m_database)
                                         .append(QStringLiteral("system"), QStringLiteral("backup.create"),
                                                 QFileInfo(info.path).fileName());
        !audited)
        emit backupWarning(audited.error());
    if (!deferredReason().isEmpty())
        if (const core::Status cleared = m_database.setSetting(settings::BackupDeferredReason, QString());
            !cleared)
            emit backupWarning(cleared.error());
    if (!info.materialsMissing.isEmpty())
        emit backupWarning(
            tr("%n material file(s) named by the database are missing from the data folder (for "
               "example %1), so the backup does not have them. Restore the data folder from an "
               "older backup.",
               nullptr, int(info.materialsMissing.size()))
                .arg(info.materialsMissing.first()));
    const BackupPolicy &rules = job->policy;
    const PruneReport &pruned = job->pruned;
    if (pruned.budgetTooSmall)
        emit backupWarning(
            tr("The backup budget (setting %1: %2 MiB) is smaller than one copy (%3 MiB); only the newest "
               "copy is kept. Raise the budget or free disk space.")
                .arg(settings::BackupBudgetMb.name())
                .arg(rules.budgetBytes / (1024 * 1024))
                .arg((pruned.newestBytes + 1024 * 1024 - 1) / (1024 * 1024)));
    emit backupFinished(info);
}

bool BackupScheduler::waitForBackup(int milliseconds)
{
    if (!m_job)
        return true;
    if (!m_thread->wait(QDeadlineTimer(milliseconds)))
        return false;
    finish();
    return true;
}

void BackupScheduler::backupBeforeExit()
{
    m_timer->stop();
    const int waitSeconds = m_database.settingNumber(settings::BackupExitWaitSeconds);
    // A copy already under way is a copy of nearly everything: let it finish instead of starting over.
    if (!m_job)
        start();
    if (waitForBackup(waitSeconds * 1000))
        return;
    m_job->cancel = true;
    m_thread->wait(); // the copy stops between two steps of a few MiB
    m_thread->deleteLater();
    m_thread = nullptr;
    m_job.reset();
    const QString reason =
        tr("The backup at closing time was not done after %n second(s); it is taken when the station starts "
           "again.",
           nullptr, waitSeconds);
    // The station is closing: nobody is left to read a window, so what cannot be written down goes
    // to the journal (standard error).
    if (const core::Status noted = m_database.setSetting(settings::BackupDeferredReason, reason); !noted)
        qWarning().noquote() << noted.error();
    if (const core::Status audited =
            AuditLog(m_database).append(QStringLiteral("system"), QStringLiteral("backup.deferred"), reason);
        !audited)
        qWarning().noquote() << audited.error();
}

} // namespace store
