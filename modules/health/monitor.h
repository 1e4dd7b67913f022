#pragma once

#include "gatherer.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace checkinprint {
class TicketOutput;
}
namespace identity {
class CardReader;
}
namespace venue {
class HubClient;
}

namespace health {

// What a running station knows live about its devices and its hub (all optional, not owned).
struct LiveSources {
    venue::HubClient *hub = nullptr;
    identity::CardReader *cardReader = nullptr;
    checkinprint::TicketOutput *tickets = nullptr;
};

// The station's health while it runs: every health.interval_s (at least 60 s) the database facts are
// read on this thread (bounded queries), printers and the keychain are probed on a worker thread,
// the live hub, card reader and print queue are asked, and the checks are evaluated. A check whose
// level changed is written to the audit trail (health.level_changed, with the old and new level);
// an unchanged one is not. An enrolled station sends each report to its hub.
class Monitor : public QObject
{
    Q_OBJECT
public:
    Monitor(store::Database &database, QString dataDir, LiveSources live, QObject *parent = nullptr);
    ~Monitor() override;

    void setFreeSpace(FreeSpace freeSpace) { m_freeSpace = std::move(freeSpace); }
    // The first evaluation now, then one per interval.
    void start();
    // An evaluation now unless one is under way (the health page's "Check now").
    void evaluateNow();
    bool evaluating() const { return m_worker != nullptr; }
    const Report &report() const { return m_report; }
    bool hasReport() const { return m_evaluated; }
    // Waits for the evaluation under way (tests); false when it did not finish in time.
    bool waitForReport(int milliseconds);

signals:
    void reportReady(const health::Report &report);

private:
    void finish(Facts facts, const ProbePlan &plan, const ProbeResults &results);
    void addLiveFacts(Facts &facts) const;
    void auditChanges(const Report &report);

    store::Database &m_database;
    QString m_dataDir;
    LiveSources m_live;
    FreeSpace m_freeSpace;
    QTimer m_timer;
    QThread *m_worker = nullptr;
    Report m_report;
    bool m_evaluated = false;
};

} // namespace health
