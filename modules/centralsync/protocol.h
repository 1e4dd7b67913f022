#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>

// The sync wire format shared by stations and the central server (docs/sync-protocol.md).
namespace centralsync {

inline constexpr int kProtocolVersion = 1;
inline constexpr int kDefaultBatchSize = 200;

struct Record {
    QString id; // the outbox record id: its identity on the central system
    QString type;
    QString entityKey;
    int version = 1;
    QString predecessor; // record id of the previous version (required from version 2 on)
    QByteArray payload;  // a JSON object, as its bytes travel (a station sends canonicalPayload())
    QString sha256;      // hex SHA-256 of exactly those bytes
};

struct Batch {
    QString batchId;
    QString stationId;
    QList<Record> records;
};

enum class Outcome { Stored, Duplicate, Conflict, Rejected };

struct RecordResult {
    QString id;
    Outcome outcome = Outcome::Rejected;
    QString reason; // why, for conflict and rejected
};

// Hex SHA-256 (OpenSSL's, which uses the CPU's SHA instructions: it is on both sides' hot path).
QString sha256Hex(QByteArrayView bytes);
QByteArray sha256HexLatin1(QByteArrayView bytes);

// The payload as hashed: compact JSON with keys in order (QJsonDocument sorts them).
QByteArray canonicalPayload(const QJsonObject &payload);
QString payloadHash(const QJsonObject &payload);

QString toKey(Outcome outcome);
std::optional<Outcome> outcomeFromKey(const QString &key);

// Records as given: payload bytes and sha256 go out unchecked (tests use it to send bad ones).
QByteArray encodeBatch(const Batch &batch);
// The wire format from payloads that are already canonical JSON (the station's outbox stores
// them so): the bytes go out as they are and are hashed as they are, without parsing them.
struct RawRecord {
    QString id;
    QString type;
    QString entityKey;
    int version = 1;
    QString predecessor;
    QByteArray payloadJson;
};
QByteArray encodeRawBatch(const QString &batchId, const QString &stationId, const QList<RawRecord> &records);
// Strict JSON (RFC 8259, UTF-8); a record without id or with a payload that is not an object is a
// malformed batch. Each payload is kept as the exact bytes it arrived as. Per-record problems (no
// type, bad hash, missing predecessor) are judged by the server, not here.
core::Result<Batch> decodeBatch(const QByteArray &json);

QByteArray encodeResults(const QString &batchId, const QList<RecordResult> &results);
core::Result<QList<RecordResult>> decodeResults(const QByteArray &json);

// gzip (RFC 1952) for request bodies: Content-Encoding: gzip.
QByteArray gzip(const QByteArray &data);
// nullopt for damaged data or when the output would exceed `limit` bytes (a zip bomb).
std::optional<QByteArray> gunzip(const QByteArray &data, qint64 limit);

} // namespace centralsync
