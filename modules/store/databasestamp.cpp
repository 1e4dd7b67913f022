#include "databasestamp.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringList>
#include <QtEndian>

#include <sqlite3.h>

namespace store {

namespace {

QString errorOf(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

QStringList textColumn(sqlite3 *db, const QByteArray &sql, QString *error)
{
    QStringList values;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK) {
        *error = errorOf(db);
        return values;
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        values << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    if (rc != SQLITE_DONE)
        *error = errorOf(db);
    sqlite3_finalize(statement);
    return values;
}

QByteArray quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return (QLatin1Char('"') + escaped + QLatin1Char('"')).toUtf8();
}

// Adds the rows of `table` to `hash`: their count, and the sum of one SHA-256 prefix per row.
bool addTable(sqlite3 *db, const QString &table, QCryptographicHash &hash, QString *error)
{
    const QStringList columns =
        textColumn(db, "SELECT name FROM pragma_table_info(" + quoted(table) + ") ORDER BY cid", error);
    if (!error->isEmpty() || columns.isEmpty())
        return error->isEmpty();
    QByteArray sql = "SELECT ";
    for (int i = 0; i < columns.size(); ++i) {
        const QByteArray column = quoted(columns.at(i));
        // typeof() does not read a BLOB's content, so the materials' bytes are not even loaded.
        sql += (i ? ", " : "") + QByteArray("CASE WHEN typeof(") + column + ") = 'blob' THEN NULL ELSE " +
               column + " END";
    }
    sql += " FROM " + quoted(table);
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK) {
        *error = errorOf(db);
        return false;
    }
    quint64 rows = 0;
    quint64 sum = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int i = 0; i < columns.size(); ++i) {
            const int type = sqlite3_column_type(statement, i);
            const char tag = char('0' + type);
            row.addData(QByteArrayView(&tag, 1));
            if (type != SQLITE_NULL) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
                const int bytes = sqlite3_column_bytes(statement, i);
                const quint32 length = qToBigEndian(quint32(bytes));
                row.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
                row.addData(QByteArrayView(text, bytes));
            }
        }
        sum += qFromBigEndian<quint64>(row.result().constData());
        ++rows;
    }
    if (rc != SQLITE_DONE)
        *error = errorOf(db);
    sqlite3_finalize(statement);
    const QByteArray name = table.toUtf8();
    hash.addData(name);
    const quint64 totals[2] = {qToBigEndian(rows), qToBigEndian(sum)};
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(totals), sizeof totals));
    return error->isEmpty();
}

} // namespace

DatabaseStamp DatabaseStamp::of(const QString &databaseFile)
{
    DatabaseStamp stamp;
    sqlite3 *db = nullptr;
    // Read-write only so that a database in WAL mode can be read (its -shm); nothing is written.
    const QByteArray path = QFile::encodeName(databaseFile);
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        // A copy the backup folder keeps read-only is still read (it is not in WAL mode).
        sqlite3_close(db);
        db = nullptr;
    }
    if (!db && sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        stamp.error = errorOf(db);
        sqlite3_close(db);
        return stamp;
    }
    sqlite3_busy_timeout(db, 10000);
    QString error;
    // One read transaction: the stamp is of one state of the file.
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        error = errorOf(db);
    QStringList version;
    if (error.isEmpty())
        version = textColumn(db, "PRAGMA user_version", &error);
    QStringList tables;
    if (error.isEmpty())
        tables =
            textColumn(db,
                       "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                       "ESCAPE '\\' ORDER BY name",
                       &error);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : std::as_const(tables))
        if (!addTable(db, table, hash, &error))
            break;
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    if (!error.isEmpty() || version.isEmpty()) {
        stamp.error = error.isEmpty() ? QStringLiteral("no schema version") : error;
        return stamp;
    }
    stamp.schema = version.first().toInt();
    stamp.content = hash.result();
    return stamp;
}

} // namespace store
