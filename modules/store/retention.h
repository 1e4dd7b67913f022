#pragma once

#include "database.h"

#include <QObject>
#include <QStringList>

class QTimer;

namespace store {

struct RetentionReport {
    int archiveAfterDays = 0; // the setting the run used; 0: never archive
    bool dryRun = false;
    QStringList cases;    // archived (with --dry-run: would be archived)
    int materialRows = 0; // material references removed with them
    int materialFilesRemoved = 0;
    int outboxRowsRemoved = 0;
    bool more = false; // stopped at the batch limit; run again for the rest
};

// The retention policy (issue 21). The central server is the system of record: once it has
// confirmed everything about a case that is concluded and delivered, the station no longer needs
// the case's personal data or medical materials, and keeping them only adds risk and disk. After
// `retention.archive_after_days` days from the delivery a case is archived: its material files and
// the sealed personal data (ID number, name, phone, address; the ID index; the employer) are removed
// from the station, its confirmed outbox rows pruned, and the case keeps its number, state and dates
// (table archived_cases records when). Nothing unconfirmed is ever removed: a case with any record
// still pending or quarantined in the outbox (the case, its transitions, tickets, draws, opinions,
// materials, conclusion, delivery), or whose conclusion or delivery the server has not confirmed,
// stays whole. The audit trail is not touched: its chain verifies as before, incrementally and in
// full; each archived case adds an audit row (case.archive).
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(store::Retention)
public:
    explicit Retention(Database &database);

    // Archives up to `limit` eligible cases (all with -1), oldest delivery first, one transaction
    // per case; material files go after the commit, once no row names them. `dryRun` changes
    // nothing and reports what would go.
    core::Result<RetentionReport> run(bool dryRun, const QString &actor, int limit = -1);
    // The cases that may be archived today.
    QStringList eligible(int limit) const;
    // Deletes material files that no row names and that are older than an hour (a crash between
    // a file's removal and its row's, or between a write and its row's commit, leaves one).
    int removeUnreferencedFiles() const;

private:
    core::Status archive(const QString &acceptanceNo, const QString &actor, RetentionReport &report,
                         QStringList &releasedFiles);
    Database &m_database;
};

// The station runs the retention policy by itself once a day: a check every hour, and when the
// day has not had its run (setting retention.last_run), the eligible cases are archived in small
// batches, one batch per turn of the event loop, so the person at the station never waits for it.
class RetentionScheduler : public QObject
{
    Q_OBJECT
public:
    explicit RetentionScheduler(Database &database, QObject *parent = nullptr);
    // Starts the hourly check; the first one comes a minute after the start.
    void start();
    // One check now (tests): runs today's batches unless today already had its run.
    void checkNow();

signals:
    void archived(const QStringList &cases);
    void failed(const QString &message);

private:
    void runBatch();
    static constexpr int kBatchCases = 10;
    Database &m_database;
    QTimer *m_timer = nullptr;
    bool m_running = false;
};

} // namespace store
