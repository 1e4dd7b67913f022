#include "guifixture.h"

#include "ui/about.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>

class TestLogin : public QObject
{
    Q_OBJECT

    GuiFixture m_station;

    bool logIn(ui::LoginDialog &dialog, const QString &user, const QString &password)
    {
        auto *username = dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
        auto *passwordEdit = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("loginButton"));
        if (!username || !passwordEdit || !button)
            return false;
        username->clear();
        QTest::keyClicks(username, user);
        QTest::keyClicks(passwordEdit, password);
        QTest::mouseClick(button, Qt::LeftButton);
        return dialog.result() == QDialog::Accepted;
    }

private slots:
    void initTestCase() { QVERIFY(m_station.setUp()); }

    void eachRoleReachesItsHomePage_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QStringList>("pages");
        QTest::newRow("front desk") << QStringLiteral("front_desk")
                                    << QStringList{QStringLiteral("frontDeskPage")};
        QTest::newRow("expert") << QStringLiteral("expert")
                                << QStringList{QStringLiteral("callingPage"), QStringLiteral("examPage"),
                                               QStringLiteral("reviewPage")};
        QTest::newRow("reviewer") << QStringLiteral("reviewer") << QStringList{QStringLiteral("reviewPage")};
        QTest::newRow("clerk") << QStringLiteral("clerk")
                               << QStringList{QStringLiteral("printCentrePage"),
                                              QStringLiteral("dashboardPage")};
        QTest::newRow("venue admin") << QStringLiteral("venue_admin")
                                     << QStringList{
                                            QStringLiteral("adminPage"),   QStringLiteral("dashboardPage"),
                                            QStringLiteral("callingPage"), QStringLiteral("printCentrePage"),
                                            QStringLiteral("auditPage"),   QStringLiteral("syncPage"),
                                            QStringLiteral("healthPage")};
    }

    void eachRoleReachesItsHomePage()
    {
        QFETCH(QString, role);
        QFETCH(QStringList, pages);
        const auto credentials = GuiFixture::demoAccounts().value(role);
        QVERIFY2(!credentials.first.isEmpty(), qPrintable(role));

        ui::LoginDialog dialog(*m_station.accounts,
                               administration::VenueDirectory(*m_station.database).stationInfo());
        dialog.show();
        QVERIFY(logIn(dialog, credentials.first, credentials.second));
        QCOMPARE(core::toKey(dialog.session().account.role), role);

        ui::MainWindow window(*m_station.services, dialog.session());
        window.show();
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), pages.first());
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->count(), pages.size());
        QStringList shown;
        for (int i = 0; i < stack->count(); ++i)
            shown << stack->widget(i)->objectName();
        QCOMPARE(shown, pages);
        // Pages of other roles are not even built.
        for (const QString &other :
             {QStringLiteral("frontDeskPage"), QStringLiteral("examPage"), QStringLiteral("reviewPage"),
              QStringLiteral("printCentrePage"), QStringLiteral("adminPage"), QStringLiteral("auditPage"),
              QStringLiteral("dashboardPage")}) {
            if (!pages.contains(other))
                QVERIFY2(!window.findChild<QWidget *>(other), qPrintable(other));
        }
        // Navigating switches the page.
        if (pages.size() > 1) {
            navigation->setCurrentRow(1);
            QCOMPARE(stack->currentWidget()->objectName(), pages.at(1));
        }
        auto *user = window.findChild<QLabel *>(QStringLiteral("statusUser"));
        QVERIFY(user->text().contains(dialog.session().account.displayName));
    }

    void wrongPasswordIsRefused()
    {
        const auto credentials = GuiFixture::demoAccounts().value(QStringLiteral("front_desk"));
        ui::LoginDialog dialog(*m_station.accounts,
                               administration::VenueDirectory(*m_station.database).stationInfo());
        dialog.show();
        QVERIFY(!logIn(dialog, credentials.first, credentials.second + QStringLiteral("x")));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!dialog.session().valid());
        // The password field is cleared for the next try; the user name stays.
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->text(), credentials.first);
        // Then the right password logs in.
        QVERIFY(logIn(dialog, credentials.first, credentials.second));
    }

    void emptyUserNameAsksForIt()
    {
        ui::LoginDialog dialog(*m_station.accounts,
                               administration::VenueDirectory(*m_station.database).stationInfo());
        dialog.show();
        QVERIFY(!logIn(dialog, QString(), QStringLiteral("whatever1")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
    }

    void logoutButtonAsksToLogOut()
    {
        const auto credentials = GuiFixture::demoAccounts().value(QStringLiteral("clerk"));
        const auto session = m_station.accounts->authenticate(credentials.first, credentials.second);
        QVERIFY(session.ok());
        ui::MainWindow window(*m_station.services, session.value());
        window.show();
        QSignalSpy spy(&window, &ui::MainWindow::logoutRequested);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("logoutButton")), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
    }

    // The About box shows the one version of the CMake project (the same as --version).
    void aboutBoxShowsTheVersion()
    {
        const auto credentials = GuiFixture::demoAccounts().value(QStringLiteral("clerk"));
        const auto session = m_station.accounts->authenticate(credentials.first, credentials.second);
        QVERIFY(session.ok());
        ui::MainWindow window(*m_station.services, session.value());
        window.show();
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = box->text();
            box->accept();
        });
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("aboutButton")), Qt::LeftButton);
        QVERIFY2(shown.contains(QStringLiteral(APPRAISAL_VERSION)), qPrintable(shown));
        QCOMPARE(shown, ui::aboutText());
    }
};

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
