#include "accounts/accountservice.h"
#include "store/auditlog.h"
#include "testkey.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using accounts::Permission;
using core::Role;

Q_DECLARE_METATYPE(core::Role)
Q_DECLARE_METATYPE(accounts::Permission)

class TestAccounts : public QObject
{
    Q_OBJECT

private:
    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(8, 0))};
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;

    static accounts::Session sessionFor(Role role)
    {
        core::StaffAccount account;
        account.username = QStringLiteral("user");
        account.displayName = QStringLiteral("User");
        account.role = role;
        return {account};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = std::move(
            store::Database::open(store::databasePath(m_dir.path()), m_clock, testDataKey()).database);
        QVERIFY(m_db);
    }

    void hashesAreSaltedArgon2id()
    {
        accounts::PasswordHasher hasher;
        const QString password = QStringLiteral("Qiantai#2026");
        const QString first = hasher.hash(password);
        const QString second = hasher.hash(password);
        QVERIFY(first.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(first != second); // a fresh salt every time
        QVERIFY(!first.contains(password));
        QVERIFY(hasher.verify(first, password));
        QVERIFY(hasher.verify(second, password));
        QVERIFY(!hasher.verify(first, QStringLiteral("Qiantai#2027")));
        QVERIFY(!hasher.verify(first, QString()));
        QVERIFY(!hasher.verify(QString(), password));
        QVERIFY(!hasher.needsRehash(first));
    }

    void unicodePasswordsWork()
    {
        accounts::PasswordHasher hasher;
        const QString password = QStringLiteral("鉴定中心2026密码");
        const QString hash = hasher.hash(password);
        QVERIFY(hasher.verify(hash, password));
        QVERIFY(!hasher.verify(hash, QStringLiteral("鉴定中心2026密碼")));
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("good") << QStringLiteral("Desk2026!x") << true;
        QTest::newRow("too short") << QStringLiteral("Ab1") << false;
        QTest::newRow("no digit") << QStringLiteral("abcdefghij") << false;
        QTest::newRow("no letter") << QStringLiteral("1234567890") << false;
        QTest::newRow("same as user") << QStringLiteral("Operator1") << false;
    }

    void passwordPolicy()
    {
        QFETCH(QString, password);
        QFETCH(bool, acceptable);
        QCOMPARE(accounts::AccountService::passwordProblem(QStringLiteral("operator1"), password).isEmpty(),
                 acceptable);
    }

    void authenticates()
    {
        accounts::AccountService service(*m_db);
        core::StaffAccount desk;
        desk.username = QStringLiteral("desk");
        desk.displayName = QStringLiteral("Desk Clerk");
        desk.role = Role::FrontDesk;
        QVERIFY(service.provision(desk, QStringLiteral("Desk2026!x")).ok());

        const auto ok = service.authenticate(QStringLiteral("desk"), QStringLiteral("Desk2026!x"));
        QVERIFY(ok.ok());
        QCOMPARE(ok->account.role, Role::FrontDesk);
        QCOMPARE(ok->account.displayName, QStringLiteral("Desk Clerk"));

        const auto wrong = service.authenticate(QStringLiteral("desk"), QStringLiteral("Desk2026!y"));
        const auto unknown = service.authenticate(QStringLiteral("nobody"), QStringLiteral("Desk2026!x"));
        QVERIFY(!wrong.ok());
        QVERIFY(!unknown.ok());
        QCOMPARE(wrong.error(), unknown.error()); // does not reveal which names exist

        QVERIFY(service.logout(ok.value()).ok());
        QStringList trail;
        for (const auto &entry : store::AuditLog(*m_db).entries())
            trail << entry.actor + QLatin1Char(':') + entry.action;
        QVERIFY2(trail.mid(trail.size() - 4) ==
                     (QStringList{QStringLiteral("desk:login"), QStringLiteral("desk:login_failed"),
                                  QStringLiteral("nobody:login_failed"), QStringLiteral("desk:logout")}),
                 qPrintable(trail.join(QLatin1Char(' '))));
        QVERIFY(store::AuditLog(*m_db).verify().intact);
    }

    void lockoutAfterRepeatedFailures()
    {
        QVERIFY(m_db->setSetting(QStringLiteral("lockout.max_failures"), QStringLiteral("3")).ok());
        QVERIFY(m_db->setSetting(QStringLiteral("lockout.minutes"), QStringLiteral("10")).ok());
        accounts::AccountService service(*m_db);
        core::StaffAccount clerk;
        clerk.username = QStringLiteral("locky");
        clerk.displayName = QStringLiteral("Locky");
        clerk.role = Role::Clerk;
        QVERIFY(service.provision(clerk, QStringLiteral("Locky2026!x")).ok());

        // A success in between resets the count.
        QVERIFY(!service.authenticate(QStringLiteral("locky"), QStringLiteral("wrong-1")).ok());
        QVERIFY(!service.authenticate(QStringLiteral("locky"), QStringLiteral("wrong-2")).ok());
        QVERIFY(service.authenticate(QStringLiteral("locky"), QStringLiteral("Locky2026!x")).ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(!service.authenticate(QStringLiteral("locky"), QStringLiteral("wrong")).ok());

        // Locked: even the right password is refused, with a message that says so.
        const auto locked = service.authenticate(QStringLiteral("locky"), QStringLiteral("Locky2026!x"));
        QVERIFY(!locked.ok());
        QVERIFY(locked.error() !=
                service.authenticate(QStringLiteral("nobody"), QStringLiteral("x")).error());
        bool lockAudited = false;
        for (const auto &entry : store::AuditLog(*m_db).entries())
            lockAudited |=
                entry.action == QLatin1String("account.locked") && entry.subject == QLatin1String("locky");
        QVERIFY(lockAudited);

        m_clock.advanceSeconds(9 * 60);
        QVERIFY(!service.authenticate(QStringLiteral("locky"), QStringLiteral("Locky2026!x")).ok());
        m_clock.advanceSeconds(2 * 60);
        QVERIFY(service.authenticate(QStringLiteral("locky"), QStringLiteral("Locky2026!x")).ok());

        // An admin's password reset lifts a lock at once.
        for (int i = 0; i < 3; ++i)
            QVERIFY(!service.authenticate(QStringLiteral("locky"), QStringLiteral("wrong")).ok());
        QVERIFY(!service.authenticate(QStringLiteral("locky"), QStringLiteral("Locky2026!x")).ok());
        QVERIFY(service
                    .resetPassword(sessionFor(Role::VenueAdmin), QStringLiteral("locky"),
                                   QStringLiteral("Fresh2026!x"))
                    .ok());
        QVERIFY(service.authenticate(QStringLiteral("locky"), QStringLiteral("Fresh2026!x")).ok());
        QVERIFY(store::AuditLog(*m_db).verify().intact);
    }

    void provisionValidates()
    {
        accounts::AccountService service(*m_db);
        core::StaffAccount expert;
        expert.username = QStringLiteral("expert1");
        expert.displayName = QStringLiteral("Dr Expert");
        expert.role = Role::Expert;
        QVERIFY(!service.provision(expert, QStringLiteral("Expert2026!")).ok()); // not linked to an expert
        core::StaffAccount badName = expert;
        badName.role = Role::Clerk;
        badName.username = QStringLiteral("Bad Name");
        QVERIFY(!service.provision(badName, QStringLiteral("Clerk2026!x")).ok());
    }

    void onlyAdminsManageAccounts()
    {
        accounts::AccountService service(*m_db);
        core::StaffAccount clerk;
        clerk.username = QStringLiteral("clerk");
        clerk.displayName = QStringLiteral("Clerk");
        clerk.role = Role::Clerk;
        for (Role role : {Role::FrontDesk, Role::Expert, Role::Reviewer, Role::Clerk}) {
            const core::Status refused =
                service.createAccount(sessionFor(role), clerk, QStringLiteral("Clerk2026!x"));
            QVERIFY(!refused.ok());
            QVERIFY(!service.accounts(sessionFor(role)).ok());
            QVERIFY(
                !service.resetPassword(sessionFor(role), QStringLiteral("desk"), QStringLiteral("New2026!xx"))
                     .ok());
        }
        QVERIFY(
            service.createAccount(sessionFor(Role::VenueAdmin), clerk, QStringLiteral("Clerk2026!x")).ok());
        QVERIFY(
            !service.createAccount(sessionFor(Role::VenueAdmin), clerk, QStringLiteral("Clerk2026!x")).ok());
        QVERIFY(service
                    .resetPassword(sessionFor(Role::VenueAdmin), QStringLiteral("clerk"),
                                   QStringLiteral("New2026!xx"))
                    .ok());
        QVERIFY(service.authenticate(QStringLiteral("clerk"), QStringLiteral("New2026!xx")).ok());
        QVERIFY(!service.authenticate(QStringLiteral("clerk"), QStringLiteral("Clerk2026!x")).ok());
        const auto list = service.accounts(sessionFor(Role::VenueAdmin));
        QVERIFY(list.ok());
        QVERIFY(list->size() >= 2);
    }

    void permissionMatrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");
        const QList<Permission> permissions{
            Permission::CheckIn,     Permission::CallNext,       Permission::RecordExam,
            Permission::ReviewCase,  Permission::PrintDocuments, Permission::ManageAccounts,
            Permission::ManageVenue, Permission::RunSync,        Permission::TerminateCase};
        // The expected matrix, written out so a change to the rules has to change this table too.
        const QMap<Role, QList<Permission>> grants{
            {Role::FrontDesk, {Permission::CheckIn}},
            {Role::Expert,
             {Permission::CallNext, Permission::RecordExam, Permission::ReviewCase}}, // both jobs
            {Role::Reviewer, {Permission::ReviewCase, Permission::TerminateCase}},
            {Role::Clerk, {Permission::PrintDocuments}},
            {Role::VenueAdmin,
             {Permission::ManageAccounts, Permission::ManageVenue, Permission::RunSync,
              Permission::TerminateCase}},
        };
        for (Role role : core::allRoles()) {
            for (Permission permission : permissions) {
                QTest::addRow("%s/%d", qPrintable(core::toKey(role)), int(permission))
                    << role << permission << grants.value(role).contains(permission);
            }
        }
    }

    void permissionMatrix()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        QCOMPARE(accounts::allows(role, permission), allowed);
        const core::Status status = accounts::Authorizer::require(sessionFor(role), permission);
        QCOMPARE(status.ok(), allowed);
        if (!allowed)
            QVERIFY(!status.error().isEmpty());
    }

    void noSessionIsRefused()
    {
        QVERIFY(!accounts::Authorizer::require(accounts::Session{}, Permission::CheckIn).ok());
        accounts::Session inactive = sessionFor(Role::FrontDesk);
        inactive.account.active = false;
        QVERIFY(!accounts::Authorizer::require(inactive, Permission::CheckIn).ok());
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
