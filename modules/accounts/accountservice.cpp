#include "accountservice.h"

#include "store/auditlog.h"

#include <QDebug>
#include <QLocale>
#include <QRegularExpression>

namespace accounts {

AccountService::AccountService(store::Database &database, PasswordHasher hasher)
    : m_database(database), m_repository(database), m_hasher(hasher)
{
}

LockoutPolicy LockoutPolicy::fromSettings(const store::Database &database)
{
    LockoutPolicy policy;
    policy.maxFailures = database.settingNumber(store::settings::LockoutMaxFailures);
    policy.lockMinutes = database.settingNumber(store::settings::LockoutMinutes);
    return policy;
}

core::Result<Session> AccountService::authenticate(const QString &username, const QString &password)
{
    const auto stored = m_repository.find(username.trimmed());
    // Verify against a real hash even for unknown names so timing does not reveal which exist.
    static const QString decoy = PasswordHasher().hash(QStringLiteral("decoy-password"));
    const bool matches = m_hasher.verify(stored ? stored->passwordHash : decoy, password);
    store::AuditLog audit(m_database);
    const QDateTime now = m_database.clock().now();
    // A refused login stays refused whether or not its record is written; a record that cannot be
    // written goes to the journal so the admin sees the database trouble.
    const auto journalUnrecorded = [](const core::Status &recorded) {
        if (!recorded)
            qWarning().noquote() << recorded.error();
    };
    if (stored && stored->lockedUntil.isValid() && stored->lockedUntil > now) {
        journalUnrecorded(audit.append(stored->account.username, QStringLiteral("login_failed"), {},
                                       {{QStringLiteral("reason"), QStringLiteral("locked")}}));
        return core::Result<Session>::failure(
            tr("This account is locked after too many failed logins until %1. Wait, or ask the venue "
               "admin to reset the password.")
                .arg(QLocale().toString(stored->lockedUntil.time(), QLocale::ShortFormat)));
    }
    if (!stored || !matches) {
        if (stored) {
            const LockoutPolicy policy = LockoutPolicy::fromSettings(m_database);
            const int failures = stored->failedLogins + 1;
            const bool lock = failures >= policy.maxFailures;
            journalUnrecorded(m_database.transaction([&]() -> core::Status {
                if (core::Status s = m_repository.setLoginFailures(
                        stored->account.username, lock ? 0 : failures,
                        lock ? now.addSecs(60LL * policy.lockMinutes) : QDateTime());
                    !s)
                    return s;
                if (core::Status s = audit.append(stored->account.username, QStringLiteral("login_failed"));
                    !s)
                    return s;
                if (lock)
                    return audit.append(QStringLiteral("system"), QStringLiteral("account.locked"),
                                        stored->account.username,
                                        {{QStringLiteral("minutes"), policy.lockMinutes}});
                return {};
            }));
        } else {
            journalUnrecorded(audit.append(username.trimmed(), QStringLiteral("login_failed")));
        }
        return core::Result<Session>::failure(tr("The user name or password is wrong."));
    }
    if (!stored->account.active) {
        journalUnrecorded(audit.append(username.trimmed(), QStringLiteral("login_failed"), {},
                                       {{QStringLiteral("reason"), QStringLiteral("disabled")}}));
        return core::Result<Session>::failure(
            tr("This account is disabled. Ask the venue admin to enable it."));
    }
    // A login that cannot be recorded is refused: every session must be attributable (and a failure
    // count left standing would lock the account early).
    if (stored->failedLogins > 0 || stored->lockedUntil.isValid())
        if (const core::Status reset = m_repository.setLoginFailures(stored->account.username, 0, {}); !reset)
            return reset;
    if (const core::Status audited = audit.append(stored->account.username, QStringLiteral("login"));
        !audited)
        return audited;
    return Session{stored->account};
}

QString AccountService::passwordProblem(const QString &username, const QString &password)
{
    if (password.size() < 8)
        return tr("The password must have at least 8 characters.");
    if (password.compare(username, Qt::CaseInsensitive) == 0)
        return tr("The password must not be the user name.");
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    if (!password.contains(letter) || !password.contains(digit))
        return tr("The password must contain letters and digits.");
    return {};
}

core::Status AccountService::logout(const Session &session)
{
    return store::AuditLog(m_database).append(session.account.username, QStringLiteral("logout"));
}

QString AccountService::usernameProblem(const QString &username)
{
    static const QRegularExpression validName(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (validName.match(username).hasMatch())
        return {};
    return tr("The user name \"%1\" is not valid: use 2 to 32 lowercase letters, digits, "
              "dots, dashes or underscores, starting with a letter.")
        .arg(username);
}

core::Status AccountService::provision(const core::StaffAccount &account, const QString &password)
{
    if (const QString problem = usernameProblem(account.username); !problem.isEmpty())
        return core::Status::failure(problem);
    if (account.displayName.trimmed().isEmpty())
        return core::Status::failure(tr("Enter the person's name for account %1.").arg(account.username));
    if ((account.role == core::Role::Expert || account.role == core::Role::Reviewer) &&
        account.expertId.isEmpty())
        return core::Status::failure(
            tr("Account %1 examines or reviews, so it must be linked to an expert.").arg(account.username));
    if (const QString problem = passwordProblem(account.username, password); !problem.isEmpty())
        return core::Status::failure(problem);
    const QString hash = m_hasher.hash(password);
    if (hash.isEmpty())
        return core::Status::failure(tr("The password could not be protected (out of memory). Try again."));
    return m_database.transaction([&]() -> core::Status {
        if (core::Status saved = m_repository.save(account, hash); !saved)
            return saved;
        return store::AuditLog(m_database)
            .append(QStringLiteral("system"), QStringLiteral("account.provision"), account.username,
                    {{QStringLiteral("role"), core::toKey(account.role)}});
    });
}

core::Status AccountService::createAccount(const Session &admin, const core::StaffAccount &account,
                                           const QString &password)
{
    if (const core::Status allowed = Authorizer::require(admin, Permission::ManageAccounts); !allowed)
        return allowed;
    if (m_repository.find(account.username))
        return core::Status::failure(tr("An account named %1 already exists.").arg(account.username));
    return m_database.transaction([&]() -> core::Status {
        if (core::Status created = provision(account, password); !created)
            return created;
        return store::AuditLog(m_database)
            .append(admin.account.username, QStringLiteral("account.create"), account.username);
    });
}

core::Status AccountService::resetPassword(const Session &admin, const QString &username,
                                           const QString &newPassword)
{
    if (const core::Status allowed = Authorizer::require(admin, Permission::ManageAccounts); !allowed)
        return allowed;
    if (const QString problem = passwordProblem(username, newPassword); !problem.isEmpty())
        return core::Status::failure(problem);
    const QString hash = m_hasher.hash(newPassword);
    if (hash.isEmpty())
        return core::Status::failure(tr("The password could not be protected (out of memory). Try again."));
    return m_database.transaction([&]() -> core::Status {
        if (core::Status changed = m_repository.setPasswordHash(username, hash); !changed)
            return changed;
        // A reset also lifts a lockout.
        if (core::Status unlocked = m_repository.setLoginFailures(username, 0, {}); !unlocked)
            return unlocked;
        return store::AuditLog(m_database)
            .append(admin.account.username, QStringLiteral("account.reset_password"), username);
    });
}

core::Result<QList<core::StaffAccount>> AccountService::accounts(const Session &admin) const
{
    if (const core::Status allowed = Authorizer::require(admin, Permission::ManageAccounts); !allowed)
        return allowed;
    return m_repository.all();
}

} // namespace accounts
