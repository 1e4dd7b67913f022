#pragma once

#include "syncstatus.h"

#include "core/result.h"
#include "store/outbox.h"

namespace store {
class Database;
}

namespace centralsync {

// Keeps `token` as the sync token of the data folder `dataDir` in the system keychain (where
// syncToken() finds it); the one place the station writes it.
[[nodiscard]] core::Status saveSyncToken(const QString &dataDir, const QString &token);

// What the admin's sync page reads and changes: the outbox figures, where the sync stands, and the
// server, its CA file and the token. Settings are written as `actor`, with the audit trail the
// settings registry keeps.
class SyncAdministration
{
public:
    explicit SyncAdministration(store::Database &database);

    QString server() const;
    QString caFile() const;
    SyncStatus status() const;
    store::OutboxCounts counts() const;
    QList<QPair<QString, qint64>> pendingByType() const;
    QList<store::Outbox::Quarantined> quarantined() const;

    // Saves sync.server and sync.ca, then the token when one is given (an empty token keeps the
    // one kept already). The caller checks the address and the CA file first.
    [[nodiscard]] core::Status save(const QString &actor, const QString &server, const QString &caFile,
                                    const QString &token);
    // Keeps a new token for this station's data folder (saveSyncToken).
    [[nodiscard]] core::Status saveToken(const QString &token);

private:
    store::Database &m_database;
};

} // namespace centralsync
