#include "guifixture.h"

#include "i18n/translations.h"
#include "store/expertrepository.h"
#include "ui/exampage.h"
#include "ui/halldisplay.h"
#include "ui/keydialogs.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/style.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>

// Writes PNGs of the login dialog and every role's home page, in Chinese, for people to look at.
class TestScreenshots : public QObject
{
    Q_OBJECT

    GuiFixture m_station;
    QDir m_out{QStringLiteral(SCREENSHOT_DIR)};

    void save(QWidget &widget, const QString &name)
    {
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QTest::qWait(50);
        const QString path = m_out.filePath(name);
        QVERIFY(widget.grab().save(path));
        QVERIFY2(QFileInfo(path).size() > 10 * 1024, qPrintable(path));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::defaultLanguage()));
        ui::applyStationStyle(*qApp);
        QVERIFY(m_station.setUp());
        QVERIFY(m_out.mkpath(QStringLiteral(".")));
    }

    void login()
    {
        ui::LoginDialog dialog(*m_station.accounts, m_station.services->directory.stationInfo());
        dialog.resize(480, 460);
        save(dialog, QStringLiteral("login.png"));
    }

    void keyDialogs()
    {
        const QString key = crypto::DataKey::generate().toRecoveryKey();
        ui::RecoveryKeyDialog shown(key);
        save(shown, QStringLiteral("recovery-key.png"));
        ui::KeyRecoveryDialog recovery(
            QStringLiteral(
                "The system keychain holds no data key for the station data in /srv/station, so the "
                "personal data in it cannot be read."),
            [](const QString &) { return QString(); });
        save(recovery, QStringLiteral("key-recovery.png"));
    }

    void roleHomePages_data()
    {
        QTest::addColumn<QString>("role");
        for (const char *role : {"front_desk", "expert", "reviewer", "clerk", "venue_admin"})
            QTest::newRow(role) << QString::fromLatin1(role);
    }

    void roleHomePages()
    {
        QFETCH(QString, role);
        const auto credentials = GuiFixture::demoAccounts().value(role);
        const auto session = m_station.accounts->authenticate(credentials.first, credentials.second);
        QVERIFY(session.ok());
        ui::MainWindow window(*m_station.services, session.value());
        window.resize(1280, 800);
        save(window, role + QStringLiteral(".png"));
    }

    void frontDeskAfterCheckIn()
    {
        const auto credentials = GuiFixture::demoAccounts().value(QStringLiteral("front_desk"));
        const auto session = m_station.accounts->authenticate(credentials.first, credentials.second);
        QVERIFY(session.ok());
        ui::MainWindow window(*m_station.services, session.value());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *input = window.findChild<QLineEdit *>(QStringLiteral("checkInInput"));
        for (const QString &id : {QStringLiteral("440306197812236050"), QStringLiteral("440104198306148972"),
                                  QStringLiteral("440106198611200776")}) {
            input->setText(id);
            QTest::keyClick(input, Qt::Key_Return);
        }
        QTest::keyClicks(input, QStringLiteral("4401061986"));
        save(window, QStringLiteral("front_desk-checked-in.png"));
    }

    // After the desk's check-ins above: an expert calls the next person; the hall screen shows it.
    void callingAndHallDisplay()
    {
        // An expert calls only for the room they are seated in, and only the people drawn to them:
        // the expert the first person waiting in a room is drawn to.
        accounts::Session session;
        for (const core::Expert &expert : store::ExpertRepository(*m_station.database).all()) {
            const QList<routing::RoomEntry> waiting =
                expert.roomId.isEmpty() ? QList<routing::RoomEntry>() : m_station.calls->queue(expert.roomId);
            if (!waiting.isEmpty()) {
                session.account.username = waiting.first().expertId;
                session.account.role = core::Role::Expert;
                session.account.expertId = waiting.first().expertId;
                break;
            }
        }
        QVERIFY(!session.account.expertId.isEmpty());
        ui::MainWindow window(*m_station.services, session);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("callNextButton")), Qt::LeftButton);
        save(window, QStringLiteral("expert-calling.png"));

        ui::HallDisplay display(*m_station.services, m_station.services->directory.stationInfo());
        display.resize(1600, 900);
        QVERIFY(display.board().newest().has_value());
        save(display, QStringLiteral("hall-display-zh.png"));
    }

    // The examination form of one of the drawn experts, half filled in.
    void examPage()
    {
        QSqlQuery assigned(m_station.database->connection());
        QVERIFY(
            assigned.exec(QStringLiteral("SELECT expert_id FROM assignments WHERE role = 'exam1' LIMIT 1")));
        QVERIFY(assigned.next());
        accounts::Session expert;
        expert.account.username = QStringLiteral("zhuanjia");
        expert.account.role = core::Role::Expert;
        expert.account.expertId = assigned.value(0).toString();
        ui::ExamPage page(*m_station.services, expert);
        page.resize(1400, 860);
        page.findChild<QListWidget *>(QStringLiteral("myCases"))->setCurrentRow(0);
        QVERIFY(page.opinion().has_value());
        page.applyFinding(QStringLiteral("complaint"), QStringLiteral("活动受限，疼痛"));
        page.applyFinding(QStringLiteral("injury_site"), QStringLiteral("右侧"));
        page.applyFinding(QStringLiteral("self_care"), QJsonArray{QStringLiteral("dressing")});
        save(page, QStringLiteral("exam-page-zh.png"));
    }

    void auditPage()
    {
        const auto credentials = GuiFixture::demoAccounts().value(QStringLiteral("venue_admin"));
        const auto session = m_station.accounts->authenticate(credentials.first, credentials.second);
        QVERIFY(session.ok());
        ui::MainWindow window(*m_station.services, session.value());
        window.resize(1280, 800);
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        // The audit page by name: other pages (calling, dashboards) sit before it in the sidebar.
        navigation->setCurrentRow(
            int(ui::MainWindow::pagesFor(core::Role::VenueAdmin).indexOf(QStringLiteral("auditPage"))));
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget()->objectName(),
                 QStringLiteral("auditPage"));
        save(window, QStringLiteral("audit.png"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
