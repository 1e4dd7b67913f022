#pragma once

#include "accounts/accountservice.h"

#include <QCoreApplication>

namespace administration {

// An account as the admin pages and `account list` show it: never a password hash.
struct AccountRow {
    core::StaffAccount account; // account.active: may log in
    bool locked = false;        // locked after failed logins, until lockedUntil
    QDateTime lockedUntil;
};

// Staff accounts, for a venue admin. Password rules are accounts::AccountService::passwordProblem;
// the last active venue admin can be neither disabled nor given another role. Every change is
// audited (account.create, account.update, account.disable, account.enable, account.unlock,
// account.reset_password) and sent to the outbox (type account, without any password data).
class AccountAdministration
{
    Q_DECLARE_TR_FUNCTIONS(administration::AccountAdministration)
public:
    explicit AccountAdministration(store::Database &database);

    // An expert or reviewer account must name an existing expert (account.expertId).
    core::Status create(const accounts::Session &admin, const core::StaffAccount &account,
                        const QString &password);
    core::Result<QList<AccountRow>> list(const accounts::Session &admin) const;
    // Changes name, role and linked expert (username and active are kept).
    core::Status update(const accounts::Session &admin, const core::StaffAccount &account);
    core::Status setActive(const accounts::Session &admin, const QString &username, bool active);
    core::Status resetPassword(const accounts::Session &admin, const QString &username,
                               const QString &password);
    core::Status unlock(const accounts::Session &admin, const QString &username);

private:
    core::Status refuseLastAdmin(const QString &username, const core::StaffAccount &after) const;
    store::Database &m_database;
    store::AccountRepository m_accounts;
    accounts::AccountService m_service;
};

} // namespace administration
