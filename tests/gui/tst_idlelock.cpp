#include "guifixture.h"

#include "administration/venuedirectory.h"
#include "store/auditlog.h"
#include "ui/halldisplay.h"
#include "ui/idlelock.h"
#include "ui/mainwindow.h"

#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

class TestIdleLock : public QObject
{
    Q_OBJECT

    GuiFixture m_station;

    // The main window of a demo account of `role`, shown, with the idle lock at five minutes; the
    // account's session in `session`.
    void openWindow(const QString &role, std::unique_ptr<ui::MainWindow> &window, accounts::Session &session)
    {
        QVERIFY(
            m_station.database->setSetting(QStringLiteral("idle_lock.minutes"), QStringLiteral("5")).ok());
        const auto credentials = GuiFixture::demoAccounts().value(role);
        const auto authenticated = m_station.accounts->authenticate(credentials.first, credentials.second);
        QVERIFY(authenticated.ok());
        session = authenticated.value();
        window = std::make_unique<ui::MainWindow>(*m_station.services, session);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_station.setUp());
        QVERIFY(
            m_station.database->setSetting(QStringLiteral("idle_lock.minutes"), QStringLiteral("5")).ok());
    }

    void locksWhenIdleAndKeepsWork()
    {
        const auto credentials = GuiFixture::demoAccounts().value(QStringLiteral("front_desk"));
        const auto session = m_station.accounts->authenticate(credentials.first, credentials.second);
        QVERIFY(session.ok());
        ui::MainWindow window(*m_station.services, session.value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::IdleLock *lock = window.idleLock();
        QCOMPARE(lock->idleMinutes(), 5);

        // Work in progress: a half-typed search.
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("rosterSearch"));
        QTest::keyClicks(search, QStringLiteral("JD2026-00"));

        m_station.clock.advanceSeconds(4 * 60);
        lock->checkIdle();
        QVERIFY(!lock->isLocked());
        QTest::keyClick(search, Qt::Key_1); // activity restarts the idle time
        m_station.clock.advanceSeconds(4 * 60);
        lock->checkIdle();
        QVERIFY(!lock->isLocked());

        QSignalSpy unlocked(lock, &ui::IdleLock::unlocked);
        m_station.clock.advanceSeconds(61);
        lock->checkIdle();
        QVERIFY(lock->isLocked());
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("unlockDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // Nothing of the page shows behind the unlock dialog: a cover fills the window.
        auto *cover = window.findChild<QWidget *>(QStringLiteral("lockCover"));
        QVERIFY(cover && cover->isVisible());
        QCOMPARE(cover->geometry(), window.rect());
        QVERIFY(search->visibleRegion().isEmpty());

        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
        QTest::keyClicks(password, QStringLiteral("not-the-password"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("unlockButton")), Qt::LeftButton);
        QVERIFY(lock->isLocked());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());

        QTest::keyClicks(password, credentials.second);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("unlockButton")), Qt::LeftButton);
        QCOMPARE(unlocked.count(), 1);
        QTRY_VERIFY(!lock->isLocked());
        QCOMPARE(search->text(), QStringLiteral("JD2026-001")); // nothing lost behind the lock
        QTRY_VERIFY(!window.findChild<QWidget *>(QStringLiteral("lockCover")));
    }

    // The next shift at a locked station: signs the locked person out without their password;
    // the window asks to log out (the shell records it and shows the login), and locks no more.
    void someoneElseSignsTheLockedPersonOut()
    {
        std::unique_ptr<ui::MainWindow> opened;
        accounts::Session session;
        openWindow(QStringLiteral("front_desk"), opened, session);
        if (QTest::currentTestFailed())
            return;
        ui::MainWindow &window = *opened;
        QSignalSpy loggedOut(&window, &ui::MainWindow::logoutRequested);
        QSignalSpy unlocked(window.idleLock(), &ui::IdleLock::unlocked);
        m_station.clock.advanceSeconds(6 * 60);
        window.idleLock()->checkIdle();
        QVERIFY(window.idleLock()->isLocked());
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("unlockDialog"));
        QTRY_VERIFY(dialog && dialog->isVisible());
        auto *signOut = dialog->findChild<QPushButton *>(QStringLiteral("lockSignOut"));
        QVERIFY(signOut);
        QVERIFY(signOut->text().contains(session.account.displayName));
        QTest::mouseClick(signOut, Qt::LeftButton);
        QCOMPARE(loggedOut.count(), 1);
        QCOMPARE(unlocked.count(), 0);
        QTRY_VERIFY(!window.idleLock()->isLocked());
        QTest::qWait(50); // a rejected lock dialog would lock again from the event loop: not this one
        QVERIFY(!window.idleLock()->isLocked());
    }

    // Seen at the walk: a print preview of a conclusion stayed readable over the locked window.
    // Every open window is covered while locked, and what was typed in it stays. Signing out from
    // the lock cancels the dialog, and the window goes only once the dialog's own event loop has
    // returned (the page that opened it runs on after exec()).
    void otherWindowsAreCoveredAndSignOutWaitsForTheirLoops()
    {
        std::unique_ptr<ui::MainWindow> opened;
        accounts::Session session;
        openWindow(QStringLiteral("clerk"), opened, session);
        const QString password = GuiFixture::demoAccounts().value(QStringLiteral("clerk")).second;
        if (QTest::currentTestFailed())
            return;
        ui::MainWindow &window = *opened;
        ui::IdleLock *lock = window.idleLock();
        QSignalSpy loggedOut(&window, &ui::MainWindow::logoutRequested);

        // The hall display opened from the sidebar stays on: it is for the public.
        ui::HallDisplay hall(*m_station.services,
                             administration::VenueDirectory(*m_station.database).stationInfo());
        hall.setWindowFlag(Qt::Window);
        hall.resize(640, 360);
        hall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&hall));

        // A dialog left open, not modal: covered while locked, untouched after unlocking.
        QDialog open(&window);
        auto *typed = new QLineEdit(&open);
        typed->setText(QStringLiteral("EA123456789CN"));
        open.resize(400, 300);
        open.show();
        QVERIFY(QTest::qWaitForWindowExposed(&open));
        m_station.clock.advanceSeconds(6 * 60);
        lock->checkIdle();
        QVERIFY(lock->isLocked());
        auto *cover = open.findChild<QWidget *>(QStringLiteral("lockCover"));
        QVERIFY(cover && cover->isVisible());
        QCOMPARE(cover->geometry(), open.rect());
        QVERIFY(typed->visibleRegion().isEmpty());
        QVERIFY(!hall.findChild<QWidget *>(QStringLiteral("lockCover")));
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("unlockDialog"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("unlockPassword")), password);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("unlockButton")), Qt::LeftButton);
        QTRY_VERIFY(!lock->isLocked());
        QTRY_VERIFY(!open.findChild<QWidget *>(QStringLiteral("lockCover")));
        QVERIFY(open.isVisible());
        QCOMPARE(typed->text(), QStringLiteral("EA123456789CN"));
        open.hide();
        hall.hide();

        // A modal dialog in its own loop, inside the application's loop as at a station (levels 2
        // and 1): locked there, signed out there.
        QDialog preview(&window);
        preview.resize(400, 300);
        int loggedOutInsideItsLoop = -1;
        bool previewCovered = false;
        int result = -1;
        QEventLoop application;
        QTimer::singleShot(0, &window, [&] {
            QTimer::singleShot(50, &preview, [&] {
                m_station.clock.advanceSeconds(6 * 60);
                lock->checkIdle();
                auto *previewCover = preview.findChild<QWidget *>(QStringLiteral("lockCover"));
                previewCovered = previewCover && previewCover->isVisible();
                auto *unlock = window.findChild<QDialog *>(QStringLiteral("unlockDialog"));
                QTest::mouseClick(unlock->findChild<QPushButton *>(QStringLiteral("lockSignOut")),
                                  Qt::LeftButton);
                loggedOutInsideItsLoop = int(loggedOut.count());
            });
            result = preview.exec();
            // Back from exec(): the window must still be whole here.
            QCOMPARE(loggedOut.count(), 0);
            application.quit();
        });
        application.exec();
        QVERIFY(previewCovered);
        QCOMPARE(loggedOutInsideItsLoop, 0);
        QCOMPARE(result, int(QDialog::Rejected));
        QTRY_COMPARE(loggedOut.count(), 1);
    }

    void zeroMinutesNeverLocks()
    {
        QVERIFY(
            m_station.database->setSetting(QStringLiteral("idle_lock.minutes"), QStringLiteral("0")).ok());
        const auto credentials = GuiFixture::demoAccounts().value(QStringLiteral("clerk"));
        const auto session = m_station.accounts->authenticate(credentials.first, credentials.second);
        ui::MainWindow window(*m_station.services, session.value());
        m_station.clock.advanceSeconds(24 * 3600);
        window.idleLock()->checkIdle();
        QVERIFY(!window.idleLock()->isLocked());
    }
};

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
