// The front desk, an exam room and the hall display as stations of a venue hub, each with its own
// database (TLS WebSocket on loopback): the desk's check-in is the hub's, its ticket prints at the
// desk; the hub's ticket and draw reach the desk's and the room's databases; the display hears no
// acceptance number. While the hub is away the desk says so, keeps the check-in on disk through a
// restart of the station, and prints the ticket when the hub is back; the hub acts on it once.
#include "guifixture.h"
#include "loopbackhub.h"

#include "checkinprint/ticketoutput.h"
#include "ui/mainwindow.h"
#include "venue/commandjournal.h"
#include "venue/hubdeskauthority.h"
#include "venue/hubmirror.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTest>

namespace {

int count(store::Database &database, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    store::bindAll(query, values);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

QString text(store::Database &database, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    store::bindAll(query, values);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QMap<QString, QString> assignments(store::Database &database, const QString &acceptanceNo)
{
    QMap<QString, QString> byRole;
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT role, expert_id FROM assignments WHERE acceptance_no = ?"));
    query.addBindValue(acceptanceNo);
    if (query.exec())
        while (query.next())
            byRole.insert(query.value(0).toString(), query.value(1).toString());
    return byRole;
}

// A staff station's link to the hub as the workstation wires it: journal, mirror, desk authority.
struct DeskStation {
    std::unique_ptr<venue::HubClient> link;
    std::unique_ptr<venue::HubDeskAuthority> desk;
    std::unique_ptr<ui::Services> services;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

class TestVenueDesk : public QObject
{
    Q_OBJECT

    GuiFixture m_hubData; // the hub's own database
    GuiFixture m_deskData;
    GuiFixture m_roomData;
    LoopbackHub m_hub;
    QString m_deskToken;
    std::unique_ptr<venue::StoredCommandJournal> m_journal;
    std::unique_ptr<venue::HubMirror> m_deskMirror;
    std::unique_ptr<checkinprint::ConfiguredTicketOutput> m_printers;
    accounts::Session m_frontDesk;

    // Starts (or restarts) the desk station: a new hub client on the same journal and database.
    void startDesk(DeskStation &station)
    {
        station.window.reset();
        station.desk.reset();
        station.link = std::make_unique<venue::HubClient>(m_hub.link(m_deskToken));
        station.link->setJournal(m_journal.get());
        connect(
            station.link.get(), &venue::HubClient::event, station.link.get(),
            [this](qint64 seq, const QJsonObject &data) { QVERIFY(m_deskMirror->apply(seq, data).ok()); });
        station.desk = std::make_unique<venue::HubDeskAuthority>(*station.link, *m_deskData.database, 2000);
        station.services = std::make_unique<ui::Services>(*m_deskData.services);
        station.services->tickets = m_printers.get();
        station.services->desk = station.desk.get();
        station.services->hub = station.link.get();
        station.window = std::make_unique<ui::MainWindow>(*station.services, m_frontDesk);
        station.window->resize(1280, 800);
        station.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(station.window.get()));
        station.link->start();
    }
    static QString label(DeskStation &station, const char *name)
    {
        return station.window->findChild<QLabel *>(QString::fromLatin1(name))->text();
    }
    static void type(DeskStation &station, const QString &keys)
    {
        auto *input = station.window->findChild<QLineEdit *>(QStringLiteral("checkInInput"));
        input->clear();
        QTest::keyClicks(input, keys);
        QTest::keyClick(input, Qt::Key_Return);
    }
    int spooled() const
    {
        return int(QDir(m_printers->spoolDir()).entryList({QStringLiteral("*.pdf")}, QDir::Files).size());
    }
    QString hubTicket(const QString &acceptanceNo)
    {
        return text(*m_hubData.database, QStringLiteral("SELECT label FROM tickets WHERE acceptance_no = ?"),
                    {acceptanceNo});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_hubData.setUp() && m_deskData.setUp() && m_roomData.setUp());
        QVERIFY(m_hub.setUp(*m_hubData.database, m_hubData.random));
        const auto code = m_hub.service->createEnrolmentCode(10);
        const auto token =
            m_hub.service->enrol(code.value(), QStringLiteral("desk-1"), QStringLiteral("desk"));
        QVERIFY(token.ok());
        m_deskToken = token.value();
        m_journal = std::make_unique<venue::StoredCommandJournal>(*m_deskData.database);
        m_deskMirror = std::make_unique<venue::HubMirror>(*m_deskData.database);
        m_printers = std::make_unique<checkinprint::ConfiguredTicketOutput>(*m_deskData.database,
                                                                            m_deskData.dir.path());
        const auto credentials = GuiFixture::demoAccounts().value(QStringLiteral("front_desk"));
        const auto session = m_deskData.accounts->authenticate(credentials.first, credentials.second);
        QVERIFY(session.ok());
        m_frontDesk = session.value();
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
    }

    void theDesksCheckInIsTheHubsAndReachesTheRoomButNotTheDisplay()
    {
        const QString acceptanceNo = QStringLiteral("JD2026-0001");
        auto room = m_hub.station(QStringLiteral("room-1"), QStringLiteral("room"));
        venue::HubMirror roomMirror(*m_roomData.database);
        connect(room.get(), &venue::HubClient::event, room.get(),
                [&](qint64 seq, const QJsonObject &data) { QVERIFY(roomMirror.apply(seq, data).ok()); });
        auto display = m_hub.station(QStringLiteral("hall"), QStringLiteral("display"));
        QList<QJsonObject> shown;
        connect(display.get(), &venue::HubClient::event, display.get(),
                [&](qint64, const QJsonObject &data) { shown << data; });
        room->start();
        display->start();
        DeskStation desk;
        startDesk(desk);
        QTRY_COMPARE(label(desk, "statusHub"), QStringLiteral("Venue hub: connected"));
        QTRY_VERIFY(room->state() == venue::HubClient::State::Online &&
                    display->state() == venue::HubClient::State::Online);

        type(desk, acceptanceNo);
        const QString ticket = hubTicket(acceptanceNo);
        QVERIFY(!ticket.isEmpty());
        QCOMPARE(label(desk, "ticketLabel"), ticket);
        // Ticket and receipt notice printed at the desk, from the hub's ticket.
        QTRY_COMPARE(spooled(), 2);
        // The desk's own database holds the hub's ticket (same id) and the case moved on; nothing of
        // it went into the desk's outbox, the hub uploads it.
        const QString ticketId =
            text(*m_hubData.database, QStringLiteral("SELECT id FROM tickets WHERE acceptance_no = ?"),
                 {acceptanceNo});
        QCOMPARE(text(*m_deskData.database, QStringLiteral("SELECT id FROM tickets WHERE acceptance_no = ?"),
                      {acceptanceNo}),
                 ticketId);
        QCOMPARE(text(*m_deskData.database, QStringLiteral("SELECT state FROM cases WHERE acceptance_no = ?"),
                      {acceptanceNo}),
                 text(*m_hubData.database, QStringLiteral("SELECT state FROM cases WHERE acceptance_no = ?"),
                      {acceptanceNo}));
        QCOMPARE(
            count(*m_deskData.database, QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'ticket'")),
            0);

        // The room's database has the hub's draw: its expert sees the case on the exam page.
        const QMap<QString, QString> drawn = assignments(*m_hubData.database, acceptanceNo);
        QVERIFY(drawn.contains(QStringLiteral("exam1")));
        QTRY_COMPARE(assignments(*m_roomData.database, acceptanceNo), drawn);
        const auto mine = m_roomData.opinions->worklist(drawn.value(QStringLiteral("exam1")), false);
        QVERIFY(std::any_of(mine.cbegin(), mine.cend(), [&](const store::WorkItem &work) {
            return work.acceptanceNo == acceptanceNo && work.ticketLabel == ticket;
        }));

        // The hall display heard of the check-in, masked, and of nothing it may not show.
        QTRY_VERIFY(!shown.isEmpty());
        QCOMPARE(shown.last().value(QStringLiteral("ticket")).toString(), ticket);
        QVERIFY(shown.last().value(QStringLiteral("masked_name")).toString().contains(QLatin1Char('*')));
        for (const QJsonObject &event : std::as_const(shown))
            for (const char *hidden : {"acceptance_no", "draw", "issued_by", "assignment"})
                QVERIFY2(!event.contains(QString::fromLatin1(hidden)), hidden);
        desk.window->grab().save(QStringLiteral(SCREENSHOT_DIR "/venue-desk.png"));
    }

    void aCheckInMadeWhileTheHubIsAwayIsKeptThroughARestartAndMadeOnce()
    {
        const QString acceptanceNo = QStringLiteral("JD2026-0003");
        DeskStation desk;
        startDesk(desk);
        QTRY_COMPARE(label(desk, "statusHub"), QStringLiteral("Venue hub: connected"));
        m_hub.stop();
        QTRY_VERIFY(label(desk, "statusHub").contains(QStringLiteral("NOT REACHABLE")));
        const int printedBefore = spooled();

        type(desk, acceptanceNo);
        QVERIFY2(label(desk, "checkInMessage").contains(QStringLiteral("kept on this station")),
                 qPrintable(label(desk, "checkInMessage")));
        QCOMPARE(count(*m_deskData.database, QStringLiteral("SELECT count(*) FROM hub_pending")), 1);
        QVERIFY(label(desk, "statusHub").contains(QStringLiteral("1 command(s) waiting")));
        QVERIFY(hubTicket(acceptanceNo).isEmpty());
        QCOMPARE(spooled(), printedBefore);
        desk.window->grab().save(QStringLiteral(SCREENSHOT_DIR "/venue-desk-hub-away.png"));

        // The station is closed and started again before the hub is back: the check-in is on disk.
        startDesk(desk);
        QCOMPARE(desk.link->waitingCommands(), 1);
        QVERIFY(m_hub.start());
        QTRY_VERIFY_WITH_TIMEOUT(!hubTicket(acceptanceNo).isEmpty(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(label(desk, "ticketLabel"), hubTicket(acceptanceNo), 10000);
        QTRY_COMPARE(spooled(), printedBefore + 2);
        QTRY_COMPARE(label(desk, "statusHub"), QStringLiteral("Venue hub: connected"));
        QCOMPARE(count(*m_deskData.database, QStringLiteral("SELECT count(*) FROM hub_pending")), 0);
        QCOMPARE(count(*m_hubData.database,
                       QStringLiteral("SELECT count(*) FROM tickets WHERE acceptance_no = ?"),
                       {acceptanceNo}),
                 1);

        // The same person again: the hub's ticket, not a second one.
        type(desk, acceptanceNo);
        QTRY_VERIFY(label(desk, "checkInMessage").contains(QStringLiteral("Already checked in")));
        QCOMPARE(count(*m_hubData.database,
                       QStringLiteral("SELECT count(*) FROM tickets WHERE acceptance_no = ?"),
                       {acceptanceNo}),
                 1);
    }
};

QTEST_MAIN(TestVenueDesk)
#include "tst_venuedesk.moc"
