#include "guifixture.h"

#include "store/migrations.h"
#include "store/outbox.h"
#include "ui/mainwindow.h"
#include "ui/rostermodel.h"
#include "ui/stationstatusbar.h"

#include "ui/auditpage.h"

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

class TestPages : public QObject
{
    Q_OBJECT

    GuiFixture m_station;

    accounts::Session sessionFor(const QString &role)
    {
        const auto credentials = GuiFixture::demoAccounts().value(role);
        return m_station.accounts->authenticate(credentials.first, credentials.second).value();
    }

private slots:
    void initTestCase() { QVERIFY(m_station.setUp()); }

    void rosterModelIsWellBehaved()
    {
        ui::RosterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto info = administration::VenueDirectory(*m_station.database).stationInfo();
        model.setCases(store::CaseRepository(*m_station.database).inBatch(info.batchId));
        QVERIFY(model.rowCount() >= 30);
        ui::RosterFilter filter;
        QAbstractItemModelTester filterTester(&filter,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setSearch(QStringLiteral("JD2026-0001"));
        QCOMPARE(filter.rowCount(), 1);
    }

    void frontDeskSearchesAndMasks()
    {
        ui::MainWindow window(*m_station.services, sessionFor(QStringLiteral("front_desk")));
        window.show();
        auto *view = window.findChild<QTableView *>(QStringLiteral("rosterView"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("rosterSearch"));
        QVERIFY(view && search);
        const auto info = administration::VenueDirectory(*m_station.database).stationInfo();
        const auto cases = store::CaseRepository(*m_station.database).inBatch(info.batchId);
        QCOMPARE(view->model()->rowCount(), cases.size());

        // Staff screens never show a full ID number.
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            for (int column = 0; column < view->model()->columnCount(); ++column) {
                const QString text = view->model()->index(row, column).data().toString();
                for (const auto &record : cases)
                    QVERIFY2(!text.contains(record.data.person.idNumber), qPrintable(text));
            }
        }

        const store::CaseRecord target = cases.at(5);
        QTest::keyClicks(search, target.data.person.idNumber); // scanned or typed in full
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, ui::RosterModel::AcceptanceNo).data().toString(),
                 target.data.acceptanceNo);
        search->clear();
        search->insert(target.data.person.name); // Chinese arrives committed from the input method
        QVERIFY(view->model()->rowCount() >= 1);
        QCOMPARE(view->model()->index(0, ui::RosterModel::Name).data().toString(), target.data.person.name);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("jd2026-0002"));
        QCOMPARE(view->model()->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("nobody-like-this"));
        QCOMPARE(view->model()->rowCount(), 0);
        search->clear();
        QCOMPARE(view->model()->rowCount(), cases.size());

        auto *summary = window.findChild<QLabel *>(QStringLiteral("rosterSummary"));
        QVERIFY(summary->text().contains(QString::number(cases.size())));
    }

    void statusBarShowsVenueBatchAndHealth()
    {
        ui::MainWindow window(*m_station.services, sessionFor(QStringLiteral("clerk")));
        const auto info = administration::VenueDirectory(*m_station.database).stationInfo();
        auto *venue = window.findChild<QLabel *>(QStringLiteral("statusVenue"));
        QVERIFY(venue->text().contains(info.venueName));
        QVERIFY(venue->text().contains(info.batchId));
        QVERIFY(!window.stationStatusBar()->alarmRaised());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusNetwork")));
        // quick_check runs in the background after login and reports here.
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>(QStringLiteral("statusDatabase"))
                                     ->text()
                                     .contains(QString::number(store::kSchemaVersion)),
                                 60000);

        store::HealthReport damaged;
        damaged.schemaVersion = 1;
        damaged.quickCheck =
            QStringLiteral("*** in database main ***\nPage 5: btreeInitPage() returns error code 11");
        window.stationStatusBar()->showHealth(damaged);
        QVERIFY(window.stationStatusBar()->alarmRaised());
        auto *database = window.findChild<QLabel *>(QStringLiteral("statusDatabase"));
        QCOMPARE(database->property("alarm").toBool(), true);
        QCOMPARE(database->toolTip(), damaged.quickCheck);
    }

    void syncPageCountsTheOutbox()
    {
        ui::MainWindow window(*m_station.services, sessionFor(QStringLiteral("venue_admin")));
        const store::OutboxCounts counts = store::Outbox(*m_station.database).counts();
        QVERIFY(counts.pending > 0);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("syncPending"))->text(),
                 QString::number(counts.pending));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("syncTotal"))->text(),
                 QString::number(counts.total));
    }

    void auditPageFiltersAndChecksTheChain()
    {
        ui::MainWindow window(*m_station.services, sessionFor(QStringLiteral("venue_admin")));
        auto *view = window.findChild<QTableView *>(QStringLiteral("auditView"));
        QVERIFY(view);
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = view->model()->rowCount();
        QVERIFY(all >= 17); // demo load, 15 accounts, logins of this test
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("auditChainStatus"))
                    ->text()
                    .contains(QString::number(all)));

        auto *action = window.findChild<QComboBox *>(QStringLiteral("auditAction"));
        action->setCurrentIndex(action->findData(QStringLiteral("account.")));
        // Every demo account provisioned once: the five roles and one per demo expert.
        const auto provisioned = m_station.accounts->accounts(sessionFor(QStringLiteral("venue_admin")));
        QVERIFY(provisioned.ok());
        QCOMPARE(view->model()->rowCount(), int(provisioned.value().size()));
        auto *model = qobject_cast<ui::AuditModel *>(view->model());
        for (const auto &entry : model->entries())
            QVERIFY(entry.action.startsWith(QStringLiteral("account.")));
        QCOMPARE(view->model()->index(0, ui::AuditModel::Action).data().toString(),
                 ui::AuditModel::actionName(QStringLiteral("account.provision")));

        action->setCurrentIndex(0);
        auto *actor = window.findChild<QComboBox *>(QStringLiteral("auditActor"));
        const QString admin = GuiFixture::demoAccounts().value(QStringLiteral("venue_admin")).first;
        actor->setCurrentIndex(actor->findData(admin));
        // The person by name with the user name, not the stored key; the key stays in the tooltip.
        const auto adminAccount =
            m_station.accounts->accounts(sessionFor(QStringLiteral("venue_admin"))).value();
        const auto named = std::find_if(adminAccount.cbegin(), adminAccount.cend(),
                                        [&](const core::StaffAccount &a) { return a.username == admin; });
        QVERIFY(named != adminAccount.cend() && !named->displayName.isEmpty());
        QVERIFY2(actor->currentText().contains(named->displayName), qPrintable(actor->currentText()));
        QVERIFY(view->model()->rowCount() >= 1);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex person = view->model()->index(row, ui::AuditModel::Actor);
            QCOMPARE(person.data().toString(), QStringLiteral("%1 (%2)").arg(named->displayName, admin));
            QCOMPARE(person.data(Qt::ToolTipRole).toString(), admin);
        }

        actor->setCurrentIndex(0);
        auto *to = window.findChild<QDateTimeEdit *>(QStringLiteral("auditTo"));
        to->setDateTime(m_station.clock.now().addDays(-1)); // before anything happened
        QCOMPARE(view->model()->rowCount(), 0);

        // A row changed after the page's last check: the next reload (any change of filter) finds
        // it, although the page reads only from its last checkpoint on.
        auto *chain = window.findChild<QLabel *>(QStringLiteral("auditChainStatus"));
        QVERIFY(!chain->property("alarm").toBool());
        QSqlQuery tamper(m_station.database->connection());
        QVERIFY(tamper.exec(QStringLiteral("SELECT seq, actor FROM audit_log ORDER BY seq DESC LIMIT 1")) &&
                tamper.next());
        const qint64 last = tamper.value(0).toLongLong();
        const QString actorBefore = tamper.value(1).toString();
        tamper.finish();
        auto setActor = [&](const QString &name) {
            QSqlQuery update(m_station.database->connection());
            update.prepare(QStringLiteral("UPDATE audit_log SET actor = ? WHERE seq = ?"));
            update.addBindValue(name);
            update.addBindValue(last);
            QVERIFY(update.exec());
        };
        setActor(QStringLiteral("intruder"));
        to->setDateTime(m_station.clock.now().addDays(1));
        QVERIFY(chain->property("alarm").toBool());
        QVERIFY2(chain->text().contains(QString::number(last)), qPrintable(chain->text()));
        setActor(actorBefore); // the shared station stays intact for the other tests
        to->setDateTime(m_station.clock.now().addDays(2));
        QVERIFY(!chain->property("alarm").toBool());
    }

    void adminSeesAccountsExpertsRooms()
    {
        ui::MainWindow window(*m_station.services, sessionFor(QStringLiteral("venue_admin")));
        // The five role accounts and one per demo expert.
        QVERIFY(window.findChild<QTableView *>(QStringLiteral("accountsView"))->model()->rowCount() >= 5);
        QVERIFY(window.findChild<QTableView *>(QStringLiteral("expertsView"))->model()->rowCount() >= 8);
        QCOMPARE(window.findChild<QTableView *>(QStringLiteral("roomsView"))->model()->rowCount(), 4);
    }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
