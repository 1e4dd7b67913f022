#include "database.h"

#include "changetracking.h"

#include "auditlog.h"
#include "backup.h"
#include "migrations.h"

#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

// Opening the station's file: its folder, the PRAGMAs, the key check, the checked copy before an
// upgrade and the migrations; then health and row counts. Statements, transactions and settings
// are in databasestatements.cpp, databasetransactions.cpp and databasesettings.cpp.

namespace store {

namespace {

const QString kKeyCheckSetting = QStringLiteral("crypto.key_check");

bool exec(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql) && query.next())
        return query.value(0);
    return {};
}

} // namespace

QString defaultDataDir()
{
    // Named explicitly so the station, the admin tool and the server share one folder whatever
    // their application names are.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("appraisal-workstation"));
}

QString databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("station.db"));
}

QString Database::storedKeyCheck(const QString &path)
{
    if (!QFileInfo::exists(path))
        return {};
    changetracking::install();
    const QString connectionName =
        QStringLiteral("peek-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString check;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
            query.addBindValue(kKeyCheckSetting);
            if (query.exec() && query.next())
                check = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return check;
}

Database::OpenResult Database::open(const QString &path, const core::Clock &clock, const crypto::DataKey &key)
{
    OpenResult result;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        result.failure = OpenFailure::CannotOpen;
        result.error =
            tr("Cannot create the data folder %1. Check that the disk is writable.").arg(info.absolutePath());
        return result;
    }

    // Every connection on station.db writes through the tracking VFS, so a backup reads only the
    // pieces that changed since the previous one (changetracking.h).
    changetracking::install();
    const QString connectionName =
        QStringLiteral("station-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(info.absoluteFilePath());
    auto fail = [&](OpenFailure failure, const QString &message) {
        result.failure = failure;
        result.error = message;
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return std::move(result);
    };
    if (!db.open())
        return fail(OpenFailure::CannotOpen,
                    tr("Cannot open the station database %1: %2").arg(path, db.lastError().text()));

    // Read the version before touching anything: a file from a newer release must stay as it is.
    QSqlQuery versionQuery(db);
    if (!versionQuery.exec(QStringLiteral("PRAGMA user_version")) || !versionQuery.next()) {
        const QString reason = versionQuery.lastError().text();
        versionQuery = QSqlQuery();
        return fail(OpenFailure::CannotOpen,
                    tr("%1 is not a readable station database (%2). Restore a backup or choose "
                       "another data folder.")
                        .arg(path, reason));
    }
    const int version = versionQuery.value(0).toInt();
    versionQuery = QSqlQuery();
    if (version > kSchemaVersion)
        return fail(OpenFailure::NewerSchema,
                    tr("The station database %1 was written by a newer version of this program "
                       "(schema %2; this version knows up to %3). It was not opened and not "
                       "changed. Install the newer version to use it.")
                        .arg(path)
                        .arg(version)
                        .arg(kSchemaVersion));

    QString error;
    // WAL keeps readers and the writer apart; FULL makes every commit survive a power cut.
    if (!exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), &error) ||
        !exec(db, QStringLiteral("PRAGMA synchronous=FULL"), &error) ||
        !exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &error) ||
        // Deleted and overwritten rows are zeroed, so old plaintext cannot linger in free pages.
        !exec(db, QStringLiteral("PRAGMA secure_delete=ON"), &error) ||
        !exec(db, QStringLiteral("PRAGMA busy_timeout=5000"), &error))
        return fail(OpenFailure::CannotOpen, tr("Cannot configure the station database: %1").arg(error));

    const auto &steps = migrations();
    if (steps.size() != kSchemaVersion)
        return fail(OpenFailure::MigrationFailed,
                    tr("Internal error: schema %1 expected but %2 migrations are built in.")
                        .arg(kSchemaVersion)
                        .arg(steps.size()));
    const Sealer sealer(key);
    // A database sealed with another key is refused before anything is written to it.
    const QString expectedCheck =
        scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = '%1'").arg(kKeyCheckSetting))
            .toString();
    if (!expectedCheck.isEmpty() && expectedCheck != sealer.keyCheck())
        return fail(OpenFailure::WrongKey,
                    tr("The data key does not belong to the station database %1. Personal data in it "
                       "cannot be read with this key. Enter the recovery key written down when the "
                       "station was set up.")
                        .arg(path));
    // An existing database of an older release: a checked copy first, so an upgrade can always be
    // undone by installing the older program and restoring the copy. No copy, no migration.
    QString upgradeBackup;
    if (version > 0 && version < kSchemaVersion) {
        const auto copy =
            Backups(info.absolutePath()).beforeUpgrade(info.absoluteFilePath(), version, clock.now());
        if (!copy)
            return fail(OpenFailure::MigrationFailed,
                        tr("Before updating the station database %1 from schema %2 to %3 a checked "
                           "backup is taken, and it failed: %4 Nothing was changed. Free disk space or "
                           "make the data folder writable, then start again.")
                            .arg(path)
                            .arg(version)
                            .arg(kSchemaVersion)
                            .arg(copy.error()));
        upgradeBackup = copy.value();
    }
    for (int from = version; from < kSchemaVersion; ++from) {
        const Migration &step = steps.at(from);
        if (step.resumable) {
            error = step.resumable(db, sealer);
            if (!error.isEmpty())
                return fail(OpenFailure::MigrationFailed,
                            tr("Updating the station database to schema %1 stopped: %2. What was done "
                               "so far is kept; the update continues at the next start.")
                                .arg(from + 1)
                                .arg(error));
        }
        bool ok = exec(db, QStringLiteral("BEGIN IMMEDIATE"), &error);
        for (const QString &statement : step.before) {
            if (!ok)
                break;
            ok = exec(db, statement, &error);
        }
        if (ok && step.rewrite) {
            error = step.rewrite(db, sealer);
            ok = error.isEmpty();
        }
        for (const QString &statement : step.after) {
            if (!ok)
                break;
            ok = exec(db, statement, &error);
        }
        if (ok)
            ok = exec(db, QStringLiteral("PRAGMA user_version=%1").arg(from + 1), &error);
        if (ok)
            ok = exec(db, QStringLiteral("COMMIT"), &error);
        if (!ok) {
            exec(db, QStringLiteral("ROLLBACK"));
            return fail(OpenFailure::MigrationFailed,
                        tr("Updating the station database to schema %1 failed: %2. Nothing was "
                           "changed.")
                            .arg(from + 1)
                            .arg(error));
        }
    }

    if (expectedCheck.isEmpty()) {
        QSqlQuery remember(db);
        remember.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?)"));
        remember.addBindValue(kKeyCheckSetting);
        remember.addBindValue(sealer.keyCheck());
        if (!remember.exec())
            return fail(OpenFailure::CannotOpen,
                        tr("Cannot record the data key check: %1").arg(remember.lastError().text()));
    }
    if (version < 4)
        // Plaintext written before encryption may still sit in the write-ahead log.
        exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));

    result.database.reset(new Database(db, info.absoluteFilePath(), clock, key));
    if (!upgradeBackup.isEmpty()) {
        // Said on standard error (the journal for a service, the terminal for appraisal-admin);
        // the station also shows it in a window.
        qInfo().noquote() << upgradeNotice(info.absoluteFilePath(), version, upgradeBackup);
        result.database->m_upgradeBackup = upgradeBackup;
        result.database->m_upgradedFrom = version;
        const core::Status audited = AuditLog(*result.database)
                                         .append(QStringLiteral("system"), QStringLiteral("database.upgrade"),
                                                 QStringLiteral("schema %1 -> %2, backup %3")
                                                     .arg(version)
                                                     .arg(kSchemaVersion)
                                                     .arg(QFileInfo(upgradeBackup).fileName()));
        // The upgrade itself is committed and its backup kept; refusing the open now would only lock
        // the station out of its data, so a failed audit row is said in the journal instead.
        if (!audited)
            qWarning().noquote() << audited.error();
    }
    return result;
}

QString Database::upgradeNotice(const QString &path, int fromSchema, const QString &backup)
{
    return tr("The station database %1 was updated from schema %2 to %3. A checked copy of it from "
              "before the update is kept as %4 (appraisal-admin backup restore puts it back for the "
              "older version).")
        .arg(QDir::toNativeSeparators(path))
        .arg(fromSchema)
        .arg(kSchemaVersion)
        .arg(QDir::toNativeSeparators(backup));
}

Database::Database(QSqlDatabase db, QString path, const core::Clock &clock, const crypto::DataKey &key)
    : m_db(std::move(db)), m_path(std::move(path)), m_clock(clock), m_sealer(key)
{
}

Database::~Database()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

int Database::schemaVersion() const
{
    return const_cast<Database *>(this)->pragma(QStringLiteral("user_version")).toInt();
}

QString Database::pragma(const QString &name)
{
    return scalar(m_db, QStringLiteral("PRAGMA ") + name).toString();
}

HealthReport Database::health()
{
    HealthReport report;
    report.schemaVersion = schemaVersion();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        report.quickCheck = query.lastError().text();
        return report;
    }
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    report.quickCheck = lines.isEmpty() ? tr("quick_check returned nothing") : lines.join(QLatin1Char('\n'));
    return report;
}

QMap<QString, qint64> Database::rowCounts()
{
    QMap<QString, qint64> counts;
    const QStringList tables{QStringLiteral("venues"),
                             QStringLiteral("lanes"),
                             QStringLiteral("batches"),
                             QStringLiteral("cases"),
                             QStringLiteral("case_transitions"),
                             QStringLiteral("experts"),
                             QStringLiteral("rooms"),
                             QStringLiteral("tickets"),
                             QStringLiteral("walk_ins"),
                             QStringLiteral("accounts"),
                             QStringLiteral("outbox"),
                             QStringLiteral("audit_log")};
    for (const QString &table : tables)
        counts.insert(table, scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong());
    return counts;
}

} // namespace store
