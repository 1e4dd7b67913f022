#include "stationfixture.h"

#include "administration/walkinadministration.h"
#include "checkin/checkinservice.h"
#include "checkinprint/ticketoutput.h"
#include "core/idnumber.h"
#include "demo/demovenue.h"
#include "store/auditlog.h"
#include "store/outbox.h"
#include "store/venuerepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using checkin::CheckInService;
using checkin::Problem;
using core::CaseState;
using core::Role;

namespace {
const QString kFirst = QStringLiteral("440106198611200776");  // JD2026-0001, normal lane
const QString kSecond = QStringLiteral("440306197812236050"); // JD2026-0002, normal lane
const QString kGreen = QStringLiteral("440104198306148972");  // JD2026-0005, green channel
const QString kNotOnRoster = QStringLiteral("11010519491231002X");
} // namespace

class TestCheckIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<StationFixture> m_station;

    static accounts::Session as(Role role)
    {
        core::StaffAccount account;
        account.username = core::toKey(role);
        account.displayName = core::toKey(role);
        account.role = role;
        return {account};
    }

    void open() { QVERIFY(m_station->reopen()); }

    checkin::CheckIn checkIn(const QString &idNumber)
    {
        const auto result =
            CheckInService(*m_station->database).checkInByIdNumber(as(Role::FrontDesk), idNumber);
        if (!result.ok())
            qWarning() << result.error;
        return result.checkIn.value_or(checkin::CheckIn{});
    }

private slots:
    void init()
    {
        m_station = std::make_unique<StationFixture>(QDateTime(QDate(2026, 11, 22), QTime(8, 0)));
        QVERIFY(m_station->setUp());
    }

    void checkInCommitsCaseTicketAndOutboxTogether()
    {
        const qint64 outboxBefore = store::Outbox(*m_station->database).counts().total;
        const checkin::CheckIn done = checkIn(kFirst.toLower());
        QCOMPARE(done.ticket.label, QStringLiteral("A001"));
        QCOMPARE(done.lane.prefix, QStringLiteral("A"));
        QCOMPARE(done.record.data.acceptanceNo, QStringLiteral("JD2026-0001"));
        QCOMPARE(done.record.state, CaseState::CheckedIn);
        QVERIFY(!done.alreadyCheckedIn);
        QCOMPARE(done.ticket.issuedBy, QStringLiteral("front_desk"));
        // The transition, its audit row and the ticket each reached the outbox.
        QCOMPARE(store::Outbox(*m_station->database).counts().total, outboxBefore + 3);
        const auto audit = store::AuditLog(*m_station->database).search({});
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const store::AuditEntry &entry) {
            return entry.action == QLatin1String("case.checked_in") &&
                   entry.subject == QLatin1String("JD2026-0001");
        }));
    }

    void secondCheckInGivesTheSameTicket()
    {
        const checkin::CheckIn first = checkIn(kFirst);
        const qint64 outbox = store::Outbox(*m_station->database).counts().total;
        const checkin::CheckIn again = checkIn(kFirst);
        QCOMPARE(again.ticket.id, first.ticket.id);
        QCOMPARE(again.ticket.label, QStringLiteral("A001"));
        QVERIFY(again.alreadyCheckedIn);
        QCOMPARE(store::Outbox(*m_station->database).counts().total, outbox); // nothing written
        QCOMPARE(checkIn(kSecond).ticket.label, QStringLiteral("A002"));
    }

    void greenChannelHasItsOwnNumbersAndGoesFirst()
    {
        QCOMPARE(checkIn(kFirst).peopleAhead, 0);
        QCOMPARE(checkIn(kSecond).peopleAhead, 1);
        const checkin::CheckIn green = checkIn(kGreen);
        QCOMPARE(green.ticket.label, QStringLiteral("G001"));
        QCOMPARE(green.peopleAhead, 0);
        CheckInService service(*m_station->database);
        QCOMPARE(service.peopleAhead(*service.ticketOf(QStringLiteral("JD2026-0002"))), 2);
        const auto waiting = service.waitingPerLane();
        int normal = -1, greenWaiting = -1;
        for (const checkin::LaneWaiting &lane : waiting) {
            if (lane.lane.key == QLatin1String("normal"))
                normal = lane.waiting;
            if (lane.lane.key == QLatin1String("green"))
                greenWaiting = lane.waiting;
        }
        QCOMPARE(normal, 2);
        QCOMPARE(greenWaiting, 1);
    }

    void numbersSurviveARestartAndAreNeverReused()
    {
        QCOMPARE(checkIn(kFirst).ticket.label, QStringLiteral("A001"));
        QCOMPARE(checkIn(kSecond).ticket.label, QStringLiteral("A002"));
        open(); // the station restarts (or crashed after the commit)
        // The first person leaves; their number stays taken.
        QVERIFY(CheckInService(*m_station->database)
                    .signOut(as(Role::FrontDesk), QStringLiteral("JD2026-0001"), CaseState::Withdrawn,
                             QStringLiteral("went home"))
                    .ok());
        QCOMPARE(checkIn(QStringLiteral("440104199705196327")).ticket.label, QStringLiteral("A003"));
    }

    void newServiceDayRestartsNumberingAndKeepsHistory()
    {
        QCOMPARE(checkIn(kFirst).ticket.label, QStringLiteral("A001"));
        QCOMPARE(checkIn(kSecond).ticket.label, QStringLiteral("A002"));
        // The venue resets numbering at 04:00; at 02:00 the next night it is still the same day.
        QVERIFY(m_station->database->setSetting(QStringLiteral("queue.reset_time"), QStringLiteral("04:00"))
                    .ok());
        m_station->clock.set(QDateTime(QDate(2026, 11, 23), QTime(2, 0)));
        QCOMPARE(CheckInService(*m_station->database).serviceDay(), QDate(2026, 11, 22));
        m_station->clock.set(QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
        QVERIFY(
            demo::DemoVenue::load(*m_station->database, m_station->clock.today()).ok()); // tomorrow's batch
        QCOMPARE(checkIn(QStringLiteral("440104199705196327")).ticket.label, QStringLiteral("A001"));
        QCOMPARE(m_station->database->rowCounts().value(QStringLiteral("tickets")),
                 3); // yesterday's are kept
    }

    // A lane with a reset time of its own (an afternoon shift from 13:00) prints its numbers from 1
    // again from then on, while the stored number keeps rising: the person who came in the morning
    // is still called first, and a number is never given twice.
    void aLaneWithItsOwnResetTimeStartsItsNumbersAgain()
    {
        store::VenueRepository venues(*m_station->database);
        core::Lane normal;
        for (const core::Lane &lane : venues.lanes())
            if (lane.key == QLatin1String("normal"))
                normal = lane;
        normal.resetTime = QStringLiteral("13:00");
        QVERIFY(venues.saveLane(normal, venues.laneOrder(normal.key)).ok());
        QCOMPARE(checkIn(kFirst).ticket.label, QStringLiteral("A001"));
        m_station->clock.set(QDateTime(QDate(2026, 11, 22), QTime(13, 30)));
        const checkin::CheckIn afternoon = checkIn(kSecond);
        QCOMPARE(afternoon.ticket.label, QStringLiteral("A001"));
        QCOMPARE(afternoon.ticket.number, 2);
        QCOMPARE(afternoon.peopleAhead, 1); // the morning's A001 goes first
        QCOMPARE(checkIn(QStringLiteral("440104199705196327")).ticket.label, QStringLiteral("A002"));
        // "A001" now means the afternoon's ticket.
        QCOMPARE(CheckInService(*m_station->database).find(QStringLiteral("A001"))->ticket.id,
                 afternoon.ticket.id);
    }

    void notOnTheRosterIsRefusedWithoutWritingAnything()
    {
        const auto before = m_station->database->rowCounts();
        const auto result =
            CheckInService(*m_station->database).checkInByIdNumber(as(Role::FrontDesk), kNotOnRoster);
        QVERIFY(!result.ok());
        QCOMPARE(result.problem, Problem::NotOnRoster);
        QVERIFY2(result.error.contains(core::maskIdNumber(kNotOnRoster)), qPrintable(result.error));
        QVERIFY(!result.error.contains(kNotOnRoster)); // messages never carry the full number
        QCOMPARE(m_station->database->rowCounts(), before);
    }

    void invalidIdNumberSaysWhatIsWrong()
    {
        const auto result = CheckInService(*m_station->database)
                                .checkInByIdNumber(as(Role::FrontDesk), QStringLiteral("440106198611200777"));
        QCOMPARE(result.problem, Problem::InvalidIdNumber);
        QVERIFY(!result.error.isEmpty());
    }

    void acceptanceNumberFromTheBarcode()
    {
        const auto result = CheckInService(*m_station->database)
                                .checkInByAcceptanceNo(as(Role::FrontDesk), QStringLiteral(" JD2026-0005 "));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.checkIn->ticket.label, QStringLiteral("G001"));
        QCOMPARE(CheckInService(*m_station->database)
                     .checkInByAcceptanceNo(as(Role::FrontDesk), QStringLiteral("JD1999-0001"))
                     .problem,
                 Problem::NotOnRoster);
    }

    void onlyTheFrontDeskChecksIn_data()
    {
        QTest::addColumn<Role>("role");
        QTest::newRow("expert") << Role::Expert;
        QTest::newRow("reviewer") << Role::Reviewer;
        QTest::newRow("clerk") << Role::Clerk;
        QTest::newRow("admin") << Role::VenueAdmin;
    }

    void onlyTheFrontDeskChecksIn()
    {
        QFETCH(Role, role);
        CheckInService service(*m_station->database);
        const auto result = service.checkInByIdNumber(as(role), kFirst);
        QCOMPARE(result.problem, Problem::Denied);
        QCOMPARE(service.checkInByAcceptanceNo(as(role), QStringLiteral("JD2026-0001")).problem,
                 Problem::Denied);
        QVERIFY(
            !service
                 .signOut(as(role), QStringLiteral("JD2026-0001"), CaseState::Withdrawn, QStringLiteral("x"))
                 .ok());
        QVERIFY(!service.recordWalkIn(as(role), {kNotOnRoster, QStringLiteral("某人")}, {}).ok());
        QCOMPARE(store::CaseRepository(*m_station->database).find(QStringLiteral("JD2026-0001"))->state,
                 CaseState::Registered);
    }

    void walkInWaitsForASupervisor()
    {
        CheckInService service(*m_station->database);
        const auto walkIn = service.recordWalkIn(
            as(Role::FrontDesk), {kNotOnRoster, QStringLiteral("临时来访人")}, QStringLiteral("no notice"));
        QVERIFY2(walkIn.ok(), qPrintable(walkIn.error()));
        QCOMPARE(service.pendingWalkIns(), 1);
        // Still not on the roster: a walk-in is never checked in by itself.
        QCOMPARE(service.checkInByIdNumber(as(Role::FrontDesk), kNotOnRoster).problem, Problem::NotOnRoster);
        administration::WalkInAdministration walkIns(*m_station->database);
        QVERIFY(!walkIns.approve(as(Role::FrontDesk), walkIn.value(), QStringLiteral("ok")).ok());
        const auto approved = walkIns.approve(as(Role::VenueAdmin), walkIn.value(), QStringLiteral("ok"));
        QVERIFY2(approved.ok(), qPrintable(approved.error()));
        QCOMPARE(service.pendingWalkIns(), 0);
        QVERIFY(
            !walkIns.refuse(as(Role::VenueAdmin), walkIn.value(), QStringLiteral("no")).ok()); // decided once
        // Approved, the person is on today's roster and checks in like anyone else.
        QVERIFY(service.checkInByIdNumber(as(Role::FrontDesk), kNotOnRoster).ok());
        QVERIFY(!service.recordWalkIn(as(Role::FrontDesk), {kNotOnRoster, QString()}, {}).ok());
    }

    void signOutOfAnUnfinishedCaseNeedsAnEndingAndAReason()
    {
        checkIn(kFirst);
        CheckInService service(*m_station->database);
        const QString no = QStringLiteral("JD2026-0001");
        QVERIFY(!service.signOut(as(Role::FrontDesk), no, std::nullopt, QStringLiteral("left")).ok());
        QVERIFY(!service.signOut(as(Role::FrontDesk), no, CaseState::Withdrawn, QStringLiteral("  ")).ok());
        QVERIFY(!service.signOut(as(Role::FrontDesk), no, CaseState::Concluded, QStringLiteral("x")).ok());
        QCOMPARE(store::CaseRepository(*m_station->database).find(no)->state, CaseState::CheckedIn);
        // Terminating a case is not the front desk's decision.
        QVERIFY(
            !service.signOut(as(Role::FrontDesk), no, CaseState::Terminated, QStringLiteral("fraud")).ok());
        QVERIFY(service.signOut(as(Role::FrontDesk), no, CaseState::Withdrawn, QStringLiteral("feels unwell"))
                    .ok());
        QCOMPARE(store::CaseRepository(*m_station->database).find(no)->state, CaseState::Withdrawn);
        const auto ticket = service.ticketOf(no);
        QCOMPARE(ticket->state, core::TicketState::SignedOut);
        QCOMPARE(ticket->signedOutAt, m_station->clock.now());
        // Scanning the card again shows the same ticket; the case stays withdrawn.
        const auto again = service.checkInByIdNumber(as(Role::FrontDesk), kFirst);
        QVERIFY(again.ok());
        QVERIFY(again.checkIn->alreadyCheckedIn);
        QCOMPARE(again.checkIn->record.state, CaseState::Withdrawn);
    }

    void concludedCaseSignsOutWithoutAReason()
    {
        checkIn(kFirst);
        const QString no = QStringLiteral("JD2026-0001");
        store::CaseRepository cases(*m_station->database);
        for (CaseState step :
             {CaseState::WaitingExam1, CaseState::Exam1, CaseState::WaitingExam2, CaseState::Exam2,
              CaseState::WaitingReview, CaseState::Review, CaseState::Concluded})
            QVERIFY(cases.transition(no, step, {}, QStringLiteral("test")).ok());
        QVERIFY(CheckInService(*m_station->database).signOut(as(Role::FrontDesk), no, std::nullopt, {}).ok());
        QCOMPARE(cases.find(no)->state, CaseState::SignedOut);
    }

    void noShowWhoReturnsWaitsAgainWithTheSameNumber()
    {
        const checkin::CheckIn first = checkIn(kFirst);
        CheckInService service(*m_station->database);
        QVERIFY(service
                    .signOut(as(Role::FrontDesk), QStringLiteral("JD2026-0001"), CaseState::NoShow,
                             QStringLiteral("not at the desk when called"))
                    .ok());
        const checkin::CheckIn back = checkIn(kFirst);
        QCOMPARE(back.ticket.id, first.ticket.id);
        QCOMPARE(back.ticket.state, core::TicketState::Waiting);
        QCOMPARE(back.record.state, CaseState::CheckedIn);
    }

    void configuredOutputsSpoolPdfsOrSendEscPos()
    {
        const checkin::CheckIn done = checkIn(kGreen);
        checkinprint::ConfiguredTicketOutput output(*m_station->database, m_station->dir.path());
        QSignalSpy printed(&output, &checkinprint::TicketOutput::jobPrinted);
        const auto ticketJob = output.printTicket(done, false);
        QVERIFY2(ticketJob.ok(), qPrintable(ticketJob.error()));
        const auto receiptJob = output.printReceipt(done);
        QVERIFY2(receiptJob.ok(), qPrintable(receiptJob.error()));
        QVERIFY(ticketJob.value() != receiptJob.value());
        QTRY_COMPARE(printed.size(), 2);
        QCOMPARE(printed.at(0).at(0).toULongLong(), ticketJob.value());
        const QStringList spooled = QDir(output.spoolDir()).entryList(QDir::Files);
        QCOMPARE(spooled.size(), 2);
        for (const QString &name : spooled) {
            QVERIFY2(!name.contains(kGreen), qPrintable(name));
            QVERIFY(QFileInfo(QDir(output.spoolDir()).filePath(name)).size() > 1000);
        }

        const QString devicePath = m_station->dir.filePath(QStringLiteral("lp0"));
        QVERIFY(m_station->database->setSetting(QStringLiteral("printer.ticket"), devicePath).ok());
        const auto deviceJob = output.printTicket(done, true);
        QVERIFY(deviceJob.ok());
        QTRY_COMPARE(printed.size(), 3);
        QCOMPARE(printed.at(2).at(0).toULongLong(), deviceJob.value());
        QFile device(devicePath);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const QByteArray bytes = device.readAll();
        QVERIFY(bytes.startsWith(QByteArray::fromHex("1b40")));
        QVERIFY(bytes.contains("G001"));

        // An unknown profile never gets stored: the registry refuses it and names the profiles there are.
        const core::Status unknownProfile =
            m_station->database->setSetting(QStringLiteral("printer.profile"), QStringLiteral("40mm-morse"));
        QVERIFY(!unknownProfile.ok());
        QVERIFY(unknownProfile.error().contains(QStringLiteral("40mm-morse")));
        QVERIFY(unknownProfile.error().contains(QStringLiteral("80mm-raster")));

        // A receipt for a system printer that does not exist says so and names what there is.
        QVERIFY(m_station->database
                    ->setSetting(QStringLiteral("printer.receipt"), QStringLiteral("system:Nowhere-A4"))
                    .ok());
        const auto noPrinter = output.printReceipt(done);
        QVERIFY(!noPrinter.ok());
        QVERIFY2(noPrinter.error().contains(QStringLiteral("Nowhere-A4")), qPrintable(noPrinter.error()));
    }

    // A network ticket printer that is off: the check-in stands, the desk hears "offline", the job
    // waits and prints by itself, exactly once, when the printer comes back.
    void offlinePrinterJobWaitsAndPrintsWhenBack()
    {
        const checkin::CheckIn done = checkIn(kFirst);
        QTcpServer printer;
        QVERIFY(printer.listen(QHostAddress::LocalHost));
        const quint16 port = printer.serverPort();
        printer.close(); // nothing listens there now: the printer is off
        QVERIFY(
            m_station->database
                ->setSetting(QStringLiteral("printer.ticket"), QStringLiteral("tcp:127.0.0.1:%1").arg(port))
                .ok());
        checkinprint::ConfiguredTicketOutput output(*m_station->database, m_station->dir.path());
        output.setRetryDelays(50, 200);
        QSignalSpy printed(&output, &checkinprint::TicketOutput::jobPrinted);
        QSignalSpy waiting(&output, &checkinprint::TicketOutput::jobWaiting);
        const auto job = output.printTicket(done, false);
        QVERIFY(job.ok());
        QTRY_VERIFY(!waiting.isEmpty());
        QCOMPARE(waiting.first().at(0).toULongLong(), job.value());
        QVERIFY2(waiting.first().at(1).toString().contains(QStringLiteral("offline")),
                 qPrintable(waiting.first().at(1).toString()));
        QVERIFY(output.printerProblem().contains(QStringLiteral("offline")));
        QCOMPARE(output.waitingJobs(), 1);
        QVERIFY(printed.isEmpty());

        // The printer is switched on.
        QByteArray received;
        int connections = 0;
        QVERIFY(printer.listen(QHostAddress::LocalHost, port));
        connect(&printer, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *client = printer.nextPendingConnection();
            ++connections;
            connect(client, &QTcpSocket::readyRead, client, [&, client] { received += client->readAll(); });
        });
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 10000);
        QCOMPARE(printed.first().at(0).toULongLong(), job.value());
        QTRY_VERIFY(received.endsWith(QByteArray::fromHex("100401100404"))); // job, then the status query
        QVERIFY(received.startsWith(QByteArray::fromHex("1b40")));
        QCOMPARE(received.count(QByteArray::fromHex("1b40")), 1); // one ticket, not one per attempt
        QCOMPARE(connections, 1);
        QTRY_VERIFY(output.printerProblem().isEmpty());
        QCOMPARE(output.waitingJobs(), 0);
    }

    void printsAreCountedAndAudited()
    {
        const checkin::CheckIn done = checkIn(kFirst);
        CheckInService service(*m_station->database);
        QVERIFY(service.recordPrint(as(Role::FrontDesk), done.ticket.id, QStringLiteral("ticket")).ok());
        QVERIFY(service.recordPrint(as(Role::FrontDesk), done.ticket.id, QStringLiteral("receipt")).ok());
        QVERIFY(service.recordPrint(as(Role::FrontDesk), done.ticket.id, QStringLiteral("ticket")).ok());
        QCOMPARE(service.ticketOf(QStringLiteral("JD2026-0001"))->prints, 2); // receipts are not tickets
        const auto audit = store::AuditLog(*m_station->database).search({});
        QCOMPARE(audit.first().action, QStringLiteral("print.ticket"));
        QVERIFY(!service.recordPrint(as(Role::Expert), done.ticket.id, QStringLiteral("ticket")).ok());
    }
};

QTEST_MAIN(TestCheckIn) // printing lays out text: needs a (headless) GUI application
#include "tst_checkin.moc"
