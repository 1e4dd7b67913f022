#include "syncscheduler.h"

#include "referencedownload.h"

namespace centralsync {

SyncScheduler::SyncScheduler(store::Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
    const int minutes = qMax(1, database.settingNumber(store::settings::SyncIntervalMinutes));
    m_timer.setInterval(std::chrono::minutes(minutes));
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!configuredServer(m_database).isEmpty())
            runNow();
    });
}

SyncScheduler::~SyncScheduler() = default;

void SyncScheduler::start(std::chrono::seconds firstRun)
{
    m_timer.start();
    QTimer::singleShot(firstRun, this, [this] {
        if (!configuredServer(m_database).isEmpty())
            runNow();
    });
}

void SyncScheduler::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

bool SyncScheduler::runNow(QString *problem)
{
    if (running())
        return true; // under way already
    QString why;
    const ServerLink link = configuredLink(m_database, &why);
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return false;
    }
    m_uploader = std::make_unique<Uploader>(m_database, link);
    // Someone may be watching: report after a few tries instead of backing off for minutes; the
    // next scheduled run tries again.
    m_uploader->setMaxFailures(3);
    m_uploader->setMaxBackoffSeconds(10);
    connect(m_uploader.get(), &Uploader::progress, this, &SyncScheduler::progress);
    connect(m_uploader.get(), &Uploader::finished, this, [this, link](UploadSummary summary) {
        m_uploader.release()->deleteLater(); // still inside its own signal
        // With the link up, reference data comes down after the upload (the station's own changes
        // are up by then, so fewer are kept back).
        if (summary.lastError.isEmpty() && !link.throughHub) {
            m_downloading = true;
            const ReferenceSummary reference = downloadReference(m_database, link);
            m_downloading = false;
            if (!reference.error.isEmpty())
                summary.lastError = QStringLiteral("reference data: %1").arg(reference.error);
        }
        recordRun(m_database, summary);
        emit runFinished(summary);
    });
    emit runStarted();
    m_uploader->start();
    return true;
}

} // namespace centralsync
