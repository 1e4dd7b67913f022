#pragma once

#include "database.h"

#include <QObject>

#include <memory>

class QThread;

namespace store {

// SQLite's quick_check reads every page: seconds on a database with a year of history. It runs
// here, on a worker thread with a read-only connection of its own, after login instead of before
// it. A failure leaves a marker file beside the database, so the next start checks the database
// before anything else and offers the newest good backup, as a failure found at start always did.
class IntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit IntegrityCheck(Database &database, QObject *parent = nullptr);
    ~IntegrityCheck() override;
    void start();
    bool running() const { return m_thread != nullptr; }

    // Marker of a failed background check for the station database at `databaseFile`.
    static QString failureMarker(const QString &databaseFile);
    // quick_check of the database file `path` from a connection of its own ("ok" or the problems);
    // `immutable` for a file nothing writes to (a backup): no lock and no side file.
    static QString quickCheck(const QString &path, bool immutable);

signals:
    void finished(const store::HealthReport &report);

private:
    struct Job;
    void done();

    Database &m_database;
    std::shared_ptr<Job> m_job;
    QThread *m_thread = nullptr;
};

} // namespace store
