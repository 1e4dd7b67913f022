// A hall display and an exam room as stations of a venue hub (TLS WebSocket on loopback): the
// display shows the hub's calls; while the hub is away the display says so and keeps its board,
// and a room's call of a given ticket waits and reaches the hub, once, when it is back.
#include "guifixture.h"
#include "loopbackhub.h"

#include "store/expertrepository.h"
#include "ui/halldisplay.h"
#include "venue/hubcallauthority.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>

class TestVenueDisplay : public QObject
{
    Q_OBJECT

    GuiFixture m_fixture;
    LoopbackHub m_loopback;

    void startHub() { QVERIFY(m_loopback.start()); }
    void stopHub() { m_loopback.stop(); }
    std::unique_ptr<venue::HubClient> station(const QString &name, const QString &role)
    {
        return m_loopback.station(name, role);
    }
    int callEventsFor(const QString &ticket)
    {
        QSqlQuery query(m_fixture.database->connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM hub_events WHERE kind = 'call' AND data LIKE ?"));
        query.addBindValue(QStringLiteral("%\"ticket\":\"%1\"%").arg(ticket));
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp());
        QVERIFY(m_loopback.setUp(*m_fixture.database, m_fixture.random));
    }

    void theDisplayShowsTheHubsCallsAndWaitsThroughAnOutage()
    {
        const venue::StationIdentity desk{QStringLiteral("desk"), QStringLiteral("desk")};
        QStringList rooms;
        QStringList tickets;
        for (const QString &acceptanceNo :
             {QStringLiteral("JD2026-0001"), QStringLiteral("JD2026-0003"), QStringLiteral("JD2026-0004")}) {
            const venue::CommandOutcome done = m_loopback.service->execute(
                desk, QStringLiteral("in-") + acceptanceNo, QStringLiteral("check_in"),
                {{QStringLiteral("acceptance_no"), acceptanceNo}}, {});
            QVERIFY2(done.ok, qPrintable(done.error));
            tickets << done.result.value(QStringLiteral("ticket")).toString();
            QSqlQuery room(m_fixture.database->connection());
            QVERIFY(room.exec(QStringLiteral(
                                  "SELECT e.room_id FROM assignments a JOIN experts e ON e.id = a.expert_id "
                                  "WHERE a.acceptance_no = '%1' AND a.role = 'exam1'")
                                  .arg(acceptanceNo)) &&
                    room.next());
            rooms << room.value(0).toString();
        }
        const auto displayLink = station(QStringLiteral("hall"), QStringLiteral("display"));
        const auto roomLink = station(QStringLiteral("room-1"), QStringLiteral("room"));
        displayLink->start();
        roomLink->start();
        QTRY_VERIFY(displayLink->state() == venue::HubClient::State::Online &&
                    roomLink->state() == venue::HubClient::State::Online);
        venue::HubCallAuthority displayCalls(*displayLink);
        venue::HubCallAuthority roomCalls(*roomLink, 500);
        ui::Services services = *m_fixture.services;
        services.calls = &displayCalls;
        // As the hall display had it before: the calls, nothing else of a room's.
        services.opinions = nullptr;
        services.review = nullptr;
        services.caseFiles = nullptr;
        services.materials = nullptr;
        services.sync = nullptr;
        services.desk = nullptr;
        services.statistics = nullptr;
        ui::HallDisplay display(services, administration::VenueDirectory(*m_fixture.database).stationInfo());
        display.resize(1280, 720);
        display.show();
        QVERIFY(QTest::qWaitForWindowExposed(&display));
        accounts::Session expert;
        expert.account.username = QStringLiteral("zhuanjia");
        expert.account.role = core::Role::Expert;

        const auto first = roomCalls.callNext(expert, rooms.first());
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QTRY_VERIFY(display.pollNow() && display.board().newest() &&
                    display.board().newest()->ticket == first->ticketLabel);
        QVERIFY(display.board().newest()->maskedName.contains(QLatin1Char('*')));

        // The hub goes away: the display says so and keeps its board; the room's call of a given
        // ticket is not answered now, but kept.
        stopHub();
        QTRY_VERIFY(displayLink->state() != venue::HubClient::State::Online);
        QVERIFY(!display.pollNow());
        QVERIFY(display.sourceLost());
        QCOMPARE(display.board().newest()->ticket, first->ticketLabel);
        const QString waiting = tickets.at(1);
        const auto offline = roomCalls.callTicket(expert, rooms.at(1), waiting);
        QVERIFY(!offline.ok());
        QVERIFY2(offline.error().contains(QStringLiteral("hub")), qPrintable(offline.error()));
        QCOMPARE(roomLink->waitingCommands(), 1);
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        display.grab().save(QStringLiteral(SCREENSHOT_DIR "/venue-display-hub-away.png"));

        // Back on the same address: the kept call reaches the hub once and the display shows it.
        startHub();
        QTRY_VERIFY_WITH_TIMEOUT(roomLink->waitingCommands() == 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(display.pollNow() && display.board().newest()->ticket == waiting, 20000);
        QVERIFY(!display.sourceLost());
        QCOMPARE(callEventsFor(waiting), 1);
        display.grab().save(QStringLiteral(SCREENSHOT_DIR "/venue-display.png"));
    }
};

QTEST_MAIN(TestVenueDisplay)
#include "tst_venuedisplay.moc"
