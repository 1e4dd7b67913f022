#pragma once

#include "outbox.h"

#include "core/types.h"

#include <optional>

namespace store {

struct StoredAccount {
    core::StaffAccount account;
    QString passwordHash;  // libsodium crypto_pwhash string; never leaves the station
    int failedLogins = 0;  // consecutive, since the last success or lock
    QDateTime lockedUntil; // invalid when not locked
};

// Staff accounts of this station. Only the accounts service writes here; it hashes passwords.
class AccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(store::AccountRepository)
public:
    explicit AccountRepository(Database &database);

    core::Status save(const core::StaffAccount &account, const QString &passwordHash);
    core::Status setPasswordHash(const QString &username, const QString &passwordHash);
    std::optional<StoredAccount> find(const QString &username) const;
    // Login failure bookkeeping; local security state, recorded in the audit trail instead of the outbox.
    core::Status setLoginFailures(const QString &username, int failedLogins, const QDateTime &lockedUntil);
    QList<core::StaffAccount> all() const;
    // Every account with its lockout state (the hash is left empty).
    QList<StoredAccount> allWithState() const;
    // Name, role and linked expert; the password and the active flag stay.
    core::Status updateProfile(const core::StaffAccount &account);
    core::Status setActive(const QString &username, bool active);

private:
    core::Status appendOutbox(const core::StaffAccount &account);
    Database &m_database;
    Outbox m_outbox;
};

} // namespace store
