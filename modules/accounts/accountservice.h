#pragma once

#include "passwordhasher.h"
#include "permissions.h"

#include "store/accountrepository.h"

namespace accounts {

// How many consecutive failed logins lock an account, and for how long. Read from the station
// settings (registry: LockoutMaxFailures, LockoutMinutes) so a venue admin can tune them.
struct LockoutPolicy {
    int maxFailures = 0;
    int lockMinutes = 0;
    static LockoutPolicy fromSettings(const store::Database &database);
};

class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(accounts::AccountService)
public:
    AccountService(store::Database &database, PasswordHasher hasher = PasswordHasher());

    // Checks the password; a wrong name and a wrong password get the same answer.
    core::Result<Session> authenticate(const QString &username, const QString &password);

    // Records the end of a session in the audit trail.
    core::Status logout(const Session &session);

    // Admin operations.
    core::Status createAccount(const Session &admin, const core::StaffAccount &account,
                               const QString &password);
    core::Status resetPassword(const Session &admin, const QString &username, const QString &newPassword);
    core::Result<QList<core::StaffAccount>> accounts(const Session &admin) const;

    // Setup without a logged-in admin: first start, demo load, `appraisal-admin` with file access.
    core::Status provision(const core::StaffAccount &account, const QString &password);

    // Empty when acceptable, otherwise what to change.
    static QString passwordProblem(const QString &username, const QString &password);
    static QString usernameProblem(const QString &username);

private:
    store::Database &m_database;
    store::AccountRepository m_repository;
    PasswordHasher m_hasher;
};

} // namespace accounts
