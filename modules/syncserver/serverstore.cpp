#include "serverstore.h"

#include "batchwriter.h"

#include "store/backup.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace syncserver {

namespace {

QString sqlError(const QString &what, const QSqlQuery &query)
{
    return QStringLiteral("%1: %2").arg(what, query.lastError().text());
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Reasons are part of the protocol (docs/sync-protocol.md): English, stable, for admins.
const QString kConflictReason = QStringLiteral("a record with this id and other content is stored");

// Empty when the record may be stored.
QString invalidRecord(const centralsync::Record &record)
{
    if (record.type.isEmpty())
        return QStringLiteral("type is missing");
    if (record.version < 1)
        return QStringLiteral("version must be a whole number from 1");
    if (record.version > 1 && record.predecessor.isEmpty())
        return QStringLiteral("version %1 must name its predecessor").arg(record.version);
    if (record.sha256 != centralsync::sha256Hex(record.payload))
        return QStringLiteral("sha256 does not match the payload");
    return {};
}

// What makes a batch the same batch: its station and its records, by id and content hash, in
// order; however the JSON around them was laid out or compressed.
QString batchFingerprint(const centralsync::Batch &batch)
{
    QByteArray identity = batch.stationId.toUtf8();
    identity.reserve(identity.size() + batch.records.size() * 110);
    for (const centralsync::Record &record : batch.records) {
        identity += '\n';
        identity += record.id.toUtf8();
        identity += ' ';
        identity += record.sha256.toLatin1();
    }
    return centralsync::sha256Hex(identity);
}

// The schema an existing store was written with (0: a new or empty store), read without writing.
int storedSchema(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!db.tables().contains(QStringLiteral("meta")))
        return 0;
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'"));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

} // namespace

ServerStore::ServerStore(QSqlDatabase database) : m_db(std::move(database)) {}

ServerStore::~ServerStore()
{
    m_writer.reset(); // its statements go before the connection
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

core::Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString &dataDir, const QString &database)
{
    using R = core::Result<std::unique_ptr<ServerStore>>;
    const QString connection =
        QStringLiteral("syncserver-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QSqlDatabase db;
    if (database.isEmpty()) {
        if (dataDir.isEmpty() || !QDir().mkpath(dataDir))
            return R::failure(QStringLiteral("cannot create the data folder %1").arg(dataDir));
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("server.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        const QUrl url(database);
        if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
            return R::failure(QStringLiteral("--db must be a postgresql://USER@HOST:PORT/DBNAME URL"));
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    }
    if (!db.open()) {
        const QString error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return R::failure(QStringLiteral("cannot open the server database: %1").arg(error));
    }
    std::unique_ptr<ServerStore> store(new ServerStore(db));
    // Before anything is written: a newer store is refused untouched, and an older one is copied
    // (checked) before it is brought up to date, so the older server can be installed again with
    // its data. No copy, no update.
    const int schema = storedSchema(store->m_db);
    if (schema > kSchemaVersion)
        return R::failure(QStringLiteral("the server database has schema %1, newer than this server (%2); "
                                         "nothing was changed. Install the newer appraisal-server again.")
                              .arg(schema)
                              .arg(kSchemaVersion));
    if (schema > 0 && schema < kSchemaVersion) {
        if (store->backend() == QLatin1String("sqlite")) {
            const QString file = QDir(dataDir).absoluteFilePath(QStringLiteral("server.db"));
            const auto copy = store::Backups(QDir(dataDir).absolutePath())
                                  .beforeUpgrade(file, schema, QDateTime::currentDateTime(),
                                                 QLatin1String(store::Backups::kServerUpgradePrefix));
            if (!copy)
                return R::failure(
                    QStringLiteral(
                        "before updating the server database %1 from schema %2 to %3 a checked "
                        "backup is taken, and it failed: %4 Nothing was changed. Free disk space or "
                        "make the data folder writable, then start again.")
                        .arg(file)
                        .arg(schema)
                        .arg(kSchemaVersion)
                        .arg(copy.error()));
            store->m_upgradeBackup = copy.value();
            qInfo().noquote()
                << QStringLiteral("appraisal-server: the server database %1 is updated from schema %2 to %3; "
                                  "a checked copy of it from before the update is kept as %4 (put it back "
                                  "in place of server.db, with the server stopped, to return to the older "
                                  "version).")
                       .arg(file)
                       .arg(schema)
                       .arg(kSchemaVersion)
                       .arg(copy.value());
        } else {
            qInfo().noquote()
                << QStringLiteral(
                       "appraisal-server: the PostgreSQL database is updated from schema %1 to %2; "
                       "no copy is taken by the server (keep a pg_dump from before the upgrade).")
                       .arg(schema)
                       .arg(kSchemaVersion);
        }
    }
    if (store->backend() == QLatin1String("sqlite")) {
        QSqlQuery pragma(store->m_db);
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    if (const core::Status migrated = store->migrate(); !migrated)
        return R::failure(migrated.error());
    return store;
}

QString ServerStore::backend() const
{
    return m_db.driverName() == QLatin1String("QPSQL") ? QStringLiteral("postgresql")
                                                       : QStringLiteral("sqlite");
}

core::Status ServerStore::migrate()
{
    const QStringList statements{
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS tokens (token_sha256 TEXT PRIMARY KEY, station TEXT NOT NULL, "
            "created_at TEXT NOT NULL)"),
        // Unique by id at the database level: a record can never be stored twice or overwritten.
        QStringLiteral("CREATE TABLE IF NOT EXISTS records (id TEXT PRIMARY KEY, station TEXT NOT NULL, "
                       "type TEXT NOT NULL, entity_key TEXT NOT NULL, version INTEGER NOT NULL, "
                       "predecessor TEXT NOT NULL, payload TEXT NOT NULL, sha256 TEXT NOT NULL, "
                       "batch_id TEXT NOT NULL, received_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS batches (batch_id TEXT PRIMARY KEY, station TEXT NOT NULL, "
            "request_sha256 TEXT NOT NULL, reply TEXT NOT NULL, received_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS reference_items (kind TEXT NOT NULL, item_key TEXT NOT NULL, "
            "seq BIGINT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, item_key))"),
    };
    QSqlQuery query(m_db);
    for (const QString &sql : statements)
        if (!query.exec(sql))
            return core::Status::failure(sqlError(QStringLiteral("creating the server tables"), query));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'"));
    if (query.exec() && query.next() && query.value(0).toInt() > kSchemaVersion)
        return core::Status::failure(
            QStringLiteral("the server database has schema %1, newer than this server (%2)")
                .arg(query.value(0).toInt())
                .arg(kSchemaVersion));
    query.finish();
    // The tables above are created if missing, so an older store is brought up to date here.
    query.prepare(QStringLiteral("DELETE FROM meta WHERE key = 'schema'"));
    query.exec();
    query.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('schema', ?)"));
    query.addBindValue(QString::number(kSchemaVersion));
    if (!query.exec())
        return core::Status::failure(sqlError(QStringLiteral("recording the schema"), query));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'epoch'"));
    if (query.exec() && query.next())
        return {};
    query.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('epoch', ?)"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!query.exec())
        return core::Status::failure(sqlError(QStringLiteral("recording the epoch"), query));
    return {};
}

core::Result<QString> ServerStore::createToken(const QString &station)
{
    if (station.trimmed().isEmpty())
        return core::Result<QString>::failure(QStringLiteral("--station must name the station"));
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QString token =
        QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO tokens(token_sha256, station, created_at) VALUES(?, ?, ?)"));
    insert.addBindValue(tokenHash(token));
    insert.addBindValue(station.trimmed());
    insert.addBindValue(now());
    if (!insert.exec())
        return core::Result<QString>::failure(sqlError(QStringLiteral("saving the token"), insert));
    return token;
}

std::optional<QString> ServerStore::stationForToken(const QString &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT station FROM tokens WHERE token_sha256 = ?"));
    query.addBindValue(tokenHash(token));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

BatchWriter &ServerStore::writer()
{
    if (!m_writer)
        m_writer = BatchWriter::create(m_db);
    return *m_writer;
}

core::Result<ServerStore::Accepted> ServerStore::acceptBatch(const centralsync::Batch &batch)
{
    using R = core::Result<Accepted>;
    using centralsync::Outcome;
    const QString requestHex = batchFingerprint(batch);
    BatchWriter &writer = this->writer();
    // A batch seen before gets the reply it got then: a retry after a lost reply.
    const auto seen = writer.seenBatch(batch.batchId);
    if (!seen)
        return R::failure(seen.error());
    if (seen.value()) {
        Accepted replay;
        if (seen.value()->requestSha256 != requestHex) {
            replay.batchIdTaken = true;
            return replay;
        }
        replay.reply = seen.value()->reply;
        const auto results = centralsync::decodeResults(replay.reply);
        if (!results)
            return R::failure(results.error());
        replay.results = results.value();
        return replay;
    }
    if (const core::Status begun = writer.begin(); !begun)
        return R::failure(begun.error());
    const auto rollback = [&writer](const QString &error) {
        writer.rollback();
        return R::failure(error);
    };
    // A stored record stays what it is: the same content again is a duplicate, other content a conflict.
    const auto judgeStored = [](const centralsync::Record &record, const QString &storedSha) {
        const bool same = storedSha == record.sha256;
        return centralsync::RecordResult{record.id, same ? Outcome::Duplicate : Outcome::Conflict,
                                         same ? QString() : kConflictReason};
    };
    QList<centralsync::RecordResult> results;
    results.reserve(batch.records.size());
    QSet<QString> storedHere;
    const QString receivedAt = now();
    for (const centralsync::Record &record : batch.records) {
        QString problem = invalidRecord(record);
        if (problem.isEmpty() && !record.predecessor.isEmpty() && !storedHere.contains(record.predecessor)) {
            const auto predecessor = writer.storedSha(record.predecessor);
            if (!predecessor)
                return rollback(predecessor.error());
            if (!predecessor.value())
                problem = QStringLiteral("predecessor %1 is not stored").arg(record.predecessor);
        }
        if (!problem.isEmpty()) {
            // Only new records are judged; one stored already (a retry) is answered as such.
            const auto stored = writer.storedSha(record.id);
            if (!stored)
                return rollback(stored.error());
            results.append(stored.value() ? judgeStored(record, *stored.value())
                                          : centralsync::RecordResult{record.id, Outcome::Rejected, problem});
            continue;
        }
        const auto inserted =
            writer.insert({record.id, batch.stationId, record.type, record.entityKey, record.version,
                           record.predecessor, record.payload, record.sha256, batch.batchId, receivedAt});
        if (!inserted)
            return rollback(inserted.error());
        if (inserted.value()) {
            storedHere.insert(record.id);
            results.append({record.id, Outcome::Stored, {}});
            continue;
        }
        const auto stored = writer.storedSha(record.id);
        if (!stored || !stored.value())
            return rollback(stored ? QStringLiteral("record %1 vanished").arg(record.id) : stored.error());
        results.append(judgeStored(record, *stored.value()));
    }
    Accepted accepted;
    accepted.reply = centralsync::encodeResults(batch.batchId, results);
    if (const core::Status remembered =
            writer.remember(batch.batchId, batch.stationId, requestHex, accepted.reply, receivedAt);
        !remembered)
        return rollback(remembered.error());
    if (const core::Status committed = writer.commit(); !committed)
        return rollback(committed.error());
    accepted.results = std::move(results);
    return accepted;
}

QStringList ServerStore::referenceKinds()
{
    return {QStringLiteral("rosters"), QStringLiteral("experts"),   QStringLiteral("rooms"),
            QStringLiteral("clauses"), QStringLiteral("templates"), QStringLiteral("venues")};
}

QString ServerStore::epoch() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'epoch'"));
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

core::Result<int> ServerStore::importReference(const QString &kind, const QList<QJsonObject> &items)
{
    using R = core::Result<int>;
    if (!referenceKinds().contains(kind))
        return R::failure(QStringLiteral("unknown kind %1; one of %2")
                              .arg(kind, referenceKinds().join(QStringLiteral(", "))));
    if (!m_db.transaction())
        return R::failure(m_db.lastError().text());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM reference_items"));
    qint64 seq = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    QSqlQuery current(m_db);
    current.prepare(QStringLiteral("SELECT data FROM reference_items WHERE kind = ? AND item_key = ?"));
    QSqlQuery upsert(m_db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO reference_items(kind, item_key, seq, data) VALUES(?, ?, ?, ?) "
        "ON CONFLICT (kind, item_key) DO UPDATE SET seq = excluded.seq, data = excluded.data"));
    int changed = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString key = items.at(i).value(QStringLiteral("key")).toString();
        if (key.isEmpty()) {
            m_db.rollback();
            return R::failure(QStringLiteral("item %1 has no \"key\"").arg(i + 1));
        }
        const QString data = QString::fromUtf8(centralsync::canonicalPayload(items.at(i)));
        current.addBindValue(kind);
        current.addBindValue(key);
        const bool same = current.exec() && current.next() && current.value(0).toString() == data;
        current.finish();
        if (same)
            continue;
        upsert.addBindValue(kind);
        upsert.addBindValue(key);
        upsert.addBindValue(++seq);
        upsert.addBindValue(data);
        if (!upsert.exec()) {
            m_db.rollback();
            return R::failure(sqlError(QStringLiteral("storing %1 %2").arg(kind, key), upsert));
        }
        ++changed;
    }
    if (!m_db.commit())
        return R::failure(m_db.lastError().text());
    return changed;
}

ServerStore::ReferencePage ServerStore::referencePage(const QString &kind, qint64 since, int limit) const
{
    ReferencePage page;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM reference_items WHERE kind = ?"));
    query.addBindValue(kind);
    if (query.exec() && query.next())
        page.latest = query.value(0).toLongLong();
    query.prepare(QStringLiteral("SELECT item_key, seq, data FROM reference_items WHERE kind = ? AND seq > ? "
                                 "ORDER BY seq LIMIT ?"));
    query.addBindValue(kind);
    query.addBindValue(since);
    query.addBindValue(limit + 1);
    if (query.exec())
        while (query.next())
            page.items.append({query.value(0).toString(),
                               QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object(),
                               query.value(1).toLongLong()});
    if (page.items.size() > limit) {
        page.items.removeLast();
        page.more = true;
    }
    return page;
}

Health ServerStore::health() const
{
    Health health;
    health.storage = backend();
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM records")) && query.next())
        health.records = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("SELECT count(*) FROM batches")) && query.next())
        health.batches = query.value(0).toLongLong();
    return health;
}

} // namespace syncserver
