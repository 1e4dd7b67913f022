#include "batchwriter.h"

#include <QDebug>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace syncserver {

namespace {

const char *const kSeenSql = "SELECT request_sha256, reply FROM batches WHERE batch_id = ?";
const char *const kStoredShaSql = "SELECT sha256 FROM records WHERE id = ?";
// Unique by id: an insert that changes nothing met a stored record.
const char *const kInsertSql =
    "INSERT INTO records(id, station, type, entity_key, version, predecessor, payload, sha256, batch_id, "
    "received_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";
const char *const kRememberSql =
    "INSERT INTO batches(batch_id, station, request_sha256, reply, received_at) VALUES(?, ?, ?, ?, ?)";

// A missing optional field is stored as '' (a null QString would bind as SQL NULL).
QVariant orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Qt SQL, for PostgreSQL (and any other driver).
class QtSqlBatchWriter final : public BatchWriter
{
public:
    explicit QtSqlBatchWriter(QSqlDatabase database) : m_db(std::move(database)) {}

    core::Result<std::optional<SeenBatch>> seenBatch(const QString &batchId) override
    {
        QSqlQuery query = prepared(kSeenSql);
        query.addBindValue(batchId);
        if (!query.exec())
            return failure("reading the batch", query);
        if (!query.next())
            return std::optional<SeenBatch>();
        return std::optional<SeenBatch>(
            SeenBatch{query.value(0).toString(), query.value(1).toString().toUtf8()});
    }
    core::Status begin() override
    {
        if (!m_db.transaction())
            return core::Status::failure(
                QStringLiteral("cannot start a transaction: %1").arg(m_db.lastError().text()));
        return {};
    }
    core::Result<std::optional<QString>> storedSha(const QString &id) override
    {
        QSqlQuery query = prepared(kStoredShaSql);
        query.addBindValue(id);
        if (!query.exec())
            return failure("reading a record", query);
        if (!query.next())
            return std::optional<QString>();
        return std::optional<QString>(query.value(0).toString());
    }
    core::Result<bool> insert(const StoredRecord &record) override
    {
        if (!m_insert) {
            m_insert.emplace(m_db);
            m_insert->prepare(QString::fromLatin1(kInsertSql));
        }
        for (const QVariant &value :
             {QVariant(record.id), QVariant(record.station), QVariant(record.type), orEmpty(record.entityKey),
              QVariant(record.version), orEmpty(record.predecessor),
              QVariant(QString::fromUtf8(record.payload)), QVariant(record.sha256), QVariant(record.batchId),
              QVariant(record.receivedAt)})
            m_insert->addBindValue(value);
        if (!m_insert->exec())
            return failure("storing a record", *m_insert);
        return m_insert->numRowsAffected() == 1;
    }
    core::Status remember(const QString &batchId, const QString &station, const QString &requestSha256,
                          const QByteArray &reply, const QString &receivedAt) override
    {
        QSqlQuery query = prepared(kRememberSql);
        for (const QString &value : {batchId, station, requestSha256, QString::fromUtf8(reply), receivedAt})
            query.addBindValue(value);
        if (!query.exec())
            return failure("recording the batch", query);
        return {};
    }
    core::Status commit() override
    {
        m_insert.reset();
        if (!m_db.commit())
            return core::Status::failure(QStringLiteral("cannot commit: %1").arg(m_db.lastError().text()));
        return {};
    }
    void rollback() override
    {
        m_insert.reset();
        m_db.rollback();
    }

private:
    QSqlQuery prepared(const char *sql)
    {
        QSqlQuery query(m_db);
        query.prepare(QString::fromLatin1(sql));
        return query;
    }
    static core::Status failure(const char *what, const QSqlQuery &query)
    {
        return core::Status::failure(
            QStringLiteral("%1: %2").arg(QString::fromLatin1(what), query.lastError().text()));
    }

    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_insert;
};

// SQLite through its own API on the connection Qt opened: statements prepared once, text bound
// as UTF-8 without copies.
class SqliteBatchWriter final : public BatchWriter
{
public:
    explicit SqliteBatchWriter(sqlite3 *db) : m_db(db) {}
    ~SqliteBatchWriter() override
    {
        // Finalized before Qt closes the connection, which fails while statements are open.
        for (sqlite3_stmt *statement :
             {m_seen, m_storedSha, m_insert, m_remember, m_begin, m_commit, m_rollback})
            sqlite3_finalize(statement);
    }

    core::Result<std::optional<SeenBatch>> seenBatch(const QString &batchId) override
    {
        const QByteArray id = batchId.toUtf8();
        if (const core::Status s = start(m_seen, kSeenSql, "reading the batch"); !s)
            return s;
        bindText(m_seen, 1, id);
        const int rc = sqlite3_step(m_seen);
        std::optional<SeenBatch> seen;
        if (rc == SQLITE_ROW)
            seen = SeenBatch{columnText(m_seen, 0),
                             QByteArray(static_cast<const char *>(sqlite3_column_blob(m_seen, 1)),
                                        sqlite3_column_bytes(m_seen, 1))};
        sqlite3_reset(m_seen);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return error("reading the batch");
        return seen;
    }
    core::Status begin() override { return run(m_begin, "BEGIN IMMEDIATE", "starting a transaction"); }
    core::Result<std::optional<QString>> storedSha(const QString &id) override
    {
        const QByteArray key = id.toUtf8();
        if (const core::Status s = start(m_storedSha, kStoredShaSql, "reading a record"); !s)
            return s;
        bindText(m_storedSha, 1, key);
        const int rc = sqlite3_step(m_storedSha);
        std::optional<QString> sha;
        if (rc == SQLITE_ROW)
            sha = columnText(m_storedSha, 0);
        sqlite3_reset(m_storedSha);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return error("reading a record");
        return sha;
    }
    core::Result<bool> insert(const StoredRecord &record) override
    {
        if (const core::Status s = start(m_insert, kInsertSql, "storing a record"); !s)
            return s;
        const QByteArray texts[] = {record.id.toUtf8(),          record.station.toUtf8(),
                                    record.type.toUtf8(),        record.entityKey.toUtf8(),
                                    record.predecessor.toUtf8(), record.sha256.toUtf8(),
                                    record.batchId.toUtf8(),     record.receivedAt.toUtf8()};
        bindText(m_insert, 1, texts[0]);
        bindText(m_insert, 2, texts[1]);
        bindText(m_insert, 3, texts[2]);
        bindText(m_insert, 4, texts[3]);
        sqlite3_bind_int(m_insert, 5, record.version);
        bindText(m_insert, 6, texts[4]);
        bindText(m_insert, 7, record.payload);
        bindText(m_insert, 8, texts[5]);
        bindText(m_insert, 9, texts[6]);
        bindText(m_insert, 10, texts[7]);
        const int rc = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (rc != SQLITE_DONE)
            return error("storing a record");
        return sqlite3_changes(m_db) == 1;
    }
    core::Status remember(const QString &batchId, const QString &station, const QString &requestSha256,
                          const QByteArray &reply, const QString &receivedAt) override
    {
        if (const core::Status s = start(m_remember, kRememberSql, "recording the batch"); !s)
            return s;
        const QByteArray texts[] = {batchId.toUtf8(), station.toUtf8(), requestSha256.toUtf8(),
                                    receivedAt.toUtf8()};
        bindText(m_remember, 1, texts[0]);
        bindText(m_remember, 2, texts[1]);
        bindText(m_remember, 3, texts[2]);
        bindText(m_remember, 4, reply);
        bindText(m_remember, 5, texts[3]);
        const int rc = sqlite3_step(m_remember);
        sqlite3_reset(m_remember);
        return rc == SQLITE_DONE ? core::Status() : error("recording the batch");
    }
    core::Status commit() override { return run(m_commit, "COMMIT", "committing"); }
    void rollback() override
    {
        // Called on a path that already failed; SQLite ends the transaction itself when the
        // connection closes, so a failed rollback is only worth a line in the journal.
        if (!sqlite3_get_autocommit(m_db))
            if (const core::Status rolledBack = run(m_rollback, "ROLLBACK", "rolling back"); !rolledBack)
                qWarning().noquote() << rolledBack.error();
    }

private:
    core::Status start(sqlite3_stmt *&statement, const char *sql, const char *what)
    {
        if (!statement &&
            sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
            return error(what);
        return {};
    }
    core::Status run(sqlite3_stmt *&statement, const char *sql, const char *what)
    {
        if (const core::Status s = start(statement, sql, what); !s)
            return s;
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        return rc == SQLITE_DONE ? core::Status() : error(what);
    }
    static void bindText(sqlite3_stmt *statement, int index, const QByteArray &text)
    {
        // The bytes outlive the step; an empty text is '' (NOT NULL columns), never NULL.
        sqlite3_bind_text(statement, index, text.isNull() ? "" : text.constData(), int(text.size()),
                          SQLITE_STATIC);
    }
    static QString columnText(sqlite3_stmt *statement, int column)
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                 sqlite3_column_bytes(statement, column));
    }
    core::Status error(const char *what) const
    {
        return core::Status::failure(
            QStringLiteral("%1: %2").arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(m_db))));
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_seen = nullptr;
    sqlite3_stmt *m_storedSha = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_remember = nullptr;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_commit = nullptr;
    sqlite3_stmt *m_rollback = nullptr;
};

} // namespace

std::unique_ptr<BatchWriter> BatchWriter::create(const QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    if (database.driverName() == QLatin1String("QSQLITE") && handle.isValid() &&
        qstrcmp(handle.typeName(), "sqlite3*") == 0)
        if (sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData()))
            return std::make_unique<SqliteBatchWriter>(db);
    return std::make_unique<QtSqlBatchWriter>(database);
}

} // namespace syncserver
