#pragma once

#include "sealer.h"
#include "settingsregistry.h"

#include "core/clock.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

namespace store {

// A prepared statement from the connection's cache (SQLite spends more time parsing a statement
// than running a small one). Finished when the handle goes away, so no cursor stays open. A
// statement already in use further up the call stack gets a private copy instead.
class Statement
{
public:
    explicit Statement(QSqlQuery *cached, std::function<void()> release);
    explicit Statement(std::unique_ptr<QSqlQuery> own);
    Statement(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement &operator=(Statement &&) = delete;
    ~Statement();
    QSqlQuery &operator*() { return *m_query; }
    QSqlQuery *operator->() { return m_query; }

private:
    std::unique_ptr<QSqlQuery> m_own;
    QSqlQuery *m_query = nullptr;
    std::function<void()> m_release;
};

// Why a station database could not be opened.
enum class OpenFailure { None, CannotOpen, NewerSchema, MigrationFailed, WrongKey };

struct HealthReport {
    int schemaVersion = 0;
    QString quickCheck; // "ok" or SQLite's list of problems
    bool healthy() const { return quickCheck == QLatin1String("ok"); }
};

// The station's own SQLite file: WAL, synchronous=FULL, foreign keys on, busy timeout, deleted
// content overwritten. Opening runs the numbered migrations and refuses a file written by a newer
// schema. Personal data is sealed with the installation's data key; a database refuses any other key.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(store::Database)
public:
    struct OpenResult {
        std::unique_ptr<Database> database;
        OpenFailure failure = OpenFailure::None;
        QString error; // translated, says what to do
    };

    // `path` is the database file; its folder is created when missing.
    static OpenResult open(const QString &path, const core::Clock &clock, const crypto::DataKey &key);
    // The key check stored in an existing database file without opening it for work: empty when
    // the file does not exist or has never been sealed with a key.
    static QString storedKeyCheck(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    // A cached prepared statement for `sql` (bind values afresh before each exec).
    Statement statement(const QString &sql);
    const QString &path() const { return m_path; }
    // The checked copy taken before this open migrated an older schema (Backups::beforeUpgrade),
    // empty when nothing was migrated. The programs say so to the person who started them.
    const QString &upgradeBackup() const { return m_upgradeBackup; }
    int upgradedFromSchema() const { return m_upgradedFrom; }
    static QString upgradeNotice(const QString &path, int fromSchema, const QString &backup);
    const core::Clock &clock() const { return m_clock; }
    const Sealer &sealer() const { return m_sealer; }
    int schemaVersion() const;
    HealthReport health(); // runs PRAGMA quick_check
    // Row count of every domain table, by table name.
    QMap<QString, qint64> rowCounts();
    QString pragma(const QString &name); // current value of a PRAGMA, for checks and tests

    // Runs `work` inside one transaction: committed when it returns an ok Status, rolled back
    // otherwise (also when it throws). Nested calls join the outer transaction.
    core::Status transaction(const std::function<core::Status()> &work);
    // The same without waiting for the disk at commit (WAL, synchronous=NORMAL for this one
    // commit): a power cut may undo it, never corrupt it, and the next ordinary commit makes it
    // durable. Only for bookkeeping that is safe to redo, such as marking rows the server has
    // confirmed (sent again, they come back as duplicates). Joins an outer transaction as is.
    core::Status transactionWithoutFsync(const std::function<core::Status()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Station-wide settings, only through the registry (settingsregistry.h): the stored value, or
    // the registry's default when none is stored.
    QString setting(const SettingSpec &spec) const;
    // An Integer or Boolean setting as a number; a stored value the registry would refuse (written
    // by an older version) reads as the default.
    int settingNumber(const SettingSpec &spec) const;
    // A change is a configuration change: checked by the registry (a refused value leaves the old
    // one), written to the audit trail with who made it, and to the outbox when the central system
    // receives that setting (type "setting").
    core::Status setSetting(const SettingSpec &spec, const QString &value,
                            const QString &actor = QStringLiteral("system"));
    // The same by key name (command line, settings dialog); an unknown key is refused with the
    // list of known ones.
    core::Status setSetting(const QString &key, const QString &value,
                            const QString &actor = QStringLiteral("system"));
    // True when the station has a value of its own for the setting (not the default).
    bool hasSetting(const SettingSpec &spec) const;
    // A value that moves with the work (a cursor such as venue.mirrored_seq), not a configuration
    // change: written as it is, without an audit row or an outbox row, in the caller's transaction.
    core::Status recordProgress(const SettingSpec &spec, const QString &value);

    // For generating history nobody would miss (the benchmarks' years of cases): commits stop
    // waiting for the disk (synchronous=OFF) until endBulkLoad() puts the station's FULL back and
    // lets SQLite refresh its query statistics (PRAGMA optimize). Never for a person's data.
    [[nodiscard]] core::Status beginBulkLoad();
    [[nodiscard]] core::Status endBulkLoad();
    // True between beginBulkLoad() and endBulkLoad(): the material files written meanwhile are not
    // flushed one by one either (MaterialFiles::Durability::Deferred).
    bool bulkLoading() const { return m_bulkLoading; }

private:
    Database(QSqlDatabase db, QString path, const core::Clock &clock, const crypto::DataKey &key);
    bool run(const QString &sql, QString *error = nullptr); // a cached statement without values
    QString storedSetting(const QString &key) const;        // null when none is stored
    QSqlDatabase m_db;
    QString m_path;
    QString m_upgradeBackup;
    int m_upgradedFrom = 0;
    const core::Clock &m_clock;
    Sealer m_sealer;
    int m_transactionDepth = 0;
    bool m_synchronousRelaxed = false; // synchronous=FULL could not be put back yet
    bool m_bulkLoading = false;
    QHash<QString, QSqlQuery *> m_statements;
    QSet<QString> m_statementsInUse;
};

// Default data directory of the station (QStandardPaths::AppDataLocation) and the file in it.
QString defaultDataDir();
QString databasePath(const QString &dataDir);

// Binds values in order. A null QString is stored as '' (columns are NOT NULL); pass an invalid
// QVariant() to store SQL NULL.
void bindAll(class QSqlQuery &query, const QVariantList &values);

// Translated message for a failed statement, keeping SQLite's own words for the log.
QString sqlError(const QString &what, const class QSqlQuery &query);

} // namespace store
