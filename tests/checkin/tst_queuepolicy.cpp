#include "checkin/queuepolicy.h"

#include <QRandomGenerator>
#include <QTest>

// The call order rules, as a table: green first, ratio rounds, continuing from the day's calls.
class TestQueuePolicy : public QObject
{
    Q_OBJECT

    static QList<store::Ticket> tickets(const QString &labels)
    {
        QList<store::Ticket> list;
        for (const QString &label : labels.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            store::Ticket ticket;
            ticket.id = label;
            ticket.label = label;
            ticket.number = label.mid(1).toInt();
            ticket.lane = label.startsWith(QLatin1Char('G'))   ? QStringLiteral("green")
                          : label.startsWith(QLatin1Char('P')) ? QStringLiteral("priority")
                                                               : QStringLiteral("normal");
            list << ticket;
        }
        return list;
    }

private slots:
    void order_data()
    {
        QTest::addColumn<QString>("waiting");
        QTest::addColumn<int>("priorityRatio");
        QTest::addColumn<int>("callsSoFar");
        QTest::addColumn<QString>("expected");
        QTest::newRow("green before everyone") << "A1 A2 G3 G1" << 1 << 0 << "G1 G3 A1 A2";
        QTest::newRow("by number within a lane") << "A7 A2 A5" << 1 << 0 << "A2 A5 A7";
        QTest::newRow("ratio 1:1 alternates") << "A1 A2 P1 P2" << 1 << 0 << "P1 A1 P2 A2";
        QTest::newRow("ratio 2:1") << "A1 A2 A3 P1 P2 P3 P4" << 2 << 0 << "P1 P2 A1 P3 P4 A2 A3";
        QTest::newRow("continues the round") << "A1 A2 P1 P2" << 2 << 2 << "A1 P1 P2 A2";
        QTest::newRow("empty lane is skipped") << "A1 A2 A3" << 3 << 0 << "A1 A2 A3";
        QTest::newRow("green with ratios") << "A1 P1 G2" << 2 << 1 << "G2 P1 A1";
        QTest::newRow("nothing waiting") << "" << 1 << 0 << "";
    }

    void order()
    {
        QFETCH(QString, waiting);
        QFETCH(int, priorityRatio);
        QFETCH(int, callsSoFar);
        QFETCH(QString, expected);
        const QList<core::Lane> lanes{
            {QStringLiteral("green"), QStringLiteral("G"), QStringLiteral("Green"), 1},
            {QStringLiteral("priority"), QStringLiteral("P"), QStringLiteral("Priority"), priorityRatio},
            {QStringLiteral("normal"), QStringLiteral("A"), QStringLiteral("Normal"), 1}};
        QStringList labels;
        for (const store::Ticket &ticket : checkin::callOrder(tickets(waiting), lanes, callsSoFar))
            labels << ticket.label;
        QCOMPARE(labels.join(QLatin1Char(' ')), expected);
    }

    // The counted position agrees with the full order for many random queues.
    void countedPositionMatchesTheOrder()
    {
        const QList<core::Lane> lanes{
            {QStringLiteral("green"), QStringLiteral("G"), QStringLiteral("Green"), 1},
            {QStringLiteral("priority"), QStringLiteral("P"), QStringLiteral("Priority"), 3},
            {QStringLiteral("normal"), QStringLiteral("A"), QStringLiteral("Normal"), 2}};
        QRandomGenerator random(20261122); // fixed seed: the same queues every run
        for (int round = 0; round < 300; ++round) {
            QStringList labels;
            QHash<QString, int> perLane;
            for (const char *prefix : {"G", "P", "A"}) {
                const int n = int(random.bounded(6));
                for (int i = 1; i <= n; ++i)
                    labels << QString::fromLatin1(prefix) + QString::number(i * 2 + int(random.bounded(2)));
            }
            const QList<store::Ticket> waiting = tickets(labels.join(QLatin1Char(' ')));
            for (const store::Ticket &t : waiting)
                ++perLane[t.lane];
            const int calls = int(random.bounded(10));
            const QList<store::Ticket> order = checkin::callOrder(waiting, lanes, calls);
            for (int position = 0; position < order.size(); ++position) {
                const store::Ticket &t = order.at(position);
                int before = 0;
                for (const store::Ticket &other : waiting)
                    if (other.lane == t.lane && other.number < t.number)
                        ++before;
                QCOMPARE(checkin::peopleAhead(t.lane, before, perLane, lanes, calls), position);
            }
        }
    }

    // A lane marked strict (e.g. 长者 for the elderly) is served right after the green channel,
    // before the ratio round; the counted position agrees.
    void aStrictLaneComesBeforeTheRound()
    {
        core::Lane priority{QStringLiteral("priority"), QStringLiteral("P"), QStringLiteral("Priority"), 1};
        priority.strict = true;
        const QList<core::Lane> lanes{
            {QStringLiteral("green"), QStringLiteral("G"), QStringLiteral("Green"), 1},
            priority,
            {QStringLiteral("normal"), QStringLiteral("A"), QStringLiteral("Normal"), 1}};
        const QList<store::Ticket> waiting = tickets(QStringLiteral("A1 P2 A3 G4 P5"));
        QStringList labels;
        for (const store::Ticket &ticket : checkin::callOrder(waiting, lanes, 0))
            labels << ticket.label;
        QCOMPARE(labels.join(QLatin1Char(' ')), QStringLiteral("G4 P2 P5 A1 A3"));
        const QHash<QString, int> perLane{
            {QStringLiteral("green"), 1}, {QStringLiteral("priority"), 2}, {QStringLiteral("normal"), 2}};
        QCOMPARE(checkin::peopleAhead(QStringLiteral("priority"), 1, perLane, lanes, 0), 2);
        QCOMPARE(checkin::peopleAhead(QStringLiteral("normal"), 0, perLane, lanes, 0), 3);
    }

    void laneRestartsAtItsOwnTime_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QTime>("venueReset");
        QTest::addColumn<QTime>("laneReset");
        QTest::addColumn<QDateTime>("restart");
        const QDate day(2026, 11, 23);
        QTest::newRow("no time of its own")
            << QDateTime(day, QTime(14, 0)) << QTime(0, 0) << QTime() << QDateTime();
        QTest::newRow("before its time: with the day")
            << QDateTime(day, QTime(12, 59)) << QTime(0, 0) << QTime(13, 0) << QDateTime();
        QTest::newRow("after its time")
            << QDateTime(day, QTime(13, 0)) << QTime(0, 0) << QTime(13, 0) << QDateTime(day, QTime(13, 0));
        QTest::newRow("same as the venue's: nothing extra")
            << QDateTime(day, QTime(9, 0)) << QTime(4, 0) << QTime(4, 0) << QDateTime();
        QTest::newRow("past midnight, day from 04:00, lane from 22:00")
            << QDateTime(day, QTime(1, 0)) << QTime(4, 0) << QTime(22, 0)
            << QDateTime(day.addDays(-1), QTime(22, 0));
        QTest::newRow("lane time before the day's start")
            << QDateTime(day, QTime(9, 0)) << QTime(4, 0) << QTime(2, 0) << QDateTime();
    }

    void laneRestartsAtItsOwnTime()
    {
        QFETCH(QDateTime, now);
        QFETCH(QTime, venueReset);
        QFETCH(QTime, laneReset);
        QFETCH(QDateTime, restart);
        const QDate day = checkin::serviceDay(now, venueReset);
        QCOMPARE(checkin::laneRestart(now, day, venueReset, laneReset), restart);
    }

    void serviceDayFollowsTheResetTime_data()
    {
        QTest::addColumn<QTime>("now");
        QTest::addColumn<QTime>("reset");
        QTest::addColumn<int>("dayOffset");
        QTest::newRow("midnight reset, morning") << QTime(8, 0) << QTime(0, 0) << 0;
        QTest::newRow("04:00 reset, 02:30") << QTime(2, 30) << QTime(4, 0) << -1;
        QTest::newRow("04:00 reset, 04:00") << QTime(4, 0) << QTime(4, 0) << 0;
        QTest::newRow("invalid reset means midnight") << QTime(0, 10) << QTime() << 0;
    }

    void serviceDayFollowsTheResetTime()
    {
        QFETCH(QTime, now);
        QFETCH(QTime, reset);
        QFETCH(int, dayOffset);
        const QDate day(2026, 11, 23);
        QCOMPARE(checkin::serviceDay(QDateTime(day, now), reset), day.addDays(dayOffset));
    }
};

QTEST_GUILESS_MAIN(TestQueuePolicy)
#include "tst_queuepolicy.moc"
