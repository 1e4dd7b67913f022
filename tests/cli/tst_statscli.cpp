#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

namespace {

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList split(const char *commaSeparated)
{
    QStringList keys = QString::fromLatin1(commaSeparated).split(QLatin1Char(','));
    keys.sort();
    return keys;
}

} // namespace

// `appraisal-admin stats`: the exact JSON contract of issue 23 on a fresh venue (zeros) and after a
// simulated day, the text output, and the refusals of bad dates.
class TestStatsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CliRun admin(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runProgram(QStringLiteral("appraisal-admin"),
                          arguments + QStringList{QStringLiteral("--data-dir"), m_dir.path()}, input);
    }
    static QStringList words(const QString &text) { return text.split(QLatin1Char(' ')); }
    static QString today() { return QDate::currentDate().toString(Qt::ISODate); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aFreshVenueGivesZeros()
    {
        CliRun run = admin(words(QStringLiteral("venue setup --id SZ-01 --name 深圳鉴定场所")));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = admin(words(QStringLiteral("stats --from 2026-12-01 --to 2026-12-31 --json")));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(sortedKeys(json), split("from,to,arrived,concluded,no_show,withdrawn,walk_ins,wait_minutes,"
                                         "by_type,by_grade,time_limits,experts"));
        QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2026-12-01"));
        QCOMPARE(json.value(QStringLiteral("to")).toString(), QStringLiteral("2026-12-31"));
        for (const char *key : {"arrived", "concluded", "no_show", "withdrawn", "walk_ins"})
            QCOMPARE(json.value(QLatin1String(key)).toInt(-1), 0);
        QCOMPARE(sortedKeys(json.value(QStringLiteral("wait_minutes")).toObject()), split("p50,p90"));
        QCOMPARE(sortedKeys(json.value(QStringLiteral("by_grade")).toObject()),
                 split("1,2,3,4,5,6,7,8,9,10,none"));
        QCOMPARE(sortedKeys(json.value(QStringLiteral("by_type")).toObject()),
                 split("work_injury,occupational_disease,illness,review,reappraisal"));
        QCOMPARE(sortedKeys(json.value(QStringLiteral("time_limits")).toObject()),
                 split("on_time,extended,overdue,delivered_on_time,delivered_late"));
        QCOMPARE(json.value(QStringLiteral("experts")).toArray().size(), 0);
    }

    void badDatesAreRefusedWithWhatToWrite_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no month 13") << QStringLiteral("--from 2026-13-01 --to 2026-12-31") << "YYYY-MM-DD";
        QTest::newRow("no 30 February")
            << QStringLiteral("--from 2026-02-30 --to 2026-03-31") << "2026-02-30";
        QTest::newRow("no other format") << QStringLiteral("--from 20261201 --to 2026-12-31") << "YYYY-MM-DD";
        QTest::newRow("wrong way round") << QStringLiteral("--from 2026-12-31 --to 2026-12-01") << "earlier";
        QTest::newRow("missing --to") << QStringLiteral("--from 2026-12-01") << "--to";
    }

    void badDatesAreRefusedWithWhatToWrite()
    {
        QFETCH(QString, arguments);
        QFETCH(QString, message);
        const CliRun run = admin(QStringList{QStringLiteral("stats")} + words(arguments));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void aSimulatedDay()
    {
        QTemporaryDir other;
        const QStringList dataDir{QStringLiteral("--data-dir"), other.path()};
        CliRun run =
            runProgram(QStringLiteral("appraisal-admin"), words(QStringLiteral("demo load")) + dataDir);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runProgram(QStringLiteral("appraisal-admin"),
                         words(QStringLiteral("demo simulate --cases 3")) + dataDir);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList range{QStringLiteral("stats"), QStringLiteral("--from"), today(),
                                QStringLiteral("--to"), today()};
        run = runProgram(QStringLiteral("appraisal-admin"),
                         range + QStringList{QStringLiteral("--json")} + dataDir);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("arrived")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("concluded")).toInt(), 3);
        int graded = 0;
        const QJsonObject grades = json.value(QStringLiteral("by_grade")).toObject();
        for (auto it = grades.constBegin(); it != grades.constEnd(); ++it)
            graded += it.value().toInt();
        QCOMPARE(graded, 3);
        int exams = 0;
        int reviews = 0;
        for (const QJsonValue &value : json.value(QStringLiteral("experts")).toArray()) {
            const QJsonObject expert = value.toObject();
            QCOMPARE(sortedKeys(expert), split("expert,exams,reviews,agreement_same,agreement_one_apart,"
                                               "agreement_more,grade_changed_by_review,matches_conclusion,"
                                               "median_exam_minutes"));
            QVERIFY(expert.value(QStringLiteral("expert")).toString().startsWith(QLatin1Char('E')));
            exams += expert.value(QStringLiteral("exams")).toInt();
            reviews += expert.value(QStringLiteral("reviews")).toInt();
            // The simulation's reviewer agrees with the first opinion, and both examiners grade alike.
            if (expert.value(QStringLiteral("exams")).toInt() > 0) {
                QCOMPARE(expert.value(QStringLiteral("matches_conclusion")).toDouble(), 1.0);
                QCOMPARE(expert.value(QStringLiteral("agreement_same")).toInt(),
                         expert.value(QStringLiteral("exams")).toInt());
            }
        }
        QCOMPARE(exams, 6);
        QCOMPARE(reviews, 3);
        run = runProgram(QStringLiteral("appraisal-admin"), range + dataDir);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("arrived 3, concluded 3"), run.out.constData());
    }

    void helpNamesEveryField()
    {
        const CliRun run = admin(words(QStringLiteral("stats --help")));
        QCOMPARE(run.exitCode, 0);
        for (const char *field : {"on_time", "extended", "overdue", "delivered_on_time", "delivered_late",
                                  "grade_changed_by_review", "matches_conclusion", "median_exam_minutes"})
            QVERIFY2(run.out.contains(field), field);
    }
};

QTEST_GUILESS_MAIN(TestStatsCli)
#include "tst_statscli.moc"
