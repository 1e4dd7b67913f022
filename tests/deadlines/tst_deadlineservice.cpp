#include "stationfixture.h"
#include "testsession.h"

#include "core/csv.h"
#include "deadlines/deliverylist.h"
#include "deadlines/timelimits.h"
#include "demo/daysimulation.h"
#include "demo/demovenue.h"
#include "store/auditlog.h"
#include "store/caserepository.h"
#include "store/deadlinerepository.h"
#include "store/opinionrepository.h"
#include "store/outbox.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
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

// The open cases by a full scan of the history, as the list found them before schema 25: not
// delivered, not archived, and concluded or not ended without a conclusion.
QSet<QString> openByFullScan(store::Database &db)
{
    QSqlQuery query(db.connection());
    QSet<QString> open;
    if (!query.exec(QStringLiteral(
            "SELECT c.acceptance_no FROM cases c "
            "LEFT JOIN deliveries d ON d.acceptance_no = c.acceptance_no "
            "LEFT JOIN conclusions k ON k.acceptance_no = c.acceptance_no "
            "LEFT JOIN archived_cases a ON a.acceptance_no = c.acceptance_no "
            "WHERE d.acceptance_no IS NULL AND a.acceptance_no IS NULL AND "
            "(k.acceptance_no IS NOT NULL OR c.state NOT IN ('no_show', 'withdrawn', 'terminated'))")))
        return {QStringLiteral("(query failed)")};
    while (query.next())
        open << query.value(0).toString();
    return open;
}

QSet<QString> openByTheList(store::Database &db)
{
    QSet<QString> open;
    for (const store::DeadlineFacts &facts : store::DeadlineRepository(db).open())
        open << facts.acceptanceNo;
    return open;
}

// The open list as a full sort would give it: every case's standing computed from all its facts
// (deadlines::standing), the finished ones left out, overdue first, then the fewest days left, ties
// by acceptance number, unknown acceptance dates last. What the page read from its index must equal.
QStringList openByFullSort(store::Database &db, const QDate &today)
{
    const QSet<QString> open = openByFullScan(db);
    struct Row {
        QString number;
        int rank = 0;
        qint64 daysLeft = 0;
    };
    QList<Row> rows;
    for (const store::DeadlineFacts &f : store::DeadlineRepository(db).all()) {
        if (!open.contains(f.acceptanceNo))
            continue;
        deadlines::CaseDates dates;
        dates.acceptedOn = f.acceptedOn;
        dates.extensionDays = f.extensionDays;
        dates.concludedOn = f.concludedAt.date();
        dates.deliveredOn = f.deliveredOn;
        const deadlines::Standing s = deadlines::standing(dates, today);
        rows << Row{f.acceptanceNo, s.urgency == deadlines::Urgency::Unknown ? 1 : 0, s.daysLeft};
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.rank == 0 && a.daysLeft != b.daysLeft)
            return a.daysLeft < b.daysLeft;
        return a.number < b.number;
    });
    QStringList numbers;
    for (const Row &row : std::as_const(rows))
        numbers << row.number;
    return numbers;
}

QStringList numbersOf(const QList<deadlines::CaseDeadline> &rows)
{
    QStringList numbers;
    for (const deadlines::CaseDeadline &row : rows)
        numbers << row.acceptanceNo;
    return numbers;
}

QStringList casesWhere(store::Database &db, const QString &where)
{
    QSqlQuery query(db.connection());
    QStringList numbers;
    if (query.exec(QStringLiteral("SELECT c.acceptance_no FROM cases c WHERE ") + where +
                   QStringLiteral(" ORDER BY c.acceptance_no")))
        while (query.next())
            numbers << query.value(0).toString();
    return numbers;
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

    // The open_deadlines table (schema 25) that the list reads must hold exactly the open cases of
    // a full scan, whatever happens to the cases: new cases, any state change the flow allows,
    // conclusions, deliveries, archiving, transactions rolled back half-way and restarts.
    void theOpenListEqualsAFullScan_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("steps");
        QTest::newRow("seed 1, 25 steps") << 1u << 25;
        QTest::newRow("seed 7, 60 steps") << 7u << 60;
    }

    void theOpenListEqualsAFullScan()
    {
        QFETCH(quint32, seed);
        QFETCH(int, steps);
        QRandomGenerator random(seed);
        store::Database *db = m_station->database.get();
        const auto pick = [&](const QStringList &numbers) {
            return numbers.isEmpty() ? QString() : numbers.at(random.bounded(int(numbers.size())));
        };
        const QDateTime now = m_station->clock.now();
        int newCases = 0;
        for (int step = 0; step < steps; ++step) {
            const int operation = int(random.bounded(11));
            const QStringList all = casesWhere(*db, QStringLiteral("1"));
            switch (operation) {
            case 0: { // a new case on the roster
                auto record = store::CaseRepository(*db).find(pick(all));
                QVERIFY(record);
                record->data.acceptanceNo =
                    QStringLiteral("JD2026-9%1").arg(++newCases, 3, 10, QLatin1Char('0'));
                QVERIFY(store::CaseRepository(*db).save(record->data).ok());
                break;
            }
            case 1:
            case 2: { // any state change the case flow allows (the others are refused)
                const auto to = core::CaseState(random.bounded(int(core::CaseState::Terminated) + 1));
                (void)store::CaseRepository(*db).transition(pick(all), to, QStringLiteral("test"),
                                                            QStringLiteral("tester"));
                break;
            }
            case 3: { // a conclusion
                const QString number = pick(casesWhere(
                    *db, QStringLiteral("NOT EXISTS (SELECT 1 FROM conclusions k WHERE k.acceptance_no = "
                                        "c.acceptance_no)")));
                if (number.isEmpty())
                    break;
                QVERIFY(
                    db->transaction([&] {
                          return store::OpinionRepository(*db).insertConclusion(
                              {number, QStringLiteral("E01"), now, QByteArrayLiteral("{}"), 7, QString()});
                      }).ok());
                break;
            }
            case 4: { // a delivery, by the clerk
                const QString number = pick(casesWhere(
                    *db, QStringLiteral("EXISTS (SELECT 1 FROM conclusions k WHERE k.acceptance_no = "
                                        "c.acceptance_no) AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE "
                                        "d.acceptance_no = c.acceptance_no)")));
                if (number.isEmpty())
                    break;
                QVERIFY(m_service
                            ->recordDelivery(testSession(Role::Clerk), number, m_station->clock.today(),
                                             QStringLiteral("in_person"), QString())
                            .ok());
                break;
            }
            case 5: { // archived, as the retention policy marks a delivered case
                const QString number = pick(casesWhere(
                    *db,
                    QStringLiteral("EXISTS (SELECT 1 FROM deliveries d WHERE d.acceptance_no = "
                                   "c.acceptance_no) AND NOT EXISTS (SELECT 1 FROM archived_cases a WHERE "
                                   "a.acceptance_no = c.acceptance_no)")));
                if (number.isEmpty())
                    break;
                QSqlQuery archive(db->connection());
                archive.prepare(QStringLiteral("INSERT INTO archived_cases(acceptance_no, archived_at, "
                                               "material_rows, outbox_rows) VALUES(?, ?, 0, 0)"));
                archive.addBindValue(number);
                archive.addBindValue(now.toString(Qt::ISODateWithMs));
                QVERIFY(archive.exec());
                break;
            }
            case 6: { // a conclusion and a state change that fail half-way: nothing of them stays
                const QString number = pick(all);
                const core::Status failed = db->transaction([&]() -> core::Status {
                    (void)store::OpinionRepository(*db).insertConclusion(
                        {number, QStringLiteral("E01"), now, QByteArrayLiteral("{}"), 7, QString()});
                    (void)store::CaseRepository(*db).transition(
                        number, core::CaseState::Withdrawn, QStringLiteral("test"), QStringLiteral("tester"));
                    return core::Status::failure(QStringLiteral("the power went out"));
                });
                QVERIFY(!failed.ok());
                break;
            }
            case 7: // a restart
                QVERIFY(m_station->reopen());
                db = m_station->database.get();
                m_service = std::make_unique<deadlines::DeadlineService>(*db);
                break;
            case 8: { // an extension of the conclusion limit, by the admin
                const QString number = pick(all);
                (void)m_service->extend(testSession(Role::VenueAdmin), number, 1 + int(random.bounded(30)),
                                        QStringLiteral("complex"));
                break;
            }
            case 9: { // the acceptance date corrected on the roster, or unknown
                auto record = store::CaseRepository(*db).find(pick(all));
                QVERIFY(record);
                record->data.acceptedOn =
                    random.bounded(5) == 0 ? QDate() : now.date().addDays(-int(random.bounded(100)));
                QVERIFY(store::CaseRepository(*db).save(record->data).ok());
                break;
            }
            case 10: // days pass: the same rows, other urgencies
                m_station->clock.set(m_station->clock.now().addDays(int(random.bounded(20))));
                break;
            }
            const QSet<QString> listed = openByTheList(*db);
            QCOMPARE(listed, openByFullScan(*db));
            // The page read from the urgency index (schema 26) is the head of a full sort, and its
            // counts (counters and index ranges) are those of the whole list.
            const QStringList sorted = openByFullSort(*db, m_station->clock.today());
            const int limit = 1 + int(random.bounded(40));
            const auto page = m_service->page(deadlines::DeadlineService::Scope::Open, limit, false);
            QCOMPARE(numbersOf(page.rows), sorted.mid(0, limit));
            QCOMPARE(page.total, int(sorted.size()));
            const auto whole = m_service->page(deadlines::DeadlineService::Scope::Open, -1, false);
            QCOMPARE(numbersOf(whole.rows), sorted);
            int overdue = 0;
            int dueSoon = 0;
            int awaitingDelivery = 0;
            QStringList attention;
            for (const deadlines::CaseDeadline &row : whole.rows) {
                overdue += row.standing.urgency == deadlines::Urgency::Overdue;
                dueSoon += row.standing.urgency == deadlines::Urgency::DueSoon;
                awaitingDelivery += row.standing.stage == deadlines::Stage::Delivery;
                if (row.standing.urgency == deadlines::Urgency::Overdue ||
                    row.standing.urgency == deadlines::Urgency::DueSoon)
                    attention << row.acceptanceNo;
            }
            QCOMPARE(page.overdue, overdue);
            QCOMPARE(page.dueSoon, dueSoon);
            QCOMPARE(page.awaitingDelivery, awaitingDelivery);
            const auto urgent =
                m_service->page(deadlines::DeadlineService::Scope::NeedsAttention, limit, false);
            QCOMPARE(numbersOf(urgent.rows), attention.mid(0, limit));
            QCOMPARE(urgent.total, int(attention.size()));
        }
        // The walk reached every kind of case, or it proved little.
        const QSet<QString> listed = openByTheList(*db);
        const QStringList delivered = casesWhere(
            *db,
            QStringLiteral("EXISTS (SELECT 1 FROM deliveries d WHERE d.acceptance_no = c.acceptance_no)"));
        const QStringList ended = casesWhere(
            *db,
            QStringLiteral("state IN ('no_show', 'withdrawn', 'terminated') AND NOT EXISTS (SELECT 1 FROM "
                           "conclusions k WHERE k.acceptance_no = c.acceptance_no)"));
        if (steps >= 60) {
            QVERIFY(!delivered.isEmpty());
            QVERIFY(!ended.isEmpty());
            QVERIFY(!casesWhere(*db,
                                QStringLiteral("acceptance_no IN (SELECT acceptance_no FROM archived_cases)"))
                         .isEmpty());
        }
        for (const QString &number : delivered)
            QVERIFY2(!listed.contains(number), qPrintable(number));
        for (const QString &number : ended)
            QVERIFY2(!listed.contains(number), qPrintable(number));
    }

    // The statements of the clerk's page read the urgency index in its order and stop at the page's
    // end: no temporary sort (USE TEMP B-TREE) and no scan of a table; the only scan allowed is the
    // ordered walk of open_deadlines_by_urgency itself, which the LIMIT ends after the page's rows.
    void thePageQueriesUseTheUrgencyIndex()
    {
        store::Database &db = *m_station->database;
        for (const QString &sql : store::DeadlineRepository::openQueries()) {
            QSqlQuery plan(db.connection());
            QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
            for (int i = 0; i < sql.count(QLatin1Char('?')); ++i)
                plan.addBindValue(i + 1 == sql.count(QLatin1Char('?')) &&
                                          sql.endsWith(QLatin1String("LIMIT ?"))
                                      ? QVariant(200)
                                      : QVariant(QStringLiteral("2026-11-23")));
            QVERIFY2(plan.exec(), qPrintable(sql));
            QStringList steps;
            while (plan.next())
                steps << plan.value(3).toString();
            const QString text = steps.join(QLatin1String(" | "));
            QVERIFY2(!steps.isEmpty(), qPrintable(sql));
            QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
            for (const QString &step : std::as_const(steps))
                if (step.startsWith(QLatin1String("SCAN ")))
                    QVERIFY2(step.endsWith(QLatin1String("USING COVERING INDEX open_deadlines_by_urgency")),
                             qPrintable(text));
            if (sql.contains(QLatin1String("FROM open_deadlines")))
                QVERIFY2(text.contains(QLatin1String("open_deadlines_by_urgency")), qPrintable(text));
            if (sql.contains(QLatin1String("CROSS JOIN cases c")))
                QVERIFY2(text.contains(QLatin1String("SEARCH c USING INDEX sqlite_autoindex_cases_1")),
                         qPrintable(text));
        }
    }

    // The clerk's page asks for the most urgent page only: the counts cover every open case, the
    // names only the rows shown, in the order of the whole list.
    void aPageIsTheMostUrgentWithCountsOfAll()
    {
        const auto everything = m_service->overview();
        QCOMPARE(everything.size(), 32);
        const auto page = m_service->page(deadlines::DeadlineService::Scope::Open, 5);
        QCOMPARE(page.total, 32);
        QCOMPARE(page.rows.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(page.rows.at(i).acceptanceNo, everything.at(i).acceptanceNo);
            QCOMPARE(page.rows.at(i).name, everything.at(i).name);
            QVERIFY(!page.rows.at(i).name.isEmpty());
        }
        int overdue = 0;
        int dueSoon = 0;
        for (const auto &row : everything) {
            overdue += row.standing.urgency == deadlines::Urgency::Overdue;
            dueSoon += row.standing.urgency == deadlines::Urgency::DueSoon;
        }
        QCOMPARE(page.overdue, overdue);
        QCOMPARE(page.dueSoon, dueSoon);
        QVERIFY(page.overdue > 0);
        const auto attention = m_service->page(deadlines::DeadlineService::Scope::NeedsAttention, 100);
        QCOMPARE(attention.total, overdue + dueSoon);
        // Without names (the command line), none is read.
        const auto nameless = m_service->page(deadlines::DeadlineService::Scope::Open, -1, false);
        QCOMPARE(nameless.rows.size(), 32);
        QVERIFY(std::all_of(nameless.rows.cbegin(), nameless.rows.cend(),
                            [](const deadlines::CaseDeadline &row) { return row.name.isEmpty(); }));
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
