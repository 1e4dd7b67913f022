#include "stationfixture.h"

#include "checkin/checkinservice.h"
#include "demo/demovenue.h"
#include "demo/synthetic.h"
#include "routing/callauthority.h"
#include "routing/drawservice.h"
#include "store/auditlog.h"
#include "store/caserepository.h"
#include "store/expertrepository.h"
#include "store/venuerepository.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <barrier>

using core::CaseState;
using core::Role;

namespace {

accounts::Session as(Role role, const QString &name = QString())
{
    core::StaffAccount account;
    account.username = name.isEmpty() ? core::toKey(role) : name;
    account.displayName = account.username;
    account.role = role;
    return {account};
}

const QString kNeurologyCase = QStringLiteral("JD2026-0003"); // employer = E103's employer

} // namespace

// The expert draw as recorded, and the room caller, on a real station database.
class TestRouting : public QObject
{
    Q_OBJECT

    std::unique_ptr<StationFixture> m_station;
    routing::CryptoRandom m_random;

    void checkIn(const QString &acceptanceNo)
    {
        const auto done = checkin::CheckInService(*m_station->database)
                              .checkInByAcceptanceNo(as(Role::FrontDesk), acceptanceNo);
        QVERIFY2(done.ok(), qPrintable(done.error));
    }
    QString caseOfTicket(const QString &ticketId)
    {
        QSqlQuery query(m_station->database->connection());
        query.prepare(QStringLiteral("SELECT acceptance_no FROM tickets WHERE id = ?"));
        query.addBindValue(ticketId);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

private slots:
    void init()
    {
        m_station = std::make_unique<StationFixture>(QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
        QVERIFY(m_station->setUp());
    }

    void drawIsRecordedWithItsReasonsAndCanOnlyBeRedrawnWithAReason()
    {
        checkIn(kNeurologyCase);
        routing::DrawService draws(*m_station->database, m_random);
        const auto drawn = draws.draw(as(Role::FrontDesk), kNeurologyCase);
        QVERIFY2(drawn.ok(), qPrintable(drawn.error()));
        QCOMPARE(drawn->result.examiners.size(), 2);
        QVERIFY(!drawn->result.examiners.contains(QStringLiteral("E103")));
        QVERIFY(drawn->result.reviewer != QStringLiteral("E103"));
        QCOMPARE(drawn->result.excluded.size(), 1);
        QCOMPARE(drawn->result.excluded.first().expertId, QStringLiteral("E103"));
        QCOMPARE(store::CaseRepository(*m_station->database).stateOf(kNeurologyCase),
                 CaseState::WaitingExam1);
        const auto audit = store::AuditLog(*m_station->database).search({});
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const store::AuditEntry &entry) {
            return entry.action == QLatin1String("draw.make") &&
                   entry.details.contains(QStringLiteral("random")) &&
                   entry.details.value(QStringLiteral("excluded")).toArray().size() == 1;
        }));

        QVERIFY(!draws.draw(as(Role::FrontDesk), kNeurologyCase).ok()); // one draw per case
        QVERIFY(!draws.redraw(as(Role::FrontDesk), kNeurologyCase, QStringLiteral("why not")).ok());
        const auto noReason = draws.redraw(as(Role::VenueAdmin), kNeurologyCase, QStringLiteral("  "));
        QVERIFY(!noReason.ok());
        QVERIFY(noReason.error().contains(QStringLiteral("reason")));
        const auto again =
            draws.redraw(as(Role::VenueAdmin), kNeurologyCase, QStringLiteral("E105 fell ill"));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        const auto history = draws.history(kNeurologyCase);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().replacedBy, again->id);
        QCOMPARE(history.last().reason, QStringLiteral("E105 fell ill"));
        QCOMPARE(draws.current(kNeurologyCase)->id, again->id);
        QSqlQuery assigned(m_station->database->connection());
        QVERIFY(assigned.exec(QStringLiteral("SELECT COUNT(*), MIN(draw_id) = MAX(draw_id) FROM assignments "
                                             "WHERE acceptance_no = 'JD2026-0003'")));
        QVERIFY(assigned.next());
        QCOMPARE(assigned.value(0).toInt(), 3);
        QVERIFY(assigned.value(1).toBool());
    }

    // The same person in a later case: whoever examined them is excluded, with the date.
    void anEarlierExaminerIsExcluded()
    {
        checkIn(kNeurologyCase);
        routing::DrawService draws(*m_station->database, m_random);
        const auto first = draws.draw(as(Role::FrontDesk), kNeurologyCase);
        QVERIFY(first.ok());
        auto again = store::CaseRepository(*m_station->database).find(kNeurologyCase)->data;
        again.acceptanceNo = QStringLiteral("JD2026-0999");
        again.type = core::AppraisalType::Review;
        QVERIFY(store::CaseRepository(*m_station->database).save(again).ok());
        const routing::Simulation simulation = draws.simulate(again.acceptanceNo, 200);
        QVERIFY2(simulation.error.isEmpty() || simulation.error.contains(QStringLiteral("JD2026-0999")),
                 qPrintable(simulation.error));
        QStringList excluded;
        for (const routing::Exclusion &exclusion : simulation.excluded)
            excluded << exclusion.expertId;
        if (simulation.error.isEmpty()) {
            for (const QString &examiner : first->result.examiners) {
                QVERIFY2(excluded.contains(examiner), qPrintable(excluded.join(QLatin1Char(','))));
                QCOMPARE(simulation.counts.value(examiner).exam + simulation.counts.value(examiner).review,
                         0);
            }
        }
    }

    void callerFlowWithRecallLimitsNoShowAndTwoRooms()
    {
        checkIn(kNeurologyCase);
        routing::DrawService draws(*m_station->database, m_random);
        const auto drawn = draws.draw(as(Role::FrontDesk), kNeurologyCase);
        QVERIFY(drawn.ok());
        store::ExpertRepository experts(*m_station->database);
        const QString room1 = experts.find(drawn->result.examiners.at(0))->roomId;
        const QString room2 = experts.find(drawn->result.examiners.at(1))->roomId;
        routing::LocalCallAuthority calls(*m_station->database);
        const accounts::Session expert = as(Role::Expert);

        QVERIFY(!calls.callNext(as(Role::FrontDesk), room1).ok()); // the desk does not call
        QCOMPARE(calls.queue(room1).size(), 1);
        const auto called = calls.callNext(expert, room1);
        QVERIFY2(called.ok(), qPrintable(called.error()));
        QCOMPARE(called->ticketLabel, QStringLiteral("A001"));
        QCOMPARE(called->maskedName.size(), 2); // "梁*", never the full name
        QVERIFY(called->maskedName.endsWith(QLatin1Char('*')));
        QVERIFY(calls.queue(room1).isEmpty());
        QVERIFY(!calls.callNext(expert, room1).ok()); // nobody else waits

        // Recall: not within the interval, at most three calls in all.
        QVERIFY(!calls.recall(expert, room1, called->ticketId).ok());
        m_station->clock.advanceSeconds(31);
        QVERIFY(calls.recall(expert, room1, called->ticketId).ok());
        m_station->clock.advanceSeconds(31);
        QVERIFY(calls.recall(expert, room1, called->ticketId).ok());
        m_station->clock.advanceSeconds(31);
        const auto fourth = calls.recall(expert, room1, called->ticketId);
        QVERIFY(!fourth.ok());
        QVERIFY(fourth.error().contains(QStringLiteral("3")));

        // Not there: parked; back: waiting again with the same number.
        QVERIFY(calls.noShow(expert, room1, called->ticketId).ok());
        QCOMPARE(calls.parked(room1).size(), 1);
        QVERIFY(calls.queue(room1).isEmpty());
        QVERIFY(calls.requeue(expert, called->ticketId).ok());
        QCOMPARE(calls.queue(room1).size(), 1);

        // Exam 1, then the person waits for exam 2 in the second examiner's room, never in both.
        QVERIFY(calls.callNext(expert, room1).ok());
        QVERIFY(!calls
                     .startExam(expert,
                                room1 == QLatin1String("R4") ? QStringLiteral("R1") : QStringLiteral("R4"),
                                called->ticketId)
                     .ok());
        QVERIFY(calls.startExam(expert, room1, called->ticketId).ok());
        QCOMPARE(store::CaseRepository(*m_station->database).stateOf(kNeurologyCase), CaseState::Exam1);
        QVERIFY(calls.finishExam(expert, room1, called->ticketId).ok());
        QCOMPARE(store::CaseRepository(*m_station->database).stateOf(kNeurologyCase),
                 CaseState::WaitingExam2);
        QCOMPARE(calls.queue(room2).size(), 1);
        QCOMPARE(calls.queue(room2).first().role, QStringLiteral("exam2"));
        if (room1 != room2)
            QVERIFY(calls.queue(room1).isEmpty());
        QVERIFY(calls.callNext(expert, room2).ok());
        QVERIFY(calls.startExam(expert, room2, called->ticketId).ok());
        QVERIFY(calls.finishExam(expert, room2, called->ticketId).ok());
        QCOMPARE(store::CaseRepository(*m_station->database).stateOf(kNeurologyCase),
                 CaseState::WaitingReview);

        // A paused room calls nobody; the reason is required and kept.
        QVERIFY(!calls.pause(expert, room1, QString()).ok());
        QVERIFY(calls.pause(expert, room1, QStringLiteral("lunch")).ok());
        const auto whilePaused = calls.callNext(expert, room1);
        QVERIFY(!whilePaused.ok());
        QVERIFY(whilePaused.error().contains(QStringLiteral("lunch")));
        QVERIFY(calls.resume(expert, room1).ok());

        // The display's stream: every event, in order, replayable from any point.
        const QList<routing::CallEvent> events = calls.eventsSince(0);
        QStringList actions;
        for (const routing::CallEvent &event : events)
            actions << event.action;
        QCOMPARE(actions.join(QLatin1Char(' ')),
                 QStringLiteral(
                     "call recall recall no_show requeue call start finish call start finish pause resume"));
        for (qsizetype i = 1; i < events.size(); ++i)
            QVERIFY(events.at(i).seq > events.at(i - 1).seq);
        QCOMPARE(calls.eventsSince(events.at(5).seq).size(), events.size() - 6);
        const QString fullName =
            store::CaseRepository(*m_station->database).find(kNeurologyCase)->data.person.name;
        for (const routing::CallEvent &event : events)
            QVERIFY(!event.maskedName.contains(fullName));

        // The next day a starting display (seq 0) reads that day's calls only, not the history;
        // a display that knows where it was still gets everything after that point.
        m_station->clock.set(QDateTime(m_station->clock.today().addDays(1), QTime(8, 0)));
        QVERIFY(calls.eventsSince(0).isEmpty());
        QVERIFY(calls.pause(expert, room1, QStringLiteral("meeting")).ok());
        const QList<routing::CallEvent> nextDay = calls.eventsSince(0);
        QCOMPARE(nextDay.size(), 1);
        QCOMPARE(nextDay.first().action, QStringLiteral("pause"));
        QCOMPARE(calls.eventsSince(events.last().seq).size(), 1);
    }

    // A panel of five: four examinations in turn, then the review.
    void panelOfFiveGoesThroughFourExaminations()
    {
        QVERIFY(m_station->database->setSetting(QStringLiteral("draw.panel_size"), QStringLiteral("5")).ok());
        store::ExpertRepository experts(*m_station->database);
        for (const QString &id : {QStringLiteral("E201"), QStringLiteral("E202")}) {
            core::Expert expert;
            expert.id = id;
            expert.name = id;
            expert.specialties = {core::Specialty::Orthopaedics};
            expert.employer = QStringLiteral("Hospital ") + id;
            expert.onDuty = true;
            QVERIFY(experts.save(expert).ok());
            QVERIFY(experts.seat(id, QStringLiteral("R1")).ok());
        }
        const QString acceptanceNo = QStringLiteral("JD2026-0001"); // orthopaedics
        checkIn(acceptanceNo);
        routing::DrawService draws(*m_station->database, m_random);
        const auto drawn = draws.draw(as(Role::FrontDesk), acceptanceNo);
        QVERIFY2(drawn.ok(), qPrintable(drawn.error()));
        QCOMPARE(drawn->result.examiners.size(), 4);
        routing::LocalCallAuthority calls(*m_station->database);
        const accounts::Session expert = as(Role::Expert);
        for (int exam = 0; exam < 4; ++exam) {
            const QString room = experts.find(drawn->result.examiners.at(exam))->roomId;
            const auto called = calls.callNext(expert, room);
            QVERIFY2(called.ok(), qPrintable(called.error()));
            QVERIFY(calls.startExam(expert, room, called->ticketId).ok());
            QCOMPARE(store::CaseRepository(*m_station->database).stateOf(acceptanceNo),
                     exam == 0 ? CaseState::Exam1 : CaseState::Exam2);
            QVERIFY(calls.finishExam(expert, room, called->ticketId).ok());
            QCOMPARE(store::CaseRepository(*m_station->database).stateOf(acceptanceNo),
                     exam == 3 ? CaseState::WaitingReview : CaseState::WaitingExam2);
        }
    }

    void callTicketAndTransferNeedTheRightRoomAndAReason()
    {
        checkIn(kNeurologyCase);
        routing::DrawService draws(*m_station->database, m_random);
        const auto drawn = draws.draw(as(Role::FrontDesk), kNeurologyCase);
        QVERIFY(drawn.ok());
        const QString room1 =
            store::ExpertRepository(*m_station->database).find(drawn->result.examiners.at(0))->roomId;
        routing::LocalCallAuthority calls(*m_station->database);
        const accounts::Session expert = as(Role::Expert);
        QVERIFY(!calls.callTicket(expert, room1, QStringLiteral("A999")).ok());
        const auto called = calls.callTicket(expert, room1, QStringLiteral("a001"));
        QVERIFY2(called.ok(), qPrintable(called.error()));
        // Transfer to an expert already on the panel is refused; to another one it needs a reason.
        QVERIFY(!calls
                     .transfer(expert, room1, called->ticketId, drawn->result.examiners.at(1),
                               QStringLiteral("busy"))
                     .ok());
        QVERIFY(!calls.transfer(expert, room1, called->ticketId, QStringLiteral("E110"), QString()).ok());
        const auto moved = calls.transfer(expert, room1, called->ticketId, QStringLiteral("E110"),
                                          QStringLiteral("room too hot"));
        QVERIFY2(moved.ok(), qPrintable(moved.error()));
        QVERIFY(moved->detail.contains(QStringLiteral("room too hot")));
        QCOMPARE(calls.queue(QStringLiteral("R3")).size(), 1); // E110 sits in R3
    }

    // An expert calls only for the room they are seated in; the venue admin calls for a room only
    // after an explicit override with a reason, which is a call event (audited, in the outbox).
    void roomLockAndTheVenueAdminsOverride()
    {
        checkIn(kNeurologyCase);
        routing::DrawService draws(*m_station->database, m_random);
        const auto drawn = draws.draw(as(Role::FrontDesk), kNeurologyCase);
        QVERIFY(drawn.ok());
        const QString examiner = drawn->result.examiners.at(0);
        const QString room = store::ExpertRepository(*m_station->database).find(examiner)->roomId;
        const QString otherRoom = room == QLatin1String("R1") ? QStringLiteral("R2") : QStringLiteral("R1");
        routing::LocalCallAuthority calls(*m_station->database);
        accounts::Session expert = as(Role::Expert);
        expert.account.expertId = examiner;
        const auto foreign = calls.callNext(expert, otherRoom);
        QVERIFY(!foreign.ok());
        QVERIFY2(foreign.error().contains(room), qPrintable(foreign.error()));
        QVERIFY(!calls.overrideRoom(expert, otherRoom, QStringLiteral("help out")).ok());

        const accounts::Session admin = as(Role::VenueAdmin, QStringLiteral("chief"));
        const auto before = calls.callNext(admin, room);
        QVERIFY(!before.ok());
        QVERIFY2(before.error().contains(QStringLiteral("reason")), qPrintable(before.error()));
        QVERIFY(!calls.overrideRoom(admin, room, QStringLiteral("  ")).ok());
        const auto overridden = calls.overrideRoom(admin, room, QStringLiteral("expert ill"));
        QVERIFY2(overridden.ok(), qPrintable(overridden.error()));
        QCOMPARE(overridden->action, QStringLiteral("override"));
        const auto called = calls.callNext(admin, room);
        QVERIFY2(called.ok(), qPrintable(called.error()));
        QCOMPARE(called->actor, QStringLiteral("chief"));
        QVERIFY(!calls.callNext(admin, otherRoom).ok()); // the override is for that room only
        // Another admin has not chosen the room; the next service day needs a new override.
        QVERIFY(!calls.callNext(as(Role::VenueAdmin, QStringLiteral("deputy")), room).ok());
        m_station->clock.set(QDateTime(QDate(2026, 11, 24), QTime(8, 0)));
        QVERIFY(calls.callNext(admin, room).error().contains(QStringLiteral("reason")));
        int audited = 0;
        for (const auto &entry : store::AuditLog(*m_station->database).entries())
            audited += entry.action == QLatin1String("call.override") ? 1 : 0;
        QCOMPARE(audited, 1);
        QSqlQuery outbox(m_station->database->connection());
        QVERIFY(outbox.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE type = 'call_event'")));
        QVERIFY(outbox.next());
        QCOMPARE(outbox.value(0).toInt(), 2); // the override and the call
    }

    // A room seats several experts (the demo's 1号诊室: E101 and E102), but each examines only the
    // people drawn to them: "call next" skips the others' people, and calling, starting or marking
    // someone drawn to another expert is refused with who that is and where. The admin's override
    // still takes anyone of the room.
    void anExpertTakesOnlyThePeopleDrawnToThem()
    {
        const QStringList cases{QStringLiteral("JD2026-0001"), QStringLiteral("JD2026-0005")};
        routing::DrawService draws(*m_station->database, m_random);
        for (const QString &acceptanceNo : cases) {
            checkIn(acceptanceNo);
            QVERIFY(draws.draw(as(Role::FrontDesk), acceptanceNo).ok());
        }
        routing::LocalCallAuthority calls(*m_station->database);
        // The panels as a venue would have drawn them: the first waiting person is E102's (exam 2 by
        // E104), the second E101's (exam 2 by E102).
        const auto assign = [this](const QString &acceptanceNo, const QString &exam1, const QString &exam2) {
            QSqlQuery update(m_station->database->connection());
            update.prepare(QStringLiteral("UPDATE assignments SET expert_id = ? WHERE acceptance_no = ? AND "
                                          "role = ?"));
            for (const auto &[role, expert] :
                 {std::pair(QStringLiteral("exam1"), exam1), std::pair(QStringLiteral("exam2"), exam2)}) {
                update.addBindValue(expert);
                update.addBindValue(acceptanceNo);
                update.addBindValue(role);
                QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
            }
        };
        const QString room = QStringLiteral("R1");
        for (const QString &acceptanceNo : cases)
            assign(acceptanceNo, QStringLiteral("E101"), QStringLiteral("E108"));
        // The first in the room's call order goes to E102.
        assign(calls.queue(room).value(0).acceptanceNo, QStringLiteral("E102"), QStringLiteral("E104"));
        const QList<routing::RoomEntry> waiting = calls.queue(room);
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(waiting.at(0).expertId, QStringLiteral("E102"));
        const QString theirs = waiting.at(0).ticketLabel;
        const QString mine = waiting.at(1).ticketLabel;
        // E101's person has exam 2 with E102, in the same room.
        assign(waiting.at(1).acceptanceNo, QStringLiteral("E101"), QStringLiteral("E102"));

        accounts::Session e101 = as(Role::Expert, QStringLiteral("zhuanjia"));
        e101.account.expertId = QStringLiteral("E101");
        accounts::Session e102 = as(Role::Expert, QStringLiteral("e102"));
        e102.account.expertId = QStringLiteral("E102");

        // Calling the other expert's person by number: refused, saying whose and where.
        const auto byNumber = calls.callTicket(e101, room, theirs);
        QVERIFY(!byNumber.ok());
        for (const QString &named :
             {QStringLiteral("E102"), QStringLiteral("E104"), QStringLiteral("1号诊室")})
            QVERIFY2(byNumber.error().contains(named), qPrintable(byNumber.error()));
        // E102 examines that person too, but second: not before E101.
        const auto notYet = calls.callTicket(e102, room, mine);
        QVERIFY(!notYet.ok());
        QVERIFY2(notYet.error().contains(QStringLiteral("E101")) &&
                     !notYet.error().contains(QStringLiteral("E104")),
                 qPrintable(notYet.error()));
        QVERIFY2(notYet.error().contains(QStringLiteral("after")), qPrintable(notYet.error()));
        // "Call next" skips them and calls E101's own person.
        const auto next = calls.callNext(e101, room);
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QCOMPARE(next->ticketLabel, mine);
        const auto nobodyMine = calls.callNext(e101, room);
        QVERIFY(!nobodyMine.ok());
        QVERIFY2(nobodyMine.error().contains(QStringLiteral("1号诊室")), qPrintable(nobodyMine.error()));
        QCOMPARE(calls.queue(room).size(), 1); // E102's person still waits for E102

        const auto called = calls.callNext(e102, room);
        QVERIFY2(called.ok(), qPrintable(called.error()));
        QCOMPARE(called->ticketLabel, theirs);
        // E101 can neither start, recall, mark, finish nor transfer E102's person.
        m_station->clock.advanceSeconds(60);
        const auto start = calls.startExam(e101, room, called->ticketId);
        QVERIFY(!start.ok());
        QVERIFY2(start.error().contains(QStringLiteral("E102")), qPrintable(start.error()));
        QVERIFY(!calls.recall(e101, room, called->ticketId).ok());
        QVERIFY(!calls.noShow(e101, room, called->ticketId).ok());
        QVERIFY(!calls.transfer(e101, room, called->ticketId, QStringLiteral("E106"), QStringLiteral("busy"))
                     .ok());
        QVERIFY(calls.startExam(e102, room, called->ticketId).ok());
        QVERIFY(!calls.finishExam(e101, room, called->ticketId).ok());
        QVERIFY(calls.finishExam(e102, room, called->ticketId).ok());

        // The venue admin, after the audited override, starts E101's called person.
        const accounts::Session admin = as(Role::VenueAdmin, QStringLiteral("guanli"));
        QVERIFY(calls.overrideRoom(admin, room, QStringLiteral("E101 called away")).ok());
        const auto byAdmin = calls.startExam(admin, room, next->ticketId);
        QVERIFY2(byAdmin.ok(), qPrintable(byAdmin.error()));
    }

    // Two experts of one room press "call next" 1,000 times between them, each on its own
    // connection and thread: nobody is called twice and nobody is skipped.
    void racingCallersNeverGetTheSamePerson()
    {
        QTemporaryDir dir;
        const QString path = store::databasePath(dir.path());
        const int people = 1000;
        {
            auto db = store::Database::open(path, m_station->clock, testDataKey()).database;
            QVERIFY(db);
            const QString batch = QStringLiteral("RACE");
            QVERIFY(demo::seedSyntheticVenue(*db, batch, m_station->clock.today(),
                                             demo::syntheticCases(people, batch, QStringLiteral("RACE-")))
                        .ok());
            // One room with three orthopaedic experts: both callers draw from the same queue.
            QVERIFY(
                store::VenueRepository(*db)
                    .saveRoom(
                        {QStringLiteral("R1"), QStringLiteral("1号诊室"), {core::Specialty::Orthopaedics}})
                    .ok());
            store::ExpertRepository experts(*db);
            for (int i = 1; i <= 3; ++i) {
                core::Expert expert;
                expert.id = QStringLiteral("X%1").arg(i);
                expert.name = expert.id;
                expert.specialties = {core::Specialty::Orthopaedics};
                expert.employer = QStringLiteral("Hospital %1").arg(i);
                expert.onDuty = true;
                QVERIFY(experts.save(expert).ok());
                QVERIFY(experts.seat(expert.id, QStringLiteral("R1")).ok());
            }
            checkin::CheckInService desk(*db);
            routing::DrawService draws(*db, m_random);
            for (int i = 0; i < people; ++i) {
                const QString acceptanceNo = QStringLiteral("RACE-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
                QVERIFY(desk.checkInByAcceptanceNo(as(Role::FrontDesk), acceptanceNo).ok());
                QVERIFY(draws.draw(as(Role::FrontDesk), acceptanceNo).ok());
            }
        }

        std::atomic<bool> failed = false;
        QStringList calledBy[2];
        std::barrier gate(2);
        auto caller = [&](int which) {
            return QThread::create([&, which] {
                auto db = store::Database::open(path, m_station->clock, testDataKey()).database;
                if (!db) {
                    failed = true;
                    return;
                }
                routing::LocalCallAuthority calls(*db);
                const accounts::Session expert = as(Role::Expert, QStringLiteral("expert%1").arg(which));
                while (true) {
                    // Both press at the same moment, every round: one gets the write lock, the other
                    // waits for it and must then see the first one's call.
                    gate.arrive_and_wait();
                    const auto called = calls.callNext(expert, QStringLiteral("R1"));
                    if (!called) {
                        gate.arrive_and_drop();
                        if (!called.error().contains(QStringLiteral("Nobody is waiting")))
                            failed = true;
                        return;
                    }
                    calledBy[which] << called->ticketId;
                }
            });
        };
        std::unique_ptr<QThread> first(caller(0)), second(caller(1));
        first->start();
        second->start();
        QVERIFY(first->wait(240000));
        QVERIFY(second->wait(240000));
        QVERIFY(!failed);
        const QStringList all = calledBy[0] + calledBy[1];
        QCOMPARE(all.size(), people);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), people);
        qInfo() << "calls per caller:" << calledBy[0].size() << calledBy[1].size();
        QVERIFY2(calledBy[0].size() >= 400 && calledBy[1].size() >= 400,
                 "both callers took part in every round");
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
