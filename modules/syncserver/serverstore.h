#pragma once

#include "centralsync/protocol.h"

#include <QSqlDatabase>

#include <memory>

namespace syncserver {

inline constexpr int kSchemaVersion = 1;

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
    // Judges and stores a batch in one transaction; the same batch id with the same content gets
    // the reply it got the first time. Fails (nothing stored) only when the database does.
    core::Result<Accepted> acceptBatch(const centralsync::Batch &batch, const QByteArray &requestHash);

    Health health() const;
    QString backend() const; // "sqlite" or "postgresql"

private:
    explicit ServerStore(QSqlDatabase database);
    core::Status migrate();

    QSqlDatabase m_db;
};

} // namespace syncserver
