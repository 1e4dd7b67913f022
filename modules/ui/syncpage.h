#pragma once

#include "accounts/permissions.h"
#include "centralsync/syncadministration.h"
#include "core/clock.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace centralsync {
class SyncScheduler;
struct UploadSummary;
} // namespace centralsync

namespace ui {

// The admin's sync page: what waits for the central system (by type), when it last got through,
// the records set aside with the server's reasons, the server settings and token, and "Sync now"
// with a progress bar. Every run is written to the station's sync log.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    // `scheduler` owns the uploads; without one, "Sync now" is off.
    SyncPage(centralsync::SyncAdministration &sync, centralsync::SyncScheduler *scheduler,
             const core::Clock &clock, const accounts::Session &session, QWidget *parent = nullptr);
    ~SyncPage() override;
    void reload();
    void syncNow();

signals:
    void statusChanged(); // a run started or ended

private:
    void saveSettings();
    void onFinished(const centralsync::UploadSummary &summary);

    centralsync::SyncAdministration &m_sync;
    const core::Clock &m_clock;
    accounts::Session m_session;
    centralsync::SyncScheduler *m_scheduler = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_quarantined = nullptr;
    QLabel *m_lastSuccess = nullptr;
    QLabel *m_state = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_ca = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_syncNow = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_byType = nullptr;
    QTableWidget *m_quarantineList = nullptr;
};

// One line for the status bar: not set up, syncing, online, offline or error, with the pending count.
QString syncStatusLine(const centralsync::SyncStatus &status, bool syncing, bool *problem);
// The same state in a few words (the status bar on a narrow screen): "Sync error", "Offline · 12".
QString syncStatusShort(const centralsync::SyncStatus &status, bool syncing);

} // namespace ui
