// A hall display and an exam room as stations of a venue hub (TLS WebSocket on loopback): the
// display shows the hub's calls; while the hub is away the display says so and keeps its board,
// and a room's call of a given ticket waits and reaches the hub, once, when it is back.
#include "guifixture.h"

#include "store/expertrepository.h"
#include "ui/halldisplay.h"
#include "venue/hubcallauthority.h"
#include "venue/hubserver.h"

#include <QDir>
#include <QHttpServer>
#include <QProcess>
#include <QSqlQuery>
#include <QSslKey>
#include <QTest>

class TestVenueDisplay : public QObject
{
    Q_OBJECT

    GuiFixture m_fixture;
    QTemporaryDir m_files;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<venue::HubService> m_hub;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<venue::HubServer> m_server;
    quint16 m_port = 0;

    void startHub()
    {
        m_http = std::make_unique<QHttpServer>();
        m_http->sslSetup(m_certificate, m_key);
        m_server =
            std::make_unique<venue::HubServer>(*m_hub, *m_http, venue::certificateSha256(m_certificate));
        m_port = m_http->listen(QHostAddress::LocalHost, m_port);
        QVERIFY(m_port != 0);
    }
    void stopHub()
    {
        m_server.reset();
        m_http.reset();
    }
    std::unique_ptr<venue::HubClient> station(const QString &name, const QString &role)
    {
        const auto code = m_hub->createEnrolmentCode(10);
        const auto token = m_hub->enrol(code.value(), name, role);
        return std::make_unique<venue::HubClient>(venue::HubLink{
            QUrl(QStringLiteral("wss://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(venue::kStreamPath))),
            token.value(), venue::certificateSha256(m_certificate)});
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
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                       m_files.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       m_files.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        QFile cert(m_files.filePath(QStringLiteral("cert.pem")));
        QFile key(m_files.filePath(QStringLiteral("key.pem")));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        m_certificate = QSslCertificate(&cert, QSsl::Pem);
        m_key = QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem);
        m_hub = std::make_unique<venue::HubService>(*m_fixture.database, m_fixture.random);
        startHub();
    }

    void theDisplayShowsTheHubsCallsAndWaitsThroughAnOutage()
    {
        const venue::StationIdentity desk{QStringLiteral("desk"), QStringLiteral("desk")};
        QStringList rooms;
        QStringList tickets;
        for (const QString &acceptanceNo :
             {QStringLiteral("JD2026-0001"), QStringLiteral("JD2026-0003"), QStringLiteral("JD2026-0004")}) {
            const venue::CommandOutcome done =
                m_hub->execute(desk, QStringLiteral("in-") + acceptanceNo, QStringLiteral("check_in"),
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
        ui::Services services{*m_fixture.database,   m_fixture.clock, *m_fixture.accounts, nullptr, nullptr,
                              m_fixture.draws.get(), &displayCalls};
        ui::HallDisplay display(services, ui::loadStationInfo(*m_fixture.database));
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
