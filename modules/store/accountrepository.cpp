#include "accountrepository.h"

#include <QSqlQuery>

namespace store {

namespace {
const QString kAccountColumns = QStringLiteral(
    "username, display_name, role, expert_id, active, password_hash, failed_logins, locked_until");

StoredAccount accountFrom(const QSqlQuery &query)
{
    StoredAccount stored;
    stored.account.username = query.value(0).toString();
    stored.account.displayName = query.value(1).toString();
    stored.account.role = core::roleFromKey(query.value(2).toString()).value_or(core::Role::FrontDesk);
    stored.account.expertId = query.value(3).toString();
    stored.account.active = query.value(4).toBool();
    stored.passwordHash = query.value(5).toString();
    stored.failedLogins = query.value(6).toInt();
    stored.lockedUntil = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    return stored;
}
} // namespace

AccountRepository::AccountRepository(Database &database) : m_database(database), m_outbox(database) {}

core::Status AccountRepository::appendOutbox(const core::StaffAccount &account)
{
    // The central system learns who worked here, never how they log in.
    return m_outbox.append(QStringLiteral("account"), account.username,
                           {{QStringLiteral("username"), account.username},
                            {QStringLiteral("display_name"), account.displayName},
                            {QStringLiteral("role"), core::toKey(account.role)},
                            {QStringLiteral("expert_id"), account.expertId},
                            {QStringLiteral("active"), account.active}});
}

core::Status AccountRepository::save(const core::StaffAccount &account, const QString &passwordHash)
{
    const QString now = m_database.clock().now().toString(Qt::ISODateWithMs);
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO accounts(username, display_name, role, expert_id, password_hash, active, "
            "created_at, "
            "updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(username) DO UPDATE SET "
            "display_name = excluded.display_name, role = excluded.role, expert_id = excluded.expert_id, "
            "password_hash = excluded.password_hash, active = excluded.active, updated_at = "
            "excluded.updated_at"));
        const QVariant expertId = account.expertId.isEmpty() ? QVariant() : QVariant(account.expertId);
        bindAll(query, {account.username, account.displayName, core::toKey(account.role), expertId,
                        passwordHash, account.active, now, now});
        if (!query.exec())
            return core::Status::failure(sqlError(tr("Saving account %1").arg(account.username), query));
        return appendOutbox(account);
    });
}

core::Status AccountRepository::setPasswordHash(const QString &username, const QString &passwordHash)
{
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("UPDATE accounts SET password_hash = ?, updated_at = ? WHERE username = ?"));
        query.addBindValue(passwordHash);
        query.addBindValue(m_database.clock().now().toString(Qt::ISODateWithMs));
        query.addBindValue(username);
        if (!query.exec())
            return core::Status::failure(sqlError(tr("Changing the password of %1").arg(username), query));
        if (query.numRowsAffected() != 1)
            return core::Status::failure(tr("There is no account named %1.").arg(username));
        return {};
    });
}

core::Status AccountRepository::setLoginFailures(const QString &username, int failedLogins,
                                                 const QDateTime &lockedUntil)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE accounts SET failed_logins = ?, locked_until = ? WHERE username = ?"));
    bindAll(query, {failedLogins, lockedUntil.isValid() ? lockedUntil.toString(Qt::ISODateWithMs) : QString(),
                    username});
    if (!query.exec())
        return core::Status::failure(sqlError(tr("Recording a failed login of %1").arg(username), query));
    return {};
}

std::optional<StoredAccount> AccountRepository::find(const QString &username) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM accounts WHERE username = ?").arg(kAccountColumns));
    query.addBindValue(username);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return accountFrom(query);
}

QList<core::StaffAccount> AccountRepository::all() const
{
    QList<core::StaffAccount> accounts;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM accounts ORDER BY role, username").arg(kAccountColumns)))
        return accounts;
    while (query.next())
        accounts << accountFrom(query).account;
    return accounts;
}

QList<StoredAccount> AccountRepository::allWithState() const
{
    QList<StoredAccount> accounts;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM accounts ORDER BY role, username").arg(kAccountColumns)))
        return accounts;
    while (query.next()) {
        StoredAccount stored = accountFrom(query);
        stored.passwordHash.clear();
        accounts << stored;
    }
    return accounts;
}

core::Status AccountRepository::updateProfile(const core::StaffAccount &account)
{
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE accounts SET display_name = ?, role = ?, expert_id = ?, "
                                     "updated_at = ? WHERE username = ?"));
        bindAll(query, {account.displayName, core::toKey(account.role),
                        account.expertId.isEmpty() ? QVariant() : QVariant(account.expertId),
                        m_database.clock().now().toString(Qt::ISODateWithMs), account.username});
        if (!query.exec())
            return core::Status::failure(sqlError(tr("Saving account %1").arg(account.username), query));
        if (query.numRowsAffected() != 1)
            return core::Status::failure(tr("There is no account named %1.").arg(account.username));
        const auto stored = find(account.username);
        return appendOutbox(stored ? stored->account : account);
    });
}

core::Status AccountRepository::setActive(const QString &username, bool active)
{
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE accounts SET active = ?, updated_at = ? WHERE username = ?"));
        bindAll(query, {active, m_database.clock().now().toString(Qt::ISODateWithMs), username});
        if (!query.exec())
            return core::Status::failure(sqlError(tr("Saving account %1").arg(username), query));
        if (query.numRowsAffected() != 1)
            return core::Status::failure(tr("There is no account named %1.").arg(username));
        const auto stored = find(username);
        return stored ? appendOutbox(stored->account) : core::Status();
    });
}

} // namespace store
