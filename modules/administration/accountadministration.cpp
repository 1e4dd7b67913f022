#include "accountadministration.h"

#include "store/auditlog.h"
#include "store/expertrepository.h"

namespace administration {

namespace {
core::Status requireAdmin(const accounts::Session &session)
{
    return accounts::Authorizer::require(session, accounts::Permission::ManageAccounts);
}
} // namespace

AccountAdministration::AccountAdministration(store::Database &database)
    : m_database(database), m_accounts(database), m_service(database)
{
}

core::Status AccountAdministration::create(const accounts::Session &admin, const core::StaffAccount &given,
                                           const QString &password)
{
    if (const core::Status allowed = requireAdmin(admin); !allowed)
        return allowed;
    core::StaffAccount account = given;
    account.username = account.username.trimmed();
    account.displayName = account.displayName.trimmed();
    account.active = true;
    const bool examines = account.role == core::Role::Expert || account.role == core::Role::Reviewer;
    if (!examines)
        account.expertId.clear();
    else if (!account.expertId.isEmpty() && !store::ExpertRepository(m_database).find(account.expertId))
        return core::Status::failure(
            tr("There is no expert %1; add the expert first, then the account.").arg(account.expertId));
    // AccountService::createAccount checks the name, the password rules and the link to an expert.
    return m_service.createAccount(admin, account, password);
}

core::Result<QList<AccountRow>> AccountAdministration::list(const accounts::Session &admin) const
{
    if (const core::Status allowed = requireAdmin(admin); !allowed)
        return allowed;
    const QDateTime now = m_database.clock().now();
    QList<AccountRow> rows;
    for (const store::StoredAccount &stored : m_accounts.allWithState()) {
        const bool locked = stored.lockedUntil.isValid() && stored.lockedUntil > now;
        rows << AccountRow{stored.account, locked, locked ? stored.lockedUntil : QDateTime()};
    }
    return rows;
}

core::Status AccountAdministration::refuseLastAdmin(const QString &username,
                                                    const core::StaffAccount &after) const
{
    if (after.active && after.role == core::Role::VenueAdmin)
        return {};
    for (const core::StaffAccount &other : m_accounts.all())
        if (other.username != username && other.active && other.role == core::Role::VenueAdmin)
            return {};
    const auto current = m_accounts.find(username);
    if (!current || current->account.role != core::Role::VenueAdmin || !current->account.active)
        return {};
    return core::Status::failure(tr("%1 is the last active venue admin; create or enable another venue admin "
                                    "first, or nobody could manage this station.")
                                     .arg(username));
}

core::Status AccountAdministration::update(const accounts::Session &admin, const core::StaffAccount &given)
{
    if (const core::Status allowed = requireAdmin(admin); !allowed)
        return allowed;
    const auto current = m_accounts.find(given.username);
    if (!current)
        return core::Status::failure(tr("There is no account named %1.").arg(given.username));
    core::StaffAccount account = current->account;
    account.displayName = given.displayName.trimmed();
    account.role = given.role;
    account.expertId = given.expertId.trimmed();
    if (account.displayName.isEmpty())
        return core::Status::failure(tr("Enter the person's name for account %1.").arg(account.username));
    const bool examines = account.role == core::Role::Expert || account.role == core::Role::Reviewer;
    if (!examines)
        account.expertId.clear();
    else if (account.expertId.isEmpty())
        return core::Status::failure(
            tr("Account %1 examines or reviews, so it must be linked to an expert.").arg(account.username));
    else if (!store::ExpertRepository(m_database).find(account.expertId))
        return core::Status::failure(tr("There is no expert %1.").arg(account.expertId));
    if (const core::Status last = refuseLastAdmin(account.username, account); !last)
        return last;
    return m_database.transaction([&]() -> core::Status {
        if (core::Status saved = m_accounts.updateProfile(account); !saved)
            return saved;
        return store::AuditLog(m_database)
            .append(admin.account.username, QStringLiteral("account.update"), account.username,
                    {{QStringLiteral("role"), core::toKey(account.role)},
                     {QStringLiteral("expert"), account.expertId},
                     {QStringLiteral("previous_role"), core::toKey(current->account.role)}});
    });
}

core::Status AccountAdministration::setActive(const accounts::Session &admin, const QString &username,
                                              bool active)
{
    if (const core::Status allowed = requireAdmin(admin); !allowed)
        return allowed;
    const auto current = m_accounts.find(username);
    if (!current)
        return core::Status::failure(tr("There is no account named %1.").arg(username));
    if (current->account.active == active)
        return core::Status::failure(active ? tr("Account %1 is already enabled.").arg(username)
                                            : tr("Account %1 is already disabled.").arg(username));
    core::StaffAccount after = current->account;
    after.active = active;
    if (const core::Status last = refuseLastAdmin(username, after); !last)
        return last;
    return m_database.transaction([&]() -> core::Status {
        if (core::Status saved = m_accounts.setActive(username, active); !saved)
            return saved;
        return store::AuditLog(m_database)
            .append(admin.account.username,
                    active ? QStringLiteral("account.enable") : QStringLiteral("account.disable"), username);
    });
}

core::Status AccountAdministration::resetPassword(const accounts::Session &admin, const QString &username,
                                                  const QString &password)
{
    if (!m_accounts.find(username))
        return core::Status::failure(tr("There is no account named %1.").arg(username));
    return m_service.resetPassword(admin, username, password);
}

core::Status AccountAdministration::unlock(const accounts::Session &admin, const QString &username)
{
    if (const core::Status allowed = requireAdmin(admin); !allowed)
        return allowed;
    const auto current = m_accounts.find(username);
    if (!current)
        return core::Status::failure(tr("There is no account named %1.").arg(username));
    return m_database.transaction([&]() -> core::Status {
        if (core::Status cleared = m_accounts.setLoginFailures(username, 0, {}); !cleared)
            return cleared;
        return store::AuditLog(m_database)
            .append(admin.account.username, QStringLiteral("account.unlock"), username);
    });
}

} // namespace administration
