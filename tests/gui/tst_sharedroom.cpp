#include "guifixture.h"
#include "screenharness.h"

#include "checkin/checkinservice.h"
#include "i18n/translations.h"
#include "ui/callingpage.h"
#include "ui/exampage.h"
#include "ui/mainwindow.h"
#include "ui/style.h"

#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>

// Two experts seated in one room (the demo's 1号诊室: E101 and E102), as a venue seats them. The
// expert's window shows and calls only the people drawn to them, refuses another expert's person
// by number with whose and where, and starting the exam opens that person's form, every time.
class TestSharedRoom : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_station;
    const QString m_room = QStringLiteral("R1");
    QString m_theirs;      // ticket of the person drawn to E102, first in the room's call order
    QStringList m_mine;    // tickets of E101's people, in call order
    QStringList m_myCases; // their acceptance numbers

    static accounts::Session expert(const QString &username, const QString &expertId)
    {
        accounts::Session session;
        session.account.username = username;
        session.account.displayName = username;
        session.account.role = core::Role::Expert;
        session.account.expertId = expertId;
        return session;
    }

    void assign(const QString &acceptanceNo, const QString &exam1, const QString &exam2)
    {
        QSqlQuery update(m_station->database->connection());
        update.prepare(
            QStringLiteral("UPDATE assignments SET expert_id = ? WHERE acceptance_no = ? AND role = ?"));
        for (const auto &[role, expertId] :
             {std::pair(QStringLiteral("exam1"), exam1), std::pair(QStringLiteral("exam2"), exam2)}) {
            update.addBindValue(expertId);
            update.addBindValue(acceptanceNo);
            update.addBindValue(role);
            QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
        }
    }

    template <typename T> static T *in(QWidget &window, const char *name)
    {
        return window.findChild<T *>(QLatin1String(name));
    }

    static void showPage(QWidget &window, const QString &objectName)
    {
        auto *navigation = in<QListWidget>(window, "navigation");
        auto *pages = in<QStackedWidget>(window, "pages");
        for (int row = 0; row < navigation->count(); ++row)
            if (navigation->item(row)->data(Qt::UserRole).toString() == objectName)
                navigation->setCurrentRow(row);
        QCOMPARE(pages->currentWidget()->objectName(), objectName);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::defaultLanguage()));
        ui::applyStationStyle(*qApp);
    }

    void init()
    {
        m_station = std::make_unique<GuiFixture>();
        QVERIFY(m_station->setUp());
        accounts::Session desk;
        desk.account.username = QStringLiteral("qiantai");
        desk.account.role = core::Role::FrontDesk;
        const QStringList cases{QStringLiteral("JD2026-0001"), QStringLiteral("JD2026-0005"),
                                QStringLiteral("JD2026-0012")};
        for (const QString &acceptanceNo : cases) {
            QVERIFY(
                checkin::CheckInService(*m_station->database).checkInByAcceptanceNo(desk, acceptanceNo).ok());
            const auto drawn = m_station->draws->draw(desk, acceptanceNo);
            QVERIFY2(drawn.ok(), qPrintable(drawn.error()));
            assign(acceptanceNo, QStringLiteral("E101"), QStringLiteral("E108"));
        }
        // The first in the room's call order is E102's (exam 2 by E104); the other two are E101's.
        const QList<routing::RoomEntry> order = m_station->calls->queue(m_room);
        QCOMPARE(order.size(), 3);
        assign(order.at(0).acceptanceNo, QStringLiteral("E102"), QStringLiteral("E104"));
        m_theirs = order.at(0).ticketLabel;
        m_mine = {order.at(1).ticketLabel, order.at(2).ticketLabel};
        m_myCases = {order.at(1).acceptanceNo, order.at(2).acceptanceNo};
    }

    void cleanup() { m_station.reset(); }

    void theExpertCallsTheirOwnAndTheFormFollows()
    {
        ui::MainWindow window(*m_station->services,
                              expert(QStringLiteral("zhuanjia"), QStringLiteral("E101")));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *pages = in<QStackedWidget>(window, "pages");
        auto *exam = window.findChild<ui::ExamPage *>();
        QVERIFY(exam);
        showPage(window, QStringLiteral("callingPage"));

        // The list shows E101's two people, and says one more waits for the room's other expert.
        auto *queue = in<QTableWidget>(window, "roomQueue");
        QCOMPARE(queue->rowCount(), 2);
        QCOMPARE(queue->item(0, 0)->text(), m_mine.at(0));
        QVERIFY(in<QLabel>(window, "othersWaiting")->isVisible());

        for (int round = 0; round < 2; ++round) {
            // F2: E101's next person, not the room's first (E102's).
            QTest::keyClick(&window, Qt::Key_F2);
            QCOMPARE(in<QLabel>(window, "ticketLabel")->text(), m_mine.at(round));
            // F5: the exam page opens that person's form, whatever it showed before.
            QTest::keyClick(&window, Qt::Key_F5);
            QCOMPARE(pages->currentWidget(), exam);
            QCOMPARE(exam->currentCase(), m_myCases.at(round));
            QVERIFY(exam->opinion().has_value());
            // Back to the room: F6 finishes there.
            showPage(window, QStringLiteral("callingPage"));
            QTest::keyClick(&window, Qt::Key_F6);
            QCOMPARE(in<QLabel>(window, "ticketLabel")->text(), QStringLiteral("—"));
        }
        QCOMPARE(queue->rowCount(), 0);
        QVERIFY(!in<QPushButton>(window, "callNextButton")->isEnabled());

        // E102's person by number (F7): refused, naming the drawn experts and who calls them.
        QTimer::singleShot(50, this, [this] {
            auto *prompt = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(prompt);
            QCOMPARE(prompt->objectName(), QStringLiteral("callNumberPrompt"));
            prompt->setTextValue(m_theirs);
            prompt->accept();
        });
        QTest::keyClick(&window, Qt::Key_F7);
        auto *message =
            window.findChild<ui::CallingPage *>()->findChild<QLabel *>(QStringLiteral("checkInMessage"));
        QVERIFY(message->property("problem").toBool());
        for (const QString &named :
             {QStringLiteral("E102"), QStringLiteral("E104"), QStringLiteral("1号诊室")})
            QVERIFY2(message->text().contains(named), qPrintable(message->text()));
        QCOMPARE(in<QLabel>(window, "ticketLabel")->text(), QStringLiteral("—"));
        // E102's person still waits for E102.
        QCOMPARE(m_station->calls->queue(m_room).size(), 1);
        QCOMPARE(m_station->calls->queue(m_room).first().expertId, QStringLiteral("E102"));
    }
};

SCREEN_TEST_MAIN(TestSharedRoom)
#include "tst_sharedroom.moc"
