#include "statisticsperiod.h"
#include "testkey.h"

#include "statistics/reportformat.h"
#include "statistics/statisticsservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using statistics::ExpertNames;

namespace {

const statistics::ExpertLine *lineOf(const statistics::RangeReport &report, const QString &expert)
{
    for (const statistics::ExpertLine &line : report.experts)
        if (line.expert == expert)
            return &line;
    return nullptr;
}

} // namespace

// The statistics on a generated venue period with known answers: one scenario a day (see
// statisticsperiod.h), each day's report checked against what was done that day, then the period.
class TestStatistics : public QObject
{
    Q_OBJECT

    StatisticsPeriodStation m_period;

private slots:
    void initTestCase()
    {
        const QString error = m_period.build();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void aDayOfOneScenario_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QList<qint64>>("totals"); // arrived, concluded, no-show, withdrawn, walk-ins
        QTest::addColumn<double>("waitP50");
        QTest::addColumn<int>("grade");            // the conclusion's grade; -1: none concluded
        QTest::addColumn<QList<qint64>>("limits"); // on time, extended, overdue, delivered on time, late
        QTest::addColumn<QString>("agreement");    // same | one_apart | more | "" (no examination)
        QTest::addColumn<QList<bool>>("matches");  // examiner 1, examiner 2 match the conclusion
        QTest::addColumn<qint64>("changedByReview");
        QTest::addColumn<double>("examMinutes");

        QTest::newRow("same grade, on time")
            << QStringLiteral("same grade, on time, delivered in time") << QList<qint64>{1, 1, 0, 0, 0}
            << 20.0 << 7 << QList<qint64>{1, 0, 0, 1, 0} << QStringLiteral("same") << QList<bool>{true, true}
            << qint64(0) << 30.0;
        QTest::newRow("an extension, delivered late")
            << QStringLiteral("one apart, extended, delivered late") << QList<qint64>{1, 1, 0, 0, 0} << 35.0
            << 7 << QList<qint64>{0, 1, 0, 0, 1} << QStringLiteral("one_apart") << QList<bool>{true, false}
            << qint64(0) << 40.0;
        QTest::newRow("a review that changed the grade, concluded late")
            << QStringLiteral("more apart, review changed the grade, concluded late")
            << QList<qint64>{1, 1, 0, 0, 0} << 50.0 << 6 << QList<qint64>{0, 0, 1, 0, 1}
            << QStringLiteral("more") << QList<bool>{false, false} << qint64(1) << 50.0;
        QTest::newRow("a no-show") << QStringLiteral("no-show") << QList<qint64>{1, 0, 1, 0, 0} << 0.0 << -1
                                   << QList<qint64>{0, 0, 0, 0, 0} << QString() << QList<bool>{} << qint64(0)
                                   << 0.0;
        QTest::newRow("a walk-in") << QStringLiteral("walk-in") << QList<qint64>{0, 0, 0, 0, 1} << 0.0 << -1
                                   << QList<qint64>{0, 0, 0, 0, 0} << QString() << QList<bool>{} << qint64(0)
                                   << 0.0;
    }

    void aDayOfOneScenario()
    {
        QFETCH(QString, scenario);
        QFETCH(QList<qint64>, totals);
        QFETCH(double, waitP50);
        QFETCH(int, grade);
        QFETCH(QList<qint64>, limits);
        QFETCH(QString, agreement);
        QFETCH(QList<bool>, matches);
        QFETCH(qint64, changedByReview);
        QFETCH(double, examMinutes);
        const ScenarioOutcome outcome = m_period.period->outcomes().value(scenario);
        QVERIFY(outcome.day.isValid());
        const statistics::RangeReport report = statistics::StatisticsService(*m_period.database)
                                                   .range(outcome.day, outcome.day, ExpertNames::Shown);
        QCOMPARE((QList<qint64>{report.totals.arrived, report.totals.concluded, report.totals.noShow,
                                report.totals.withdrawn, report.totals.walkIns}),
                 totals);
        QCOMPARE(report.wait.p50, waitP50);
        QCOMPARE(report.wait.p90, waitP50);
        for (int g = 0; g <= 10; ++g)
            QCOMPARE(report.byGrade[g], qint64(g == grade ? 1 : 0));
        QCOMPARE(
            (QList<qint64>{report.timeLimits.onTime, report.timeLimits.extended, report.timeLimits.overdue,
                           report.timeLimits.deliveredOnTime, report.timeLimits.deliveredLate}),
            limits);
        if (agreement.isEmpty()) {
            QVERIFY(report.experts.isEmpty());
            return;
        }
        QCOMPARE(report.experts.size(), 3);
        for (int i = 0; i < 2; ++i) {
            const statistics::ExpertLine *line = lineOf(report, outcome.examiners.at(i));
            QVERIFY(line);
            QVERIFY(!line->name.isEmpty());
            QCOMPARE(line->exams, qint64(1));
            QCOMPARE(line->reviews, qint64(0));
            QCOMPARE(line->agreementSame, qint64(agreement == QLatin1String("same")));
            QCOMPARE(line->agreementOneApart, qint64(agreement == QLatin1String("one_apart")));
            QCOMPARE(line->agreementMore, qint64(agreement == QLatin1String("more")));
            QCOMPARE(line->matchesConclusion.value_or(-1), matches.at(i) ? 1.0 : 0.0);
            QCOMPARE(line->medianExamMinutes.value_or(-1), examMinutes);
        }
        const statistics::ExpertLine *reviewer = lineOf(report, outcome.reviewer);
        QVERIFY(reviewer);
        QCOMPARE(reviewer->reviews, qint64(1));
        QCOMPARE(reviewer->exams, qint64(0));
        QVERIFY(!reviewer->matchesConclusion);
        QCOMPARE(reviewer->gradeChangedByReview, changedByReview);
    }

    void theWholePeriod()
    {
        const QDate from = StatisticsPeriod::firstDay();
        const statistics::RangeReport report = statistics::StatisticsService(*m_period.database)
                                                   .range(from, from.addDays(30), ExpertNames::Shown);
        QCOMPARE(report.totals.arrived, qint64(4));
        QCOMPARE(report.totals.concluded, qint64(3));
        QCOMPARE(report.totals.noShow, qint64(1));
        QCOMPARE(report.totals.walkIns, qint64(1));
        // Waits of 20, 35 and 50 minutes (the no-show was never called): nearest rank.
        QCOMPARE(report.wait.count, qint64(3));
        QCOMPARE(report.wait.p50, 35.0);
        QCOMPARE(report.wait.p90, 50.0);
        QCOMPARE(report.byGrade[7], qint64(2));
        QCOMPARE(report.byGrade[6], qint64(1));
        qint64 exams = 0;
        qint64 reviews = 0;
        for (const statistics::ExpertLine &line : report.experts) {
            exams += line.exams;
            reviews += line.reviews;
        }
        QCOMPARE(exams, qint64(6));
        QCOMPARE(reviews, qint64(3));
        // Four arrivals a day apart, all orthopaedics; the synthetic cases are work-injury cases.
        qint64 perDay = 0;
        for (const store::DayTypeCount &row : report.perDay) {
            QCOMPARE(row.specialty, QStringLiteral("orthopaedics"));
            perDay += row.count;
        }
        QCOMPARE(perDay, qint64(4));
        QCOMPARE(report.byType.size(), 1);
        QCOMPARE(report.byType.first().count, qint64(4));
        QCOMPARE(report.walkInDecisions.size(), 1);
        QCOMPARE(report.walkInDecisions.first().key, QStringLiteral("pending"));
        bool noShowReason = false;
        for (const store::SignOutCount &row : report.signOuts)
            noShowReason |=
                row.ending == QLatin1String("no_show") && row.reason == QStringLiteral("叫号三次未到");
        QVERIFY(noShowReason);
        qint64 selfCare = 0;
        for (const store::KeyCount &row : report.selfCare)
            selfCare += row.count;
        QCOMPARE(selfCare, qint64(3));

        const QJsonObject json = statistics::toJson(report);
        QCOMPARE(json.keys(),
                 QStringLiteral(
                     "arrived,by_grade,by_type,concluded,experts,from,no_show,time_limits,to,wait_minutes,"
                     "walk_ins,withdrawn")
                     .split(QLatin1Char(',')));
        QCOMPARE(json.value(QStringLiteral("by_grade")).toObject().value(QStringLiteral("7")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("by_grade")).toObject().value(QStringLiteral("none")).toInt(), 0);
        QCOMPARE(
            json.value(QStringLiteral("time_limits")).toObject().value(QStringLiteral("overdue")).toInt(), 1);
    }

    void othersSeeTheExpertsAnonymised()
    {
        const QDate from = StatisticsPeriod::firstDay();
        QCOMPARE(statistics::expertNamesFor(core::Role::VenueAdmin), ExpertNames::Shown);
        QCOMPARE(statistics::expertNamesFor(core::Role::Clerk), ExpertNames::Anonymised);
        const statistics::RangeReport named = statistics::StatisticsService(*m_period.database)
                                                  .range(from, from.addDays(30), ExpertNames::Shown);
        const statistics::RangeReport anonymous = statistics::StatisticsService(*m_period.database)
                                                      .range(from, from.addDays(30), ExpertNames::Anonymised);
        QCOMPARE(anonymous.experts.size(), named.experts.size());
        for (int i = 0; i < anonymous.experts.size(); ++i) {
            const statistics::ExpertLine &line = anonymous.experts.at(i);
            QCOMPARE(line.expert, QStringLiteral("Expert %1").arg(i + 1));
            QVERIFY(line.name.isEmpty());
            if (i > 0)
                QVERIFY(anonymous.experts.at(i - 1).exams >= line.exams);
        }
        const QByteArray text = QJsonDocument(statistics::toJson(anonymous)).toJson();
        for (const statistics::ExpertLine &line : named.experts) {
            QVERIFY(!text.contains(line.expert.toUtf8()));
            QVERIFY(!text.contains(line.name.toUtf8()));
        }
    }

    void todayLive()
    {
        // Back on the day of the first scenario: its examinations are finished, nothing waits.
        const QDate day = StatisticsPeriod::firstDay();
        m_period.clock.set(QDateTime(day, QTime(17, 0)));
        const statistics::LiveReport live = statistics::StatisticsService(*m_period.database).today();
        QCOMPARE(live.day, day);
        QCOMPARE(live.arrived, qint64(1));
        QCOMPARE(live.concluded, qint64(1));
        QCOMPARE(live.noShows, qint64(0));
        QCOMPARE(live.arrivalsByHour.size(), 1);
        QCOMPARE(live.arrivalsByHour.first().key, QStringLiteral("08"));
        QCOMPARE(live.wait.p50, 20.0);
        QCOMPARE(live.rooms.size(), 4);
        qint64 exams = 0;
        for (const statistics::RoomLine &room : live.rooms) {
            QCOMPARE(room.state, QStringLiteral("idle"));
            exams += room.exams;
            if (room.exams > 0)
                QCOMPARE(room.medianExamMinutes.value_or(-1), 30.0);
        }
        QCOMPARE(exams, qint64(2));
        qint64 waiting = 0;
        for (const store::KeyCount &lane : live.waitingByLane)
            waiting += lane.count;
        QCOMPARE(waiting, qint64(0));
    }

    void anEmptyRangeAndAFreshVenueAreZeros()
    {
        const QDate later = StatisticsPeriod::firstDay().addYears(1);
        const statistics::RangeReport report = statistics::StatisticsService(*m_period.database)
                                                   .range(later, later.addDays(30), ExpertNames::Shown);
        QCOMPARE(report.totals.arrived, qint64(0));
        QCOMPARE(report.wait.p50, 0.0);
        QVERIFY(report.experts.isEmpty());
        const QJsonObject json = statistics::toJson(report);
        QCOMPARE(json.value(QStringLiteral("by_type")).toObject().size(), 5);
        QCOMPARE(json.value(QStringLiteral("by_grade")).toObject().size(), 11);
        // A range the wrong way round is empty, not an error.
        QCOMPARE(statistics::StatisticsService(*m_period.database)
                     .range(later, later.addDays(-1), ExpertNames::Shown)
                     .totals.arrived,
                 qint64(0));
    }

    void percentilesAreNearestRank_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("p50");
        QTest::addColumn<double>("p90");
        QTest::newRow("none") << QList<double>{} << 0.0 << 0.0;
        QTest::newRow("one") << QList<double>{4} << 4.0 << 4.0;
        QTest::newRow("two") << QList<double>{1, 9} << 1.0 << 9.0;
        QTest::newRow("ten") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 5.0 << 9.0;
    }

    void percentilesAreNearestRank()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, p50);
        QFETCH(double, p90);
        const statistics::Percentiles result = statistics::percentiles(values);
        QCOMPARE(result.p50, p50);
        QCOMPARE(result.p90, p90);
        QCOMPARE(result.count, qint64(values.size()));
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
