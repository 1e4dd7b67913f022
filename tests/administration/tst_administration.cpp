#include "administration/accountadministration.h"
#include "administration/audittrail.h"
#include "administration/expertadministration.h"
#include "administration/venueadministration.h"
#include "administration/venuedirectory.h"
#include "administration/walkinadministration.h"
#include "checkin/checkinservice.h"
#include "exam/opinionservice.h"
#include "forms/examtemplate.h"
#include "roster/rosterimport.h"
#include "routing/callauthority.h"
#include "routing/drawservice.h"
#include "store/auditlog.h"
#include "store/outbox.h"
#include "testkey.h"
#include "testsession.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using core::Role;

// A venue set up from nothing through the administration services (no demo code): venue, lanes,
// rooms, experts, accounts, seats, walk-ins, and experts who examine and review on the same day.
class TestAdministration : public QObject
{
    Q_OBJECT

    core::ManualClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(8, 0))};
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    const accounts::Session m_admin = testSession(Role::VenueAdmin);

    static constexpr auto kPassword = "Venue2026ok";

    administration::FirstStart firstStart() const
    {
        administration::FirstStart setup;
        setup.venue = {QStringLiteral("SZ-01"), QStringLiteral("深圳鉴定场所"),
                       QStringLiteral("深圳市劳动能力鉴定委员会"), QStringLiteral("深圳市福田区"),
                       QStringLiteral("0755-1234")};
        setup.rooms = {{QStringLiteral("R1"), QStringLiteral("1号诊室"), {core::Specialty::Orthopaedics}},
                       {QStringLiteral("R2"), QStringLiteral("2号诊室"), {core::Specialty::Orthopaedics}}};
        setup.admin.username = QStringLiteral("chief");
        setup.admin.displayName = QStringLiteral("王主任");
        setup.adminPassword = QString::fromLatin1(kPassword);
        return setup;
    }

    int audited(const QString &action) const
    {
        int count = 0;
        for (const auto &entry : store::AuditLog(*m_db).entries())
            count += entry.action == action ? 1 : 0;
        return count;
    }

    int outboxOf(const QString &type) const
    {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE type = ?"));
        query.addBindValue(type);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

    core::Expert expert(const QString &id, bool mayReview = true) const
    {
        core::Expert e;
        e.id = id;
        e.name = QStringLiteral("专家") + id;
        e.specialties = {core::Specialty::Orthopaedics};
        e.employer = QStringLiteral("医院") + id;
        e.mayReview = mayReview;
        return e;
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QFile::remove(store::databasePath(m_dir.path()));
        m_db = std::move(
            store::Database::open(store::databasePath(m_dir.path()), m_clock, testDataKey()).database);
        QVERIFY(m_db);
    }

    void cleanup() { m_db.reset(); }

    void firstStartMakesTheWholeVenueOrNothing()
    {
        administration::VenueAdministration venues(*m_db);
        administration::FirstStart weak = firstStart();
        weak.adminPassword = QStringLiteral("short");
        QVERIFY(!venues.firstStart(weak).ok());
        QVERIFY(!venues.venue()); // nothing half-made
        QVERIFY(venues.rooms().isEmpty());

        const core::Status done = venues.firstStart(firstStart());
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(venues.venue()->committee, QStringLiteral("深圳市劳动能力鉴定委员会"));
        QCOMPARE(m_db->setting(store::settings::VenueId), QStringLiteral("SZ-01"));
        const QList<core::Lane> lanes = venues.lanes();
        QCOMPARE(lanes.size(), 2);
        QCOMPARE(lanes.at(0).prefix, QStringLiteral("G"));
        QVERIFY(lanes.at(0).strict);
        QCOMPARE(lanes.at(1).prefix, QStringLiteral("A"));
        QCOMPARE(venues.rooms().size(), 2);
        QVERIFY(accounts::AccountService(*m_db).authenticate(QStringLiteral("chief"),
                                                             QString::fromLatin1(kPassword)));
        // A second first start is refused: the venue has its admin.
        QVERIFY(!venues.firstStart(firstStart()).ok());
    }

    void venueIdIsKeptOnceThereAreCases()
    {
        administration::VenueAdministration venues(*m_db);
        QVERIFY(!venues.setupVenue(testSession(Role::FrontDesk), {QStringLiteral("V1"), QStringLiteral("x")})
                     .ok());
        QVERIFY(venues.setupVenue(m_admin, {QStringLiteral("V1"), QStringLiteral("One")}).ok());
        QVERIFY(!venues.setupVenue(m_admin, {QStringLiteral("bad id"), QStringLiteral("One")}).ok());
        // No cases yet: the id may still change.
        QVERIFY(venues.setupVenue(m_admin, {QStringLiteral("V2"), QStringLiteral("Two")}).ok());
        QCOMPARE(venues.venue()->id, QStringLiteral("V2"));
        QCOMPARE(venues.lanes().size(), 2); // created once
        const auto imported = roster::RosterImporter(*m_db).import(
            m_admin,
            QStringLiteral("acceptance_no,name,id_number,gender,birth_date,employer,appraisal_type,specialty,"
                           "priority,phone,address,materials\nJD-1,甲某,11010519491231002X,female,1949-12-31,"
                           "某公司,work_injury,"
                           "orthopaedics,normal,,,\n"),
            QStringLiteral("B1"), true);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        const core::Status renamed =
            venues.setupVenue(m_admin, {QStringLiteral("V3"), QStringLiteral("Three")});
        QVERIFY(!renamed.ok());
        QVERIFY(renamed.error().contains(QStringLiteral("V2")));
        // The details still change under the same id.
        QVERIFY(venues.setupVenue(m_admin, {QStringLiteral("V2"), QStringLiteral("Two again")}).ok());
        QCOMPARE(venues.venue()->name, QStringLiteral("Two again"));
        QVERIFY(audited(QStringLiteral("venue.setup")) == 3);
        QVERIFY(outboxOf(QStringLiteral("venue")) >= 3);
    }

    void lanesAndRoomsInUseAreRetiredNotDeleted()
    {
        administration::VenueAdministration venues(*m_db);
        QVERIFY(venues.firstStart(firstStart()).ok());
        core::Lane extra{QStringLiteral("senior"), QStringLiteral("A"), QStringLiteral("长者"), 2};
        QVERIFY(!venues.setLane(m_admin, extra).ok()); // prefix taken
        extra.prefix = QStringLiteral("s");
        extra.colour = QStringLiteral("blue");
        QVERIFY(!venues.setLane(m_admin, extra).ok()); // colour format
        extra.colour = QStringLiteral("#3366ff");
        QVERIFY(venues.setLane(m_admin, extra).ok());
        QCOMPARE(venues.lanes().last().prefix, QStringLiteral("S"));
        QVERIFY(venues.removeLane(m_admin, QStringLiteral("senior")).value() ==
                administration::Removal::Deleted);
        QVERIFY(!venues.removeLane(m_admin, QStringLiteral("senior")).ok());

        administration::ExpertAdministration experts(*m_db);
        QVERIFY(experts.save(m_admin, expert(QStringLiteral("E1"))).ok());
        QVERIFY(experts.seat(m_admin, QStringLiteral("E1"), QStringLiteral("R2")).ok());
        QVERIFY(!venues.removeRoom(m_admin, QStringLiteral("R2")).ok()); // an expert sits there
        QVERIFY(venues.removeRoom(m_admin, QStringLiteral("R1")).value() == administration::Removal::Deleted);
        // A pause from the admin page takes the calling page's path: audited, a call event the hall
        // display follows, and both the event and the room's state in the outbox.
        routing::LocalCallAuthority calls(*m_db);
        QVERIFY(venues.pauseRoom(m_admin, calls, QStringLiteral("R2"), QStringLiteral("午休")).ok());
        QVERIFY(!venues.pauseRoom(m_admin, calls, QStringLiteral("R2"), QStringLiteral(" ")).ok());
        QCOMPARE(venues.rooms().first().pausedReason, QStringLiteral("午休"));
        QCOMPARE(audited(QStringLiteral("call.pause")), 1);
        QCOMPARE(outboxOf(QStringLiteral("call_event")), 1);
        QCOMPARE(outboxOf(QStringLiteral("room_pause")), 1);
        const QList<routing::CallEvent> events = calls.eventsSince(0);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().action, QStringLiteral("pause"));
        QCOMPARE(events.first().detail, QStringLiteral("午休"));
        QVERIFY(venues.resumeRoom(m_admin, calls, QStringLiteral("R2")).ok());
        QVERIFY(!venues.resumeRoom(m_admin, calls, QStringLiteral("R2")).ok()); // not paused any more
        QCOMPARE(audited(QStringLiteral("call.resume")), 1);
        QCOMPARE(outboxOf(QStringLiteral("room_pause")), 2);
        QCOMPARE(calls.eventsSince(0).last().action, QStringLiteral("resume"));
        QVERIFY(experts.seat(m_admin, QStringLiteral("E1"), {}).ok());
        // People were called to R2 once: it is kept, retired.
        QSqlQuery call(m_db->connection());
        QVERIFY(call.exec(QStringLiteral("INSERT INTO call_events(at, room_id, action, actor) "
                                         "VALUES('2026-12-07T08:00:00', 'R2', 'call', 'x')")));
        QVERIFY(venues.removeRoom(m_admin, QStringLiteral("R2")).value() == administration::Removal::Retired);
        QVERIFY(venues.rooms().first().retired);
        QVERIFY(!experts.seat(m_admin, QStringLiteral("E1"), QStringLiteral("R2")).ok());
        QVERIFY(audited(QStringLiteral("room.retire")) == 1);
    }

    void accountsKeepOneActiveVenueAdmin()
    {
        QVERIFY(administration::VenueAdministration(*m_db).firstStart(firstStart()).ok());
        administration::AccountAdministration accounts(*m_db);
        administration::ExpertAdministration experts(*m_db);
        const accounts::Session chief{{QStringLiteral("chief"), QStringLiteral("王主任"), Role::VenueAdmin}};
        QVERIFY(!accounts.setActive(chief, QStringLiteral("chief"), false).ok());
        core::StaffAccount demoted{QStringLiteral("chief"), QStringLiteral("王主任"), Role::Clerk};
        QVERIFY(!accounts.update(chief, demoted).ok());

        core::StaffAccount desk{QStringLiteral("desk1"), QStringLiteral("前台一"), Role::FrontDesk};
        QVERIFY(!accounts.create(chief, desk, QStringLiteral("onlyletters")).ok()); // password rules
        QVERIFY(accounts.create(chief, desk, QStringLiteral("Desk2026ok")).ok());
        QVERIFY(!accounts.create(testSession(Role::FrontDesk), desk, QStringLiteral("Desk2026ok")).ok());
        core::StaffAccount examiner{QStringLiteral("e1"), QStringLiteral("专家一"), Role::Expert,
                                    QStringLiteral("E1")};
        QVERIFY(!accounts.create(chief, examiner, QStringLiteral("Expert2026ok")).ok()); // no expert E1 yet
        QVERIFY(experts.save(chief, expert(QStringLiteral("E1"))).ok());
        QVERIFY(accounts.create(chief, examiner, QStringLiteral("Expert2026ok")).ok());

        // Locked after failures, unlocked by the admin.
        accounts::AccountService login(*m_db);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!login.authenticate(QStringLiteral("desk1"), QStringLiteral("wrong")).ok());
        auto rows = accounts.list(chief);
        QVERIFY(rows.ok());
        const auto deskRow =
            std::find_if(rows->cbegin(), rows->cend(), [](const administration::AccountRow &r) {
                return r.account.username == QLatin1String("desk1");
            });
        QVERIFY(deskRow->locked);
        QVERIFY(accounts.unlock(chief, QStringLiteral("desk1")).ok());
        QVERIFY(login.authenticate(QStringLiteral("desk1"), QStringLiteral("Desk2026ok")).ok());

        QVERIFY(accounts.setActive(chief, QStringLiteral("desk1"), false).ok());
        QVERIFY(!login.authenticate(QStringLiteral("desk1"), QStringLiteral("Desk2026ok")).ok());
        QVERIFY(accounts.setActive(chief, QStringLiteral("desk1"), true).ok());
        QVERIFY(!accounts.resetPassword(chief, QStringLiteral("desk1"), QStringLiteral("desk1")).ok());
        QVERIFY(accounts.resetPassword(chief, QStringLiteral("desk1"), QStringLiteral("Desk2027ok")).ok());
        QVERIFY(login.authenticate(QStringLiteral("desk1"), QStringLiteral("Desk2027ok")).ok());

        // A second admin: now the first may be demoted.
        core::StaffAccount deputy{QStringLiteral("deputy"), QStringLiteral("副主任"), Role::VenueAdmin};
        QVERIFY(accounts.create(chief, deputy, QStringLiteral("Deputy2026ok")).ok());
        QVERIFY(accounts.update(chief, demoted).ok());
        QVERIFY(audited(QStringLiteral("account.update")) == 1);
        QVERIFY(audited(QStringLiteral("account.unlock")) == 1);
        // The central system learns of each change, never of a password.
        QSqlQuery payloads(m_db->connection());
        QVERIFY(payloads.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE type = 'account'")));
        QVERIFY(payloads.next() && payloads.value(0).toInt() >= 6);
    }

    // What the screens read (VenueDirectory, AuditTrail) follows what the administration changes.
    void theDirectoryShowsWhatTheAdministrationMade()
    {
        const administration::VenueDirectory directory(*m_db);
        QVERIFY(directory.stationInfo().venueId.isEmpty());
        QVERIFY(directory.rooms().isEmpty());
        administration::VenueAdministration venues(*m_db);
        QVERIFY(venues.firstStart(firstStart()).ok());
        const administration::StationInfo station = directory.stationInfo();
        QCOMPARE(station.venueId, QStringLiteral("SZ-01"));
        QCOMPARE(station.venueName, QStringLiteral("深圳鉴定场所"));
        QCOMPARE(directory.rooms().size(), 2);
        QCOMPARE(directory.lanes().size(), 2); // the defaults: normal and green

        administration::ExpertAdministration experts(*m_db);
        QVERIFY(experts.save(m_admin, expert(QStringLiteral("E1"))).ok());
        QVERIFY(experts.seat(m_admin, QStringLiteral("E1"), QStringLiteral("R2")).ok());
        QCOMPARE(directory.expert(QStringLiteral("E1"))->roomId, QStringLiteral("R2"));
        QVERIFY(!directory.expert(QStringLiteral("E9")));
        QCOMPARE(directory.experts().size(), 1);

        routing::LocalCallAuthority calls(*m_db);
        QVERIFY(directory.roomPause(QStringLiteral("R2")).isEmpty());
        QVERIFY(venues.pauseRoom(m_admin, calls, QStringLiteral("R2"), QStringLiteral("午休")).ok());
        QCOMPARE(directory.roomPause(QStringLiteral("R2")), QStringLiteral("午休"));
        QVERIFY(venues.resumeRoom(m_admin, calls, QStringLiteral("R2")).ok());
        QVERIFY(directory.roomPause(QStringLiteral("R2")).isEmpty());

        const administration::AuditTrail audit(*m_db);
        QVERIFY(audit.verify().intact);
        QVERIFY(audit.actors().contains(m_admin.account.username));
        store::AuditFilter seats;
        seats.action = QStringLiteral("expert.seat");
        seats.from = m_clock.now().addDays(-1);
        seats.to = m_clock.now().addDays(1);
        QCOMPARE(audit.search(seats).size(), 1);
    }

    void conflictsAndSeats()
    {
        QVERIFY(administration::VenueAdministration(*m_db).firstStart(firstStart()).ok());
        administration::ExpertAdministration experts(*m_db);
        core::Expert noSpecialty = expert(QStringLiteral("E1"));
        noSpecialty.specialties.clear();
        QVERIFY(!experts.save(m_admin, noSpecialty).ok());
        QVERIFY(experts.save(m_admin, expert(QStringLiteral("E1"))).ok());
        QVERIFY(experts.declareEmployerConflict(m_admin, QStringLiteral("E1"), QStringLiteral("某公司"), {})
                    .ok());
        QVERIFY(experts
                    .declarePersonConflict(m_admin, QStringLiteral("E1"),
                                           QStringLiteral("11010519491231002X"), QStringLiteral("亲属"))
                    .ok());
        QVERIFY(!experts
                     .declarePersonConflict(m_admin, QStringLiteral("E1"),
                                            QStringLiteral("110105194912310021"), {})
                     .ok()); // bad check digit
        QList<administration::ConflictRow> conflicts = experts.conflicts(QStringLiteral("E1"));
        QCOMPARE(conflicts.size(), 2);
        const auto person = std::find_if(conflicts.cbegin(), conflicts.cend(),
                                         [](const administration::ConflictRow &c) { return !c.employer; });
        QVERIFY(!person->key.contains(QStringLiteral("11010519"))); // a blind index, never the number
        QVERIFY(experts.withdrawConflict(m_admin, QStringLiteral("E1"), false, person->key).ok());
        QVERIFY(!experts.withdrawConflict(m_admin, QStringLiteral("E1"), false, person->key).ok());
        QCOMPARE(experts.conflicts().size(), 1);
        QCOMPARE(outboxOf(QStringLiteral("expert_conflict")), 3);

        // One room at a time: seating again moves the expert.
        QVERIFY(experts.seat(m_admin, QStringLiteral("E1"), QStringLiteral("R1")).ok());
        QVERIFY(experts.seat(m_admin, QStringLiteral("E1"), QStringLiteral("R2")).ok());
        const QList<administration::RoomStatus> rooms = administration::VenueAdministration(*m_db).rooms();
        QVERIFY(rooms.at(0).experts.isEmpty());
        QCOMPARE(rooms.at(1).experts, QStringList{QStringLiteral("E1")});
        QVERIFY(experts.experts().first().onDuty);
        QVERIFY(!experts.seat(m_admin, QStringLiteral("E1"), QStringLiteral("R9")).ok());
        QVERIFY(!experts.seat(m_admin, QStringLiteral("E9"), QStringLiteral("R1")).ok());
    }

    void expertsCsvImportsGoodRowsAndReportsBadOnes()
    {
        administration::ExpertAdministration experts(*m_db);
        const QString csv = QStringLiteral("expert_id,name,specialties,employer,title,on_duty\n"
                                           "E1,陈建国,orthopaedics,第一医院,主任医师,yes\n"
                                           "E2,林慧敏,bones,第二医院,副主任医师,yes\n");
        QVERIFY(!experts.importCsv(testSession(Role::FrontDesk), csv).ok());
        const auto report = experts.importCsv(m_admin, csv);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->imported, 1);
        QCOMPARE(report->rejected.size(), 1);
        QCOMPARE(report->rejected.first().line, 3);
        QCOMPARE(experts.experts().size(), 1);
        QVERIFY(!experts.importCsv(m_admin, QStringLiteral("no header here")).ok());
    }

    void walkInsAreApprovedIntoTodaysBatchOrRefused()
    {
        QVERIFY(administration::VenueAdministration(*m_db).firstStart(firstStart()).ok());
        checkin::CheckInService desk(*m_db);
        const accounts::Session frontDesk = testSession(Role::FrontDesk);
        const auto first =
            desk.recordWalkIn(frontDesk, {QStringLiteral("11010519491231002X"), QStringLiteral("张三丰")},
                              QStringLiteral("通知未收到"));
        const auto second =
            desk.recordWalkIn(frontDesk, {QStringLiteral("440524188001010014"), QStringLiteral("李四")}, {});
        QVERIFY(first.ok() && second.ok());
        administration::WalkInAdministration walkIns(*m_db);
        QCOMPARE(walkIns.list(m_admin, true)->size(), 2);
        QVERIFY(!walkIns.approve(frontDesk, first.value(), {}).ok());
        const auto approved = walkIns.approve(m_admin, first.value(), {});
        QVERIFY2(approved.ok(), qPrintable(approved.error()));
        QCOMPARE(approved.value(), QStringLiteral("WI-20261207-001"));
        QVERIFY(!walkIns.refuse(m_admin, second.value(), QStringLiteral(" ")).ok());
        QVERIFY(walkIns.refuse(m_admin, second.value(), QStringLiteral("请预约下一批次")).ok());
        // The desk sees both decisions, with masked names.
        const auto seen = walkIns.list(frontDesk);
        QVERIFY(seen.ok());
        QCOMPARE(seen->size(), 2);
        for (const administration::WalkInRow &row : seen.value()) {
            QVERIFY(row.state != administration::WalkInState::Pending);
            QVERIFY(!row.name.contains(QStringLiteral("三丰")));
            if (row.state == administration::WalkInState::Approved) {
                QCOMPARE(row.decisionReason, QStringLiteral("通知未收到"));
                QCOMPARE(row.acceptanceNo, approved.value());
            } else {
                QCOMPARE(row.decisionReason, QStringLiteral("请预约下一批次"));
            }
        }
        // Today's batch was made for the walk-in; the person checks in like anyone on the roster.
        QCOMPARE(m_db->setting(store::settings::CurrentBatch), QStringLiteral("SZ-01-20261207"));
        const checkin::CheckInResult checkedIn =
            desk.checkInByIdNumber(frontDesk, QStringLiteral("11010519491231002X"));
        QVERIFY2(checkedIn.ok(), qPrintable(checkedIn.error));
        QVERIFY(audited(QStringLiteral("walk_in.approve")) == 1 &&
                audited(QStringLiteral("walk_in.refuse")) == 1);
    }

    // The same expert is examiner on one case and reviewer on another, the same day, and the
    // expert's account reaches both: its examination and its review.
    void expertsDoBothJobs()
    {
        QVERIFY(administration::VenueAdministration(*m_db).firstStart(firstStart()).ok());
        administration::ExpertAdministration experts(*m_db);
        for (const QString &id : {QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("E3")}) {
            core::Expert e = expert(id, id == QLatin1String("E1"));
            e.onDuty = true;
            QVERIFY(experts.save(m_admin, e).ok());
        }
        QVERIFY(m_db->setSetting(store::settings::DrawReviewerFlagOnly, QStringLiteral("on")).ok());
        const auto imported = roster::RosterImporter(*m_db).import(
            m_admin,
            QStringLiteral("acceptance_no,name,id_number,gender,birth_date,employer,appraisal_type,specialty,"
                           "priority,phone,address,materials\nJD-1,甲某,11010519491231002X,female,1949-12-31,"
                           "甲公司,work_injury,"
                           "orthopaedics,normal,,,\nJD-2,乙某,440524188001010014,male,1880-01-01,乙公司,"
                           "work_injury,orthopaedics,normal,,,\n"),
            QStringLiteral("B1"), true);
        QVERIFY2(imported.ok() && imported->imported == 2, qPrintable(imported.error()));
        checkin::CheckInService desk(*m_db);
        QVERIFY(desk.checkInByAcceptanceNo(testSession(Role::FrontDesk), QStringLiteral("JD-1")).ok());
        QVERIFY(desk.checkInByAcceptanceNo(testSession(Role::FrontDesk), QStringLiteral("JD-2")).ok());
        routing::CryptoRandom random;
        routing::DrawService draws(*m_db, random);
        const auto first = draws.draw(m_admin, QStringLiteral("JD-1"));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->result.reviewer, QStringLiteral("E1"));
        QVERIFY(first->result.examiners.contains(QStringLiteral("E2")));
        // Only E2 may review now: E2 reviews the second case after examining the first.
        core::Expert e1 = expert(QStringLiteral("E1"), false);
        e1.onDuty = true;
        core::Expert e2 = expert(QStringLiteral("E2"), true);
        e2.onDuty = true;
        QVERIFY(experts.save(m_admin, e1).ok() && experts.save(m_admin, e2).ok());
        const auto second = draws.draw(m_admin, QStringLiteral("JD-2"));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->result.reviewer, QStringLiteral("E2"));

        const accounts::Session e2Account = testSession(Role::Expert, QStringLiteral("E2"));
        QVERIFY(accounts::allows(Role::Expert, accounts::Permission::RecordExam));
        QVERIFY(accounts::allows(Role::Expert, accounts::Permission::ReviewCase));
        exam::OpinionService opinions(*m_db, forms::ExamTemplates::loadAll().value());
        // As reviewer of JD-2 the account sees the submitted opinions (none yet) and no refusal;
        // on JD-1 it is an examiner and sees its own work only.
        QVERIFY(opinions.visibleOpinions(e2Account, QStringLiteral("JD-2")).ok());
        QVERIFY(opinions.visibleOpinions(e2Account, QStringLiteral("JD-1")).ok());
        // E3 has nothing to do with a case it was not drawn for.
        const auto stranger = testSession(Role::Expert, QStringLiteral("E9"));
        QVERIFY(!opinions.visibleOpinions(stranger, QStringLiteral("JD-2")).ok());
    }
};

QTEST_GUILESS_MAIN(TestAdministration)
#include "tst_administration.moc"
