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
    QString predecessor; // record id of the previous version of the same entity, if any
    QJsonObject payload;
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
    OutboxCounts counts() const;
    QList<OutboxRecord> pending(int limit) const;

private:
    Database &m_database;
};

} // namespace store
