#include "guifixture.h"

#include "checkin/checkinservice.h"
#include "ui/actornames.h"
#include "ui/adminredraw.h"

#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

// Who drew and who was drawn, as a person reads it: the Redraw tab names the experts ("E102 林慧敏")
// and the operator in words ("Administrator (command line)", an account's name), not stored keys.
// No translator is installed: the source (English) strings show.
class TestRedrawTab : public QObject
{
    Q_OBJECT

private slots:
    void readableActors_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("shown");
        QTest::newRow("command line")
            << QStringLiteral("cli:admin") << QStringLiteral("Administrator (command line)");
        QTest::newRow("command line, root")
            << QStringLiteral("cli:root") << QStringLiteral("Administrator (command line)");
        QTest::newRow("station") << QStringLiteral("system") << QStringLiteral("The station (automatic)");
        QTest::newRow("demo") << QStringLiteral("demo") << QStringLiteral("Demo set-up");
        QTest::newRow("account") << QStringLiteral("guanli") << QStringLiteral("张志强 (guanli)");
        QTest::newRow("account without a name") << QStringLiteral("nameless") << QStringLiteral("nameless");
        QTest::newRow("unknown") << QStringLiteral("hub-room-3") << QStringLiteral("hub-room-3");
        QTest::newRow("empty") << QString() << QString();
    }

    void readableActors()
    {
        QFETCH(QString, actor);
        QFETCH(QString, shown);
        const ui::ActorNames names(
            {{QStringLiteral("guanli"), QStringLiteral("张志强")}, {QStringLiteral("nameless"), QString()}});
        QCOMPARE(names.readable(actor), shown);
    }

    void historyNamesExpertsAndOperator()
    {
        GuiFixture station;
        QVERIFY(station.setUp());
        const QString acceptanceNo = QStringLiteral("JD2026-0001");
        accounts::Session desk;
        desk.account.username = QStringLiteral("qiantai");
        desk.account.role = core::Role::FrontDesk;
        QVERIFY(checkin::CheckInService(*station.database).checkInByAcceptanceNo(desk, acceptanceNo).ok());
        // Drawn at the command line, redrawn by the venue admin in the station.
        accounts::Session commandLine;
        commandLine.account.username = QStringLiteral("cli:admin");
        commandLine.account.role = core::Role::VenueAdmin;
        const auto drawn = station.draws->draw(commandLine, acceptanceNo);
        QVERIFY2(drawn.ok(), qPrintable(drawn.error()));
        const auto credentials = GuiFixture::demoAccounts().value(QStringLiteral("venue_admin"));
        const auto admin = station.accounts->authenticate(credentials.first, credentials.second);
        QVERIFY(admin.ok());
        QVERIFY(station.draws->redraw(admin.value(), acceptanceNo, QStringLiteral("conflict declared")).ok());

        ui::AdminRedrawTab tab(*station.services, admin.value());
        tab.show();
        auto *caseEdit = tab.findChild<QLineEdit *>(QStringLiteral("redrawCaseEdit"));
        QVERIFY(caseEdit);
        caseEdit->setText(acceptanceNo);
        QTest::keyClick(caseEdit, Qt::Key_Return);
        auto *history = tab.findChild<QTableWidget *>(QStringLiteral("drawHistoryView"));
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("Administrator (command line)"));
        QCOMPARE(history->item(1, 1)->text(),
                 QStringLiteral("%1 (%2)").arg(admin->account.displayName, admin->account.username));
        for (int row = 0; row < 2; ++row) {
            const QString examiners = history->item(row, 2)->text();
            const QString reviewer = history->item(row, 3)->text();
            for (const QString &cell : {examiners, reviewer})
                QVERIFY2(!cell.contains(QStringLiteral("cli:")), qPrintable(cell));
            // Every expert by id and name, e.g. "E101 陈建国, E104 郑丽君".
            const QStringList named = examiners.split(QStringLiteral(", "));
            QCOMPARE(named.size(), 2);
            for (const QString &expert : named + QStringList{reviewer}) {
                const QString id = expert.section(QLatin1Char(' '), 0, 0);
                const auto known = station.services->directory.expert(id);
                QVERIFY2(known, qPrintable(expert));
                QCOMPARE(expert, QStringLiteral("%1 %2").arg(id, known->name));
            }
        }
    }
};

QTEST_MAIN(TestRedrawTab)
#include "tst_redrawtab.moc"
