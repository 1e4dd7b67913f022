#include "cases/caseservice.h"
#include "store/auditlog.h"
#include "store/venuerepository.h"
#include "testkey.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using core::CaseState;
using core::Role;

class TestCaseService : public QObject
{
    Q_OBJECT

private:
    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(8, 0))};
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    int m_next = 0;

    static accounts::Session as(Role role)
    {
        core::StaffAccount account;
        account.username = core::toKey(role);
        account.displayName = core::toKey(role);
        account.role = role;
        return {account};
    }

    QString newCase()
    {
        core::Case c;
        c.acceptanceNo = QStringLiteral("JD-%1").arg(++m_next);
        c.batchId = QStringLiteral("B1");
        c.person = {QStringLiteral("440524188001010014"),
                    QStringLiteral("P"),
                    core::Gender::Male,
                    QDate(1880, 1, 1),
                    {},
                    {}};
        if (!store::CaseRepository(*m_db).save(c).ok())
            return {};
        return c.acceptanceNo;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = std::move(
            store::Database::open(store::databasePath(m_dir.path()), m_clock, testDataKey()).database);
        QVERIFY(m_db);
        store::VenueRepository venues(*m_db);
        QVERIFY(venues.saveVenue({QStringLiteral("V1"), QStringLiteral("Venue"), {}, {}}).ok());
        QVERIFY(venues.saveLane({QStringLiteral("normal"), QStringLiteral("A"), QStringLiteral("Normal")}, 1)
                    .ok());
        QVERIFY(venues.saveBatch({QStringLiteral("B1"), QStringLiteral("V1"), m_clock.today(), {}}).ok());
    }

    void frontDeskIsRefusedAnExpertOperation()
    {
        cases::CaseService service(*m_db);
        const QString no = newCase();
        QVERIFY(service.advance(as(Role::FrontDesk), no, CaseState::CheckedIn).ok());
        QVERIFY(service.advance(as(Role::FrontDesk), no, CaseState::WaitingExam1).ok());
        const core::Status refused = service.advance(as(Role::FrontDesk), no, CaseState::Exam1);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(core::displayName(Role::FrontDesk)), qPrintable(refused.error()));
        QCOMPARE(store::CaseRepository(*m_db).find(no)->state, CaseState::WaitingExam1);
    }

    void wholeDayByTheRightRoles()
    {
        cases::CaseService service(*m_db);
        const QString no = newCase();
        const QList<QPair<Role, CaseState>> steps{
            {Role::FrontDesk, CaseState::CheckedIn}, {Role::FrontDesk, CaseState::WaitingExam1},
            {Role::Expert, CaseState::Exam1},        {Role::Expert, CaseState::WaitingExam2},
            {Role::Expert, CaseState::Exam2},        {Role::Expert, CaseState::WaitingReview},
            {Role::Reviewer, CaseState::Review},     {Role::Reviewer, CaseState::Concluded},
            {Role::FrontDesk, CaseState::SignedOut},
        };
        for (const auto &[role, state] : steps) {
            m_clock.advanceSeconds(120);
            // Every other role is refused the same step.
            for (Role other : core::allRoles()) {
                if (other != role && !(state == CaseState::Terminated && other == Role::VenueAdmin))
                    QVERIFY2(!service.advance(as(other), no, state).ok(), qPrintable(core::toKey(state)));
            }
            const core::Status status = service.advance(as(role), no, state);
            QVERIFY2(status.ok(), qPrintable(status.error()));
        }
        const auto history = store::CaseRepository(*m_db).history(no);
        QCOMPARE(history.size(), steps.size());
        QCOMPARE(history.last().transition.to, CaseState::SignedOut);
        QCOMPARE(history.last().actor, core::toKey(Role::FrontDesk));
        QVERIFY(history.first().transition.at < history.last().transition.at);

        // Each step is in the audit trail, attributed; refused attempts left nothing there.
        int audited = 0;
        for (const auto &entry : store::AuditLog(*m_db).entries()) {
            if (entry.subject == no) {
                ++audited;
                QVERIFY(entry.action.startsWith(QStringLiteral("case.")));
            }
        }
        QCOMPARE(audited, steps.size());
        QCOMPARE(store::AuditLog(*m_db).entries().last().actor, core::toKey(Role::FrontDesk));
    }

    void terminationNeedsReasonAndRight()
    {
        cases::CaseService service(*m_db);
        const QString no = newCase();
        QVERIFY(
            !service.advance(as(Role::FrontDesk), no, CaseState::Terminated, QStringLiteral("fraud")).ok());
        QVERIFY(!service.advance(as(Role::Reviewer), no, CaseState::Terminated).ok()); // no reason
        QVERIFY(
            service
                .advance(as(Role::Reviewer), no, CaseState::Terminated, QStringLiteral("refused examination"))
                .ok());
        QCOMPARE(store::CaseRepository(*m_db).history(no).first().transition.reason,
                 QStringLiteral("refused examination"));
    }

    void unknownCaseIsReported()
    {
        const core::Status status = cases::CaseService(*m_db).advance(
            as(Role::FrontDesk), QStringLiteral("nope"), CaseState::CheckedIn);
        QVERIFY(!status.ok());
        QVERIFY(status.error().contains(QStringLiteral("nope")));
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestCaseService)
#include "tst_caseservice.moc"
