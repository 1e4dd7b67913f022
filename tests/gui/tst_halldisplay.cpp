#include "guifixture.h"

#include "administration/venueadministration.h"
#include "checkin/checkinservice.h"
#include "store/expertrepository.h"
#include "store/venuerepository.h"
#include "ui/halldisplay.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

namespace {

// The call authority as the display sees it over a link that can drop: calls still go to the real
// authority; reading the stream fails while the link is down.
class DroppingLink final : public routing::LocalCallAuthority
{
public:
    using LocalCallAuthority::LocalCallAuthority;
    bool down = false;
    core::Result<QList<routing::CallEvent>> pollEvents(qint64 seq, int limit) const override
    {
        if (down)
            return core::Result<QList<routing::CallEvent>>::failure(QStringLiteral("link down"));
        return LocalCallAuthority::pollEvents(seq, limit);
    }
};

} // namespace

class TestHallDisplay : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<DroppingLink> m_link;
    QStringList m_rooms; // the exam 1 room of each person, in check-in order
    accounts::Session m_expert;

private slots:
    void init()
    {
        m_fixture = std::make_unique<GuiFixture>();
        QVERIFY(m_fixture->setUp());
        m_link = std::make_unique<DroppingLink>(*m_fixture->database);
        m_fixture->services->calls = m_link.get();
        // As the hall display had it before: the calls, nothing else of a room's.
        m_fixture->services->opinions = nullptr;
        m_fixture->services->review = nullptr;
        m_fixture->services->caseFiles = nullptr;
        m_fixture->services->materials = nullptr;
        m_fixture->services->sync = nullptr;
        m_fixture->services->desk = nullptr;
        m_fixture->services->statistics = nullptr;
        accounts::Session desk;
        desk.account.username = QStringLiteral("qiantai");
        desk.account.role = core::Role::FrontDesk;
        m_expert.account.username = QStringLiteral("zhuanjia");
        m_expert.account.role = core::Role::Expert;
        checkin::CheckInService checkIn(*m_fixture->database);
        m_rooms.clear();
        for (const QString &acceptanceNo : {QStringLiteral("JD2026-0001"), QStringLiteral("JD2026-0003"),
                                            QStringLiteral("JD2026-0004"), QStringLiteral("JD2026-0005")}) {
            QVERIFY(checkIn.checkInByAcceptanceNo(desk, acceptanceNo).ok());
            const auto drawn = m_fixture->draws->draw(desk, acceptanceNo);
            QVERIFY2(drawn.ok(), qPrintable(drawn.error()));
            m_rooms << store::ExpertRepository(*m_fixture->database)
                           .find(drawn->result.examiners.first())
                           ->roomId;
        }
        m_rooms.removeDuplicates();
    }

    void showsEveryCallInOrderAndReplaysAfterAGap()
    {
        // A call made before the display starts is on the board, but not announced.
        const auto early = m_link->callNext(m_expert, m_rooms.first());
        QVERIFY(early.ok());
        ui::HallDisplay display(*m_fixture->services, m_fixture->services->directory.stationInfo());
        QSignalSpy announced(&display, &ui::HallDisplay::newCall);
        QCOMPARE(display.board().newest()->ticket, early->ticketLabel);
        QVERIFY(display.board().newest()->maskedName.contains(QLatin1Char('*')));

        // The link drops; rooms keep calling; the screen says so.
        m_link->down = true;
        QStringList calledDuringGap;
        for (const QString &room : m_rooms.mid(1)) {
            const auto called = m_link->callNext(m_expert, room);
            QVERIFY2(called.ok(), qPrintable(called.error()));
            calledDuringGap << called->ticketLabel;
        }
        QVERIFY(!display.pollNow());
        QVERIFY(display.sourceLost());
        display.resize(1280, 720);
        display.show();
        QVERIFY(QTest::qWaitForWindowExposed(&display));
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        display.grab().save(QStringLiteral(SCREENSHOT_DIR "/hall-display-link-lost.png"));

        // Back: every call made in the gap arrives, in order, none twice.
        m_link->down = false;
        QVERIFY(display.pollNow());
        QVERIFY(!display.sourceLost());
        QStringList shown;
        for (const ui::HallBoard::Call &call : display.board().recent())
            shown.prepend(call.ticket);
        QCOMPARE(shown, QStringList{early->ticketLabel} + calledDuringGap);
        QCOMPARE(announced.size(), calledDuringGap.size()); // each one, in order
        for (qsizetype i = 0; i < calledDuringGap.size(); ++i)
            QCOMPARE(announced.at(i).at(0).value<ui::HallBoard::Call>().ticket, calledDuringGap.at(i));
        QVERIFY(display.board().rooms().value(m_rooms.first()).ticket == early->ticketLabel);
        display.grab().save(QStringLiteral(SCREENSHOT_DIR "/hall-display.png"));
    }

    void recallMovesToTheTopAndNoShowLeaves()
    {
        ui::HallDisplay display(*m_fixture->services, m_fixture->services->directory.stationInfo());
        const auto first = m_link->callNext(m_expert, m_rooms.first());
        QVERIFY(first.ok());
        display.pollNow();
        if (m_rooms.size() > 1) {
            QVERIFY(m_link->callNext(m_expert, m_rooms.at(1)).ok());
            display.pollNow();
            QVERIFY(display.board().newest()->ticket != first->ticketLabel);
        }
        m_fixture->clock.advanceSeconds(60);
        QVERIFY(m_link->recall(m_expert, m_rooms.first(), first->ticketId).ok());
        display.pollNow();
        QCOMPARE(display.board().newest()->ticket, first->ticketLabel);
        QVERIFY(display.board().newest()->recall);
        const qsizetype listed = display.board().recent().size();
        QVERIFY(m_link->noShow(m_expert, m_rooms.first(), first->ticketId).ok());
        display.pollNow();
        QCOMPARE(display.board().recent().size(), listed - 1);
        QVERIFY(display.board().rooms().value(m_rooms.first()).ticket.isEmpty());
    }

    // The lane's colour marks its numbers (made light enough for the dark board), and a room
    // the venue admin pauses on the admin page shows as paused through the same event stream.
    void laneColoursAndAnAdminPauseReachTheBoard()
    {
        store::VenueRepository venues(*m_fixture->database);
        for (core::Lane lane : venues.lanes()) {
            lane.colour = lane.key == QLatin1String("green") ? QString() : QStringLiteral("#1b3f7f");
            QVERIFY(venues.saveLane(lane, venues.laneOrder(lane.key)).ok());
        }
        ui::HallDisplay display(*m_fixture->services, m_fixture->services->directory.stationInfo());
        const QColor normal = display.laneColour(QStringLiteral("normal"));
        QCOMPARE(normal.toHsl().hslHue(), QColor(QStringLiteral("#1b3f7f")).toHsl().hslHue());
        QVERIFY(normal.lightnessF() >= 0.64);
        QCOMPARE(display.laneColour(QStringLiteral("green")), QColor(0x4a, 0xde, 0x80));
        const auto called = m_link->callNext(m_expert, m_rooms.first());
        QVERIFY(called.ok());
        display.pollNow();
        display.resize(1280, 720);
        const QImage shot = display.grab().toImage();
        // The bar beside the newest number, in its lane's colour.
        QCOMPARE(shot.pixelColor(28, 300).rgb(), display.laneColour(called->lane).rgb());

        accounts::Session admin;
        admin.account.username = QStringLiteral("guanliyuan");
        admin.account.role = core::Role::VenueAdmin;
        QVERIFY(administration::VenueAdministration(*m_fixture->database)
                    .pauseRoom(admin, *m_link, m_rooms.first(), QStringLiteral("设备检修"))
                    .ok());
        display.pollNow();
        QCOMPARE(display.board().rooms().value(m_rooms.first()).pausedReason, QStringLiteral("设备检修"));
        QVERIFY(!m_link->callNext(m_expert, m_rooms.first()).ok()); // a paused room calls nobody
    }
};

QTEST_MAIN(TestHallDisplay)
#include "tst_halldisplay.moc"
