#include "integritycheck.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

namespace store {

struct IntegrityCheck::Job {
    QString result;
};

IntegrityCheck::IntegrityCheck(Database &database, QObject *parent) : QObject(parent), m_database(database) {}

IntegrityCheck::~IntegrityCheck()
{
    if (!m_thread)
        return;
    if (m_thread->isFinished()) {
        m_thread->wait();
        delete m_thread;
        return;
    }
    // Nobody waits for a check still reading (a logout right after login): the thread holds only
    // its own copies (the file name, the job), finishes on its own and deletes itself.
    disconnect(m_thread, nullptr, this, nullptr);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
}

QString IntegrityCheck::failureMarker(const QString &databaseFile)
{
    return databaseFile + QStringLiteral(".check-failed");
}

QString IntegrityCheck::quickCheck(const QString &path, bool immutable)
{
    const QByteArray absolute = QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/");
    const QByteArray uri = QByteArrayLiteral("file:") + absolute +
                           (immutable ? QByteArrayLiteral("?immutable=1") : QByteArrayLiteral("?mode=ro"));
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return error;
    }
    sqlite3_busy_timeout(db, 10000);
    QStringList lines;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &statement, nullptr) == SQLITE_OK) {
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            lines << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        if (rc != SQLITE_DONE)
            lines << QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        lines << QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return lines.isEmpty() ? QStringLiteral("quick_check returned nothing") : lines.join(QLatin1Char('\n'));
}

void IntegrityCheck::start()
{
    if (m_thread)
        return;
    auto job = std::make_shared<Job>();
    const QString path = m_database.path();
    m_job = job;
    m_thread = QThread::create([job, path] { job->result = quickCheck(path, false); });
    m_thread->setObjectName(QStringLiteral("integrity-check"));
    connect(m_thread, &QThread::finished, this, &IntegrityCheck::done);
    m_thread->start(QThread::LowPriority);
}

void IntegrityCheck::done()
{
    if (!m_thread)
        return;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    HealthReport report;
    report.schemaVersion = m_database.schemaVersion();
    report.quickCheck = m_job->result;
    m_job.reset();
    const QString marker = failureMarker(m_database.path());
    if (report.healthy()) {
        QFile::remove(marker);
    } else {
        QFile file(marker);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(report.quickCheck.toUtf8());
    }
    emit finished(report);
}

} // namespace store
