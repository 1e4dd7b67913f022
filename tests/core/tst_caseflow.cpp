#include "core/caseflow.h"
#include "core/queuestates.h"

#include <QSet>
#include <QTest>

using core::CaseState;
Q_DECLARE_METATYPE(core::CaseState)

class TestCaseFlow : public QObject
{
    Q_OBJECT

    // Every legal step, written out: a change to the rules must change this table too.
    static QSet<QString> legalSteps()
    {
        return {
            QStringLiteral("registered>checked_in"),
            QStringLiteral("checked_in>waiting_exam1"),
            QStringLiteral("waiting_exam1>exam1"),
            QStringLiteral("exam1>waiting_exam2"),
            QStringLiteral("waiting_exam2>exam2"),
            QStringLiteral("exam2>waiting_review"),
            QStringLiteral("waiting_review>review"),
            QStringLiteral("review>concluded"),
            QStringLiteral("concluded>signed_out"),
            // handing a person back to the queue
            QStringLiteral("exam1>waiting_exam1"),
            QStringLiteral("exam2>waiting_exam2"),
            QStringLiteral("review>waiting_review"),
            // no-show and late arrival
            QStringLiteral("registered>no_show"),
            QStringLiteral("checked_in>no_show"),
            QStringLiteral("waiting_exam1>no_show"),
            QStringLiteral("waiting_exam2>no_show"),
            QStringLiteral("no_show>checked_in"),
            // withdrawn and terminated before conclusion
            QStringLiteral("registered>withdrawn"),
            QStringLiteral("checked_in>withdrawn"),
            QStringLiteral("waiting_exam1>withdrawn"),
            QStringLiteral("exam1>withdrawn"),
            QStringLiteral("waiting_exam2>withdrawn"),
            QStringLiteral("exam2>withdrawn"),
            QStringLiteral("waiting_review>withdrawn"),
            QStringLiteral("review>withdrawn"),
            QStringLiteral("registered>terminated"),
            QStringLiteral("checked_in>terminated"),
            QStringLiteral("waiting_exam1>terminated"),
            QStringLiteral("exam1>terminated"),
            QStringLiteral("waiting_exam2>terminated"),
            QStringLiteral("exam2>terminated"),
            QStringLiteral("waiting_review>terminated"),
            QStringLiteral("review>terminated"),
        };
    }

private slots:
    void everyPair_data()
    {
        QTest::addColumn<CaseState>("from");
        QTest::addColumn<CaseState>("to");
        QTest::addColumn<bool>("legal");
        const QSet<QString> legal = legalSteps();
        for (CaseState from : core::allCaseStates()) {
            for (CaseState to : core::allCaseStates()) {
                const QString key = core::toKey(from) + QLatin1Char('>') + core::toKey(to);
                QTest::newRow(qPrintable(key)) << from << to << legal.contains(key);
            }
        }
        QCOMPARE(core::allCaseStates().size(), 13);
    }

    void everyPair()
    {
        QFETCH(CaseState, from);
        QFETCH(CaseState, to);
        QFETCH(bool, legal);
        const core::TransitionCheck withReason = core::CaseFlow::check(from, to, QStringLiteral("a reason"));
        QCOMPARE(withReason.allowed, legal);
        QCOMPARE(withReason.refusal.isEmpty(), legal);
        QCOMPARE(core::CaseFlow::nextStates(from).contains(to), legal);
        if (legal && core::CaseFlow::needsReason(to)) {
            const core::TransitionCheck without = core::CaseFlow::check(from, to, QStringLiteral("   "));
            QVERIFY(!without.allowed);
            QVERIFY(!without.refusal.isEmpty());
        }
    }

    void keysRoundTrip()
    {
        for (CaseState state : core::allCaseStates()) {
            QCOMPARE(core::caseStateFromKey(core::toKey(state)), std::optional<CaseState>(state));
            QVERIFY(!core::displayName(state).isEmpty());
        }
        QVERIFY(!core::caseStateFromKey(QStringLiteral("bogus")));
    }

    // The keys are what tickets.state and assignments.state hold and what the hub protocol sends:
    // an enum value renamed must not change them.
    void queueStateKeys_data()
    {
        QTest::addColumn<int>("ticket"); // -1: no ticket state has this key
        QTest::addColumn<int>("assignment");
        QTest::addColumn<QString>("key");
        QTest::newRow("waiting") << int(core::TicketState::Waiting) << -1 << QStringLiteral("waiting");
        QTest::newRow("pending") << -1 << int(core::AssignmentState::Pending) << QStringLiteral("pending");
        QTest::newRow("called") << int(core::TicketState::Called) << int(core::AssignmentState::Called)
                                << QStringLiteral("called");
        QTest::newRow("in_exam") << int(core::TicketState::InExam) << int(core::AssignmentState::InExam)
                                 << QStringLiteral("in_exam");
        QTest::newRow("parked") << -1 << int(core::AssignmentState::Parked) << QStringLiteral("parked");
        QTest::newRow("done") << int(core::TicketState::Done) << int(core::AssignmentState::Done)
                              << QStringLiteral("done");
        QTest::newRow("signed_out") << int(core::TicketState::SignedOut) << -1
                                    << QStringLiteral("signed_out");
        QTest::newRow("unknown") << -1 << -1 << QStringLiteral("Waiting");
    }

    void queueStateKeys()
    {
        QFETCH(int, ticket);
        QFETCH(int, assignment);
        QFETCH(QString, key);
        const auto ticketState = core::ticketStateFromKey(key);
        QCOMPARE(ticketState.has_value(), ticket >= 0);
        if (ticketState) {
            QCOMPARE(int(*ticketState), ticket);
            QCOMPARE(core::toKey(*ticketState), key);
        }
        const auto assignmentState = core::assignmentStateFromKey(key);
        QCOMPARE(assignmentState.has_value(), assignment >= 0);
        if (assignmentState) {
            QCOMPARE(int(*assignmentState), assignment);
            QCOMPARE(core::toKey(*assignmentState), key);
        }
    }

    void finalStatesGoNowhere()
    {
        for (CaseState state : {CaseState::SignedOut, CaseState::Withdrawn, CaseState::Terminated}) {
            QVERIFY(core::isFinal(state));
            QVERIFY(core::CaseFlow::nextStates(state).isEmpty());
        }
        QVERIFY(!core::isFinal(CaseState::NoShow));
    }

    void advanceTimestampsEveryStep()
    {
        core::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(8, 0)));
        core::CaseFlow flow(clock);
        const QList<CaseState> path{
            CaseState::CheckedIn,    CaseState::WaitingExam1, CaseState::Exam1,
            CaseState::WaitingExam2, CaseState::Exam2,        CaseState::WaitingReview,
            CaseState::Review,       CaseState::Concluded,    CaseState::SignedOut};
        for (CaseState step : path) {
            clock.advanceSeconds(300);
            QVERIFY(flow.advance(step));
            QCOMPARE(flow.history().last().at, clock.now());
        }
        QCOMPARE(flow.state(), CaseState::SignedOut);
        QCOMPARE(flow.history().size(), path.size());
        QCOMPARE(flow.history().first().from, CaseState::Registered);
    }

    void refusedAdvanceChangesNothing()
    {
        core::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(8, 0)));
        core::CaseFlow flow(clock);
        const core::TransitionCheck refused = flow.advance(CaseState::Concluded);
        QVERIFY(!refused);
        QVERIFY(!refused.refusal.isEmpty());
        QCOMPARE(flow.state(), CaseState::Registered);
        QVERIFY(flow.history().isEmpty());
        QVERIFY(!flow.advance(CaseState::Withdrawn, QString()));
        QVERIFY(flow.advance(CaseState::Withdrawn, QStringLiteral(" moved away ")));
        QCOMPARE(flow.history().last().reason, QStringLiteral("moved away"));
    }
};

QTEST_GUILESS_MAIN(TestCaseFlow)
#include "tst_caseflow.moc"
