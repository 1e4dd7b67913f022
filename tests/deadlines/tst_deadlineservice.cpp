#include "stationfixture.h"
#include "testsession.h"

#include "core/csv.h"
#include "deadlines/deliverylist.h"
#include "demo/daysimulation.h"
#include "demo/demovenue.h"
#include "store/auditlog.h"
#include "store/caserepository.h"
#include "store/outbox.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using core::Role;

namespace {

int outboxRows(store::Database &db, const QString &type, const QString &key)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE type = ? AND entity_key = ?"));
    query.addBindValue(type);
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

// Deadlines on the demo venue (accepted_on moved to "today"), extensions, deliveries and the EMS list.
class TestDeadlineService : public QObject
{
    Q_OBJECT

    std::unique_ptr<StationFixture> m_station;
    std::unique_ptr<deadlines::DeadlineService> m_service;

private slots:
    void init()
    {
        m_station = std::make_unique<StationFixture>(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        QVERIFY(m_station->setUp());
        m_service = std::make_unique<deadlines::DeadlineService>(*m_station->database);
    }

    void theOverviewPutsOverdueFirst()
    {
        const auto rows = m_service->overview();
        QCOMPARE(rows.size(), 32);
        // JD2026-0006 was accepted 62 days before the roster day, which is yesterday here.
        QCOMPARE(rows.constFirst().acceptanceNo, QStringLiteral("JD2026-0006"));
        QCOMPARE(rows.constFirst().standing.urgency, deadlines::Urgency::Overdue);
        QCOMPARE(rows.constFirst().standing.daysLeft, qint64(-2));
        QCOMPARE(rows.constFirst().name, store::CaseRepository(*m_station->database)
                                             .find(QStringLiteral("JD2026-0006"))
                                             ->data.person.name);
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY(rows.at(i - 1).standing.daysLeft <= rows.at(i).standing.daysLeft);
        // The roster date survives a round trip through the store.
        QCOMPARE(
            store::CaseRepository(*m_station->database).find(QStringLiteral("JD2026-0006"))->data.acceptedOn,
            QDate(2026, 9, 22));
    }

    void anExtensionIsOnceWithAReasonByTheAdmin()
    {
        const QString number = QStringLiteral("JD2026-0006");
        QVERIFY(!m_service->extend(testSession(Role::Clerk), number, 30, QStringLiteral("complex")).ok());
        const core::Status noReason =
            m_service->extend(testSession(Role::VenueAdmin), number, 30, QStringLiteral("  "));
        QVERIFY(!noReason.ok());
        QVERIFY(noReason.error().contains(QStringLiteral("reason")));
        QVERIFY(
            !m_service->extend(testSession(Role::VenueAdmin), number, 31, QStringLiteral("complex")).ok());
        QCOMPARE(m_service->of(number)->standing.urgency, deadlines::Urgency::Overdue); // nothing changed
        QVERIFY(
            m_service->extend(testSession(Role::VenueAdmin), number, 30, QStringLiteral("多专科会诊")).ok());
        const auto extended = m_service->of(number);
        QCOMPARE(extended->standing.due, QDate(2026, 12, 21));
        QCOMPARE(extended->standing.urgency, deadlines::Urgency::OnTime);
        QCOMPARE(extended->extensionReason, QStringLiteral("多专科会诊"));
        const core::Status again =
            m_service->extend(testSession(Role::VenueAdmin), number, 5, QStringLiteral("more"));
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(QStringLiteral("多专科会诊")));
        QCOMPARE(outboxRows(*m_station->database, QStringLiteral("case_extension"), number), 1);
        QCOMPARE(
            store::AuditLog(*m_station->database).search({.action = QStringLiteral("case.extend")}).size(),
            1);
    }

    void deliveryIsRecordedForConcludedCasesOnly()
    {
        QVERIFY(!m_service
                     ->recordDelivery(testSession(Role::Clerk), QStringLiteral("JD2026-0001"),
                                      m_station->clock.today(), QStringLiteral("in_person"), QString())
                     .ok()); // not concluded yet
        const auto day = demo::simulateDay(*m_station->database, 2);
        QVERIFY2(day.ok(), qPrintable(day.error()));
        QCOMPARE(day->concluded.size(), 2);
        const QString number = day->concluded.constFirst();
        QCOMPARE(m_service->of(number)->standing.stage, deadlines::Stage::Delivery);
        QCOMPARE(m_service->of(number)->standing.due, m_station->clock.today().addDays(15));
        QVERIFY(!m_service
                     ->recordDelivery(testSession(Role::FrontDesk), number, m_station->clock.today(),
                                      QStringLiteral("in_person"), QString())
                     .ok());
        const core::Status noTracking = m_service->recordDelivery(
            testSession(Role::Clerk), number, m_station->clock.today(), QStringLiteral("ems"), QString());
        QVERIFY(!noTracking.ok());
        QVERIFY(noTracking.error().contains(QStringLiteral("tracking")));
        QVERIFY(!m_service
                     ->recordDelivery(testSession(Role::Clerk), number, m_station->clock.today().addDays(1),
                                      QStringLiteral("ems"), QStringLiteral("EA123456789CN"))
                     .ok()); // in the future
        QVERIFY(m_service
                    ->recordDelivery(testSession(Role::Clerk), number, m_station->clock.today(),
                                     QStringLiteral("ems"), QStringLiteral("EA123456789CN"))
                    .ok());
        QCOMPARE(m_service->of(number)->standing.stage, deadlines::Stage::Done);
        QCOMPARE(m_service->of(number)->trackingNo, QStringLiteral("EA123456789CN"));
        QVERIFY(!m_service
                     ->recordDelivery(testSession(Role::Clerk), number, m_station->clock.today(),
                                      QStringLiteral("in_person"),
                                      QString())
                     .ok()); // once
        QCOMPARE(outboxRows(*m_station->database, QStringLiteral("delivery"), number), 1);
        // Delivered cases leave the open overview.
        const auto open = m_service->overview();
        QVERIFY(std::none_of(open.cbegin(), open.cend(),
                             [&](const deadlines::CaseDeadline &row) { return row.acceptanceNo == number; }));
        QCOMPARE(m_service->overview(true).size(), 32);
    }

    void theEmsListHasAddressesAndNoIdNumbers()
    {
        const auto day = demo::simulateDay(*m_station->database, 3);
        QVERIFY2(day.ok(), qPrintable(day.error()));
        const QString path = m_station->dir.filePath(QStringLiteral("ems.csv"));
        QVERIFY(!deadlines::writeDeliveryList(*m_station->database, testSession(Role::FrontDesk),
                                              m_station->clock.today(), path)
                     .ok());
        QVERIFY(!QFile::exists(path));
        const auto rows = deadlines::writeDeliveryList(*m_station->database, testSession(Role::Clerk),
                                                       m_station->clock.today(), path);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows.value(), 3);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const core::CsvTable table = core::parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(table.header, deadlines::deliveryListColumns());
        QCOMPARE(table.rows.size(), 3);
        const store::CaseRepository cases(*m_station->database);
        for (int i = 0; i < 3; ++i) {
            const QStringList &fields = table.rows.at(i).fields;
            const auto record = cases.find(day->concluded.at(i));
            QCOMPARE(fields.at(0), day->concluded.at(i));
            QCOMPARE(fields.at(1), record->data.person.name);
            QCOMPARE(fields.at(2), record->data.person.phone);
            QCOMPARE(fields.at(3), QStringLiteral("广东省")); // the demo venue's default province
            QCOMPARE(fields.at(4), QStringLiteral("广州市"));
            QVERIFY(fields.at(5).endsWith(QStringLiteral("区")));
            QCOMPARE(fields.at(4) + fields.at(5) + fields.at(6), record->data.person.address);
            QCOMPARE(fields.at(9), QStringLiteral("2026-11-23"));
            QCOMPARE(fields.at(10), QStringLiteral("2026-12-08"));
            // The post needs no ID number; none is written, not even in part.
            QVERIFY(!bytes.contains(record->data.person.idNumber.toLatin1()));
            QVERIFY(!bytes.contains(record->data.person.idNumber.left(10).toLatin1()));
        }
        QVERIFY(bytes.endsWith("\r\n"));
        QCOMPARE(store::AuditLog(*m_station->database)
                     .search({.action = QStringLiteral("delivery.export")})
                     .size(),
                 1);
        // A conclusion already delivered has nothing left to post: it leaves the list.
        QVERIFY(m_service
                    ->recordDelivery(testSession(Role::Clerk), day->concluded.at(0), m_station->clock.today(),
                                     QStringLiteral("in_person"), QString())
                    .ok());
        QCOMPARE(deadlines::writeDeliveryList(*m_station->database, testSession(Role::Clerk),
                                              m_station->clock.today(), path)
                     .value(),
                 2);
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(!again.readAll().contains(day->concluded.at(0).toUtf8()));
        // Another day has no conclusions: a list with the header only.
        QCOMPARE(deadlines::writeDeliveryList(*m_station->database, testSession(Role::Clerk),
                                              m_station->clock.today().addDays(-1), path)
                     .value(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestDeadlineService)
#include "tst_deadlineservice.moc"
