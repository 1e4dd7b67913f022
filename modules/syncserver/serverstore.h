#pragma once

#include "centralsync/protocol.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <memory>

namespace syncserver {

class BatchWriter;

inline constexpr int kSchemaVersion = 2; // 2: reference data

struct Health {
    qint64 records = 0;
    qint64 batches = 0;
    int schema = kSchemaVersion;
    QString storage; // sqlite | postgresql
};

// What the central server keeps: station tokens (only their SHA-256), every record once by id,
// and every batch with the reply it got, so a batch sent again gets the same reply. SQLite in the
// data folder by default, PostgreSQL when given a postgresql:// URL; the same SQL for both.
class ServerStore
{
public:
    // `database`: empty for <dataDir>/server.db, or postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME.
    static core::Result<std::unique_ptr<ServerStore>> open(const QString &dataDir,
                                                           const QString &database = {});
    ~ServerStore();

    // A new token for the station (printed once; only its hash is kept).
    core::Result<QString> createToken(const QString &station);
    // The station a bearer token belongs to; nullopt for an unknown one.
    std::optional<QString> stationForToken(const QString &token) const;

    struct Accepted {
        bool batchIdTaken = false; // the batch id was used before for other content: nothing judged
        QList<centralsync::RecordResult> results;
        QByteArray reply; // the JSON reply, as stored with the batch
    };
    // Judges and stores a batch in one transaction; the same batch id with the same records (ids
    // and hashes) gets the reply it got the first time. Fails (nothing stored) only when the
    // database does.
    core::Result<Accepted> acceptBatch(const centralsync::Batch &batch);

    // Reference data the stations download (docs/sync-protocol.md): rosters, experts, rooms,
    // clauses, templates. Each item has a key; a changed item gets the next sequence number.
    static QStringList referenceKinds();
    struct ReferenceItem {
        QString key;
        QJsonObject data;
        qint64 seq = 0;
    };
    // Items {"key": …, …}; unchanged ones keep their number. Returns how many changed.
    core::Result<int> importReference(const QString &kind, const QList<QJsonObject> &items);
    struct ReferencePage {
        QList<ReferenceItem> items;
        qint64 latest = 0; // the kind's newest sequence number (the ETag)
        bool more = false;
    };
    ReferencePage referencePage(const QString &kind, qint64 since, int limit) const;
    // Changes when the server's store is new: a station then reads everything again (and deletes nothing).
    QString epoch() const;

    Health health() const;
    QString backend() const; // "sqlite" or "postgresql"
    // The checked copy taken before this start updated an older server.db; empty when none was.
    const QString &upgradeBackup() const { return m_upgradeBackup; }

private:
    explicit ServerStore(QSqlDatabase database);
    core::Status migrate();

    BatchWriter &writer();

    QSqlDatabase m_db;
    std::unique_ptr<BatchWriter> m_writer; // made on first use, on m_db
    QString m_upgradeBackup;
};

} // namespace syncserver
