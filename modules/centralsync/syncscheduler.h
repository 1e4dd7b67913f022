#pragma once

#include "syncstatus.h"

#include <QTimer>

#include <memory>

namespace centralsync {

// The station's one owner of sync runs: every `interval` while a server is set up (setting
// sync.server; sync.interval_min, default 5), and at once on request ("Sync now"). A run uploads
// the outbox, then, when that went through, downloads reference data (downloadReference). One run
// at a time; each run is written to the sync log. Offline, it simply tries again next time.
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    explicit SyncScheduler(store::Database &database, QObject *parent = nullptr);
    ~SyncScheduler() override;

    // The periodic runs; the first one `firstRun` after the start (a station waits for its login
    // window to settle; a service need not).
    void start(std::chrono::seconds firstRun = std::chrono::seconds(20));
    void setInterval(std::chrono::milliseconds interval);
    // A run now, unless one is under way. False (with the reason) when sync is not set up.
    bool runNow(QString *problem = nullptr);
    bool running() const { return m_uploader != nullptr || m_downloading; }

signals:
    void runStarted();
    void progress(qint64 done, qint64 total);
    void runFinished(const centralsync::UploadSummary &summary);

private:
    store::Database &m_database;
    QTimer m_timer;
    std::unique_ptr<Uploader> m_uploader;
    bool m_downloading = false;
};

} // namespace centralsync
