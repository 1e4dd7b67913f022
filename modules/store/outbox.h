#pragma once

#include "database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace store {

enum class SyncState { Pending, Sent, Quarantined };

struct OutboxRecord {
    qint64 seq = 0;
    QString recordId; // UUID, the record's identity on the central system
    QString type;     // "case", "case_transition", "expert", …
    QString entityKey;
    int version = 1;
    QString predecessor;     // record id of the previous version of the same entity, if any
    QJsonObject payload;     // parsed (unless read raw)
    QByteArray payloadJson;  // as stored: compact JSON, keys in order
    bool unreadable = false; // the sealed payload did not open with this station's key
    QDateTime createdAt;
    SyncState state = SyncState::Pending;
};

struct OutboxCounts {
    qint64 total = 0;
    qint64 pending = 0;
    qint64 quarantined = 0;
};

// The queue of records waiting to reach the central system. Rows are only ever appended inside
// the same transaction as the domain write they describe, so both exist or neither does.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(store::Outbox)
public:
    explicit Outbox(Database &database);

    enum class Versioning {
        Next,     // look up the entity's last version and append the one after it
        FirstOnly // the key is new by construction (a fresh id): version 1, no lookup
    };

    // Appends the next version of `type`/`entityKey`. Refused outside a transaction.
    core::Status append(const QString &type, const QString &entityKey, const QJsonObject &payload,
                        Versioning versioning = Versioning::Next);
    // At a venue hub: a record a station forwarded, kept as it came (id, version, predecessor and
    // payload bytes) for upload with the hub's own. Stored; Duplicate: the same record was here
    // already; Conflict: the id, or this version of the entity from that station, is here with
    // other content (`why` says which). Refused outside a transaction.
    enum class Relayed { Stored, Duplicate, Conflict };
    core::Result<Relayed> relay(const QString &origin, const QString &recordId, const QString &type,
                                const QString &entityKey, int version, const QString &predecessor,
                                const QByteArray &payloadJson, QString *why);
    OutboxCounts counts() const;
    // Pending rows in causal order (the order they were written), quarantined ones left out.
    // `parsePayload` false: only payloadJson is filled (the uploader sends the bytes as they are).
    // `afterSeq` skips rows up to that seq (the uploader prepares the batch after the one in flight).
    QList<OutboxRecord> pending(int limit, bool parsePayload = true, qint64 afterSeq = 0) const;

    // What the uploader learnt. Each runs in one transaction of its own.
    core::Status markSent(const QList<qint64> &seqs);
    // Taken out of the queue with the reason; the rest goes on. Kept for the admin, never deleted.
    core::Status quarantine(qint64 seq, const QString &reason);
    core::Status noteFailedAttempt(const QList<qint64> &seqs, const QString &error);

    struct Quarantined {
        qint64 seq = 0;
        QString recordId;
        QString type;
        QString entityKey;
        QString reason;
    };
    QList<Quarantined> quarantined(int limit = 500) const;
    // True while a change of that entity made here still waits for upload: the reference download
    // leaves such an entity as it is here.
    bool waitsToUpload(const QString &type, const QString &entityKey) const;
    // Pending rows by type, for the sync page.
    QList<QPair<QString, qint64>> pendingByType() const;
    // Every row's record id and entity key in the order written, sent or not (the sync benchmark
    // writes the same records into a bare SQLite file to compare).
    QList<QPair<QString, QString>> recordKeys() const;

private:
    Database &m_database;
};

} // namespace store
