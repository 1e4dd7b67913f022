#pragma once

#include "core/result.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace syncserver {

// A record as the server keeps it.
struct StoredRecord {
    QString id;
    QString station;
    QString type;
    QString entityKey;
    int version = 1;
    QString predecessor;
    QByteArray payload; // JSON, UTF-8
    QString sha256;
    QString batchId;
    QString receivedAt;
};

// The statements that judging a batch needs, on the store's connection. acceptBatch() decides;
// this only reads and writes. SQLite gets its own implementation on the native handle with
// statements prepared once (the upload path is the server's hot path); PostgreSQL goes through
// Qt SQL with the same SQL.
class BatchWriter
{
public:
    virtual ~BatchWriter() = default;
    static std::unique_ptr<BatchWriter> create(const QSqlDatabase &database);

    struct SeenBatch {
        QString requestSha256;
        QByteArray reply;
    };
    virtual core::Result<std::optional<SeenBatch>> seenBatch(const QString &batchId) = 0;
    virtual core::Status begin() = 0;
    // The stored record's sha256, or nullopt when no record has this id.
    virtual core::Result<std::optional<QString>> storedSha(const QString &id) = 0;
    // False when a record with this id is stored already (nothing written).
    virtual core::Result<bool> insert(const StoredRecord &record) = 0;
    virtual core::Status remember(const QString &batchId, const QString &station,
                                  const QString &requestSha256, const QByteArray &reply,
                                  const QString &receivedAt) = 0;
    virtual core::Status commit() = 0;
    virtual void rollback() = 0;
};

} // namespace syncserver
