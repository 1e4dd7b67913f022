#include "guifixture.h"

#include "checkin/checkinservice.h"
#include "store/expertrepository.h"
#include "ui/callingpage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

// The exam room's caller driven from the keyboard, as an expert uses it.
class TestCalling : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<ui::CallingPage> m_page;
    QString m_room;

    QString text(const char *name) const
    {
        return m_page->findChild<QLabel *>(QString::fromLatin1(name))->text();
    }
    QTableWidget *queue() const { return m_page->findChild<QTableWidget *>(QStringLiteral("roomQueue")); }
    void press(Qt::Key key) { QTest::keyClick(m_page.get(), key); }

private slots:
    void init()
    {
        m_fixture = std::make_unique<GuiFixture>();
        QVERIFY(m_fixture->setUp());
        // Three people checked in and drawn; the page shows the room of the first one's examiner.
        checkin::CheckInService desk(*m_fixture->database);
        accounts::Session front;
        front.account.username = QStringLiteral("qiantai");
        front.account.role = core::Role::FrontDesk;
        QStringList firstExaminers;
        for (const QString &acceptanceNo :
             {QStringLiteral("JD2026-0001"), QStringLiteral("JD2026-0005"), QStringLiteral("JD2026-0012")}) {
            QVERIFY(desk.checkInByAcceptanceNo(front, acceptanceNo).ok());
            const auto drawn = m_fixture->draws->draw(front, acceptanceNo);
            QVERIFY2(drawn.ok(), qPrintable(drawn.error()));
            firstExaminers << drawn->result.examiners.first();
        }
        // The expert is the first person's examiner: an expert calls only the people drawn to them.
        m_room = store::ExpertRepository(*m_fixture->database).find(firstExaminers.first())->roomId;
        accounts::Session expert;
        expert.account.username = QStringLiteral("zhuanjia");
        expert.account.role = core::Role::Expert;
        expert.account.expertId = firstExaminers.first();
        m_page = std::make_unique<ui::CallingPage>(*m_fixture->services, expert);
        m_page->resize(1280, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->setFocus();
    }

    void cleanup() { m_page.reset(); }

    void callsInOrderAndFollowsThePersonThroughTheExam()
    {
        QCOMPARE(m_page->roomId(), m_room);
        const int waiting = queue()->rowCount();
        QVERIFY(waiting >= 1);
        const QString first = queue()->item(0, 0)->text();
        for (int row = 0; row < waiting; ++row)
            QVERIFY(queue()->item(row, 2)->text().contains(QLatin1Char('*'))); // masked names only
        QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("recallButton"))->isEnabled());

        press(Qt::Key_F2);
        QCOMPARE(text("ticketLabel"), first);
        QCOMPARE(queue()->rowCount(), waiting - 1);
        QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("recallButton"))->isEnabled());

        press(Qt::Key_F3); // too soon after the call
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("checkInMessage"))->property("problem").toBool());
        m_fixture->clock.advanceSeconds(40);
        press(Qt::Key_F3);
        QVERIFY(text("nowDetails").contains(QStringLiteral("2")));

        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        m_page->grab().save(QStringLiteral(SCREENSHOT_DIR "/calling.png"));

        press(Qt::Key_F5);
        QVERIFY(text("nowDetails")
                    .contains(ui::CallingPage::tr("in examination").section(QLatin1Char(' '), 0, 0)));
        QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("finishButton"))->isEnabled());
        press(Qt::Key_F6);
        QCOMPARE(text("ticketLabel"), QStringLiteral("—"));
    }

    void notHereParksAndBringsBack()
    {
        const QString first = queue()->item(0, 0)->text();
        press(Qt::Key_F2);
        press(Qt::Key_F4);
        auto *parked = m_page->findChild<QListWidget *>(QStringLiteral("parkedList"));
        QCOMPARE(parked->count(), 1);
        QVERIFY(parked->item(0)->text().startsWith(first));
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("requeueButton")), Qt::LeftButton);
        QCOMPARE(parked->count(), 0);
        QCOMPARE(queue()->item(0, 0)->text(), first); // back in place by number
    }

    void pauseNeedsAReasonAndStopsCalls()
    {
        QTimer::singleShot(100, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("lunch break"));
            dialog->accept();
        });
        press(Qt::Key_F9);
        QVERIFY(text("pauseBanner").contains(QStringLiteral("lunch break")));
        QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("callNextButton"))->isEnabled());
        m_page->activateWindow(); // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->setFocus();
        press(Qt::Key_F9); // resume
        QVERIFY2(text("pauseBanner").isEmpty(), qPrintable(text("checkInMessage")));
        QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("callNextButton"))->isEnabled());
    }
};

QTEST_MAIN(TestCalling)
#include "tst_calling.moc"
