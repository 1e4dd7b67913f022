#include "testkey.h"

#include "grading/catalog.h"
#include "grading/grading.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace grading;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
QStringList keys(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << s(item);
    return list;
}
} // namespace

// Grading rules (domain.md §5) and the clause catalog.
class TestGrading : public QObject
{
    Q_OBJECT

    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0))};

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void combinesGrades_data()
    {
        QTest::addColumn<QList<int>>("grades");
        QTest::addColumn<int>("expected");
        QTest::newRow("one injury") << QList<int>{8} << 8;
        QTest::newRow("two equal raise one") << QList<int>{7, 7} << 6;
        QTest::newRow("three equal still one") << QList<int>{7, 7, 7} << 6;
        QTest::newRow("most severe decides") << QList<int>{5, 7, 7} << 5;
        QTest::newRow("order does not matter") << QList<int>{7, 5, 7} << 5;
        QTest::newRow("grade 1 cannot rise") << QList<int>{1, 1} << 1;
        QTest::newRow("two grade 2 give 1") << QList<int>{2, 2, 9} << 1;
        QTest::newRow("ten and ten") << QList<int>{10, 10} << 9;
    }
    void combinesGrades()
    {
        QFETCH(QList<int>, grades);
        QFETCH(int, expected);
        const auto combined = combineGrades(grades);
        QVERIFY2(combined.ok(), qPrintable(combined.error()));
        QCOMPARE(combined.value(), expected);
    }

    void refusesWhatIsNotAGrade_data()
    {
        QTest::addColumn<QList<int>>("grades");
        QTest::newRow("none") << QList<int>{};
        QTest::newRow("zero") << QList<int>{0, 5};
        QTest::newRow("eleven") << QList<int>{11};
    }
    void refusesWhatIsNotAGrade()
    {
        QFETCH(QList<int>, grades);
        QVERIFY(!combineGrades(grades).ok());
    }

    void selfCare_data()
    {
        QTest::addColumn<QStringList>("needsHelp");
        QTest::addColumn<QString>("level");
        QTest::newRow("none") << keys({}) << s("none");
        QTest::newRow("one") << keys({"eating"}) << s("partial");
        QTest::newRow("two") << keys({"eating", "moving"}) << s("partial");
        QTest::newRow("three") << keys({"eating", "turning", "toileting"}) << s("most");
        QTest::newRow("four, spaces and case")
            << keys({" Eating", "turning ", "toileting", "dressing"}) << s("most");
        QTest::newRow("five") << keys({"eating", "turning", "toileting", "dressing", "moving"})
                              << s("complete");
        QTest::newRow("a repeat counts once") << keys({"eating", "eating", "eating"}) << s("partial");
    }
    void selfCare()
    {
        QFETCH(QStringList, needsHelp);
        QFETCH(QString, level);
        const auto result = selfCareLevel(needsHelp);
        QVERIFY(result.ok());
        QCOMPARE(toKey(result.value()), level);
    }

    void unknownActivityIsNamed()
    {
        const auto result = selfCareLevel({QStringLiteral("eating"), QStringLiteral("flying")});
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(QStringLiteral("flying")));
    }

    void illness_data()
    {
        QTest::addColumn<QList<int>>("grades");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QString>("loss");
        QTest::newRow("grade 3") << QList<int>{3} << keys({"heart"}) << s("complete");
        QTest::newRow("grade 6") << QList<int>{6} << keys({"heart"}) << s("most");
        QTest::newRow("grade 7") << QList<int>{7} << keys({"heart"}) << s("none");
        QTest::newRow("three most, three categories")
            << QList<int>{5, 6, 6} << keys({"heart", "lung", "kidney"}) << s("complete");
        QTest::newRow("three most, two categories")
            << QList<int>{5, 6, 6} << keys({"heart", "lung", "lung"}) << s("most");
    }
    void illness()
    {
        QFETCH(QList<int>, grades);
        QFETCH(QStringList, categories);
        QFETCH(QString, loss);
        QList<QPair<int, QString>> conditions;
        for (qsizetype i = 0; i < grades.size(); ++i)
            conditions << qMakePair(grades.at(i), categories.at(i));
        QCOMPARE(toKey(illnessConclusion(conditions)), loss);
    }

    void sampleCatalogCoversEveryGradeAndGroupAndIsSearchable()
    {
        QTemporaryDir dir;
        auto db = store::Database::open(store::databasePath(dir.path()), m_clock, testDataKey()).database;
        QVERIFY(db);
        ClauseCatalog catalog(*db);
        const auto imported = catalog.importSample();
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QVERIFY(imported->rejected.isEmpty());
        QVERIFY(catalog.size() >= 40);
        QSet<int> grades;
        QSet<core::Specialty> groups;
        for (const Clause &clause : catalog.search(QStringLiteral("5."), 1000)) {
            grades.insert(clause.grade);
            groups.insert(clause.group);
        }
        QCOMPARE(grades.size(), 10);
        QCOMPARE(groups.size(), 5);

        QCOMPARE(catalog.find(QStringLiteral("5.7.2(36)"))->grade, 7);
        const QList<Clause> elbow = catalog.search(QStringLiteral("肘关节以上"));
        QVERIFY(elbow.size() >= 2);
        for (const Clause &clause : elbow)
            QVERIFY(clause.text.contains(QStringLiteral("肘关节以上")));
        QVERIFY(!catalog.search(QStringLiteral("缺失")).isEmpty()); // two characters: substring scan
        QCOMPARE(catalog.search(QStringLiteral("5.10.")).size(), 5);
        QVERIFY(catalog.search(QStringLiteral("\" OR 1")).isEmpty()); // FTS syntax stays literal
    }

    void importReportsBadEntriesAndKeepsTheRest()
    {
        QTemporaryDir dir;
        auto db = store::Database::open(store::databasePath(dir.path()), m_clock, testDataKey()).database;
        QVERIFY(db);
        ClauseCatalog catalog(*db);
        const QByteArray csv = "clause,grade,group,text\n"
                               "5.3.2(1),3,neurology,正式目录条款一\n"
                               "5.3.2(2),4,neurology,等级与条款号不符\n"
                               "7.1(2),3,neurology,不是条款号\n"
                               "5.8.2(9),8,dentistry,未知门类\n"
                               "5.9.2(4),9,surgery,\n"
                               "5.9.2(5),9,surgery,\"带引号, 和逗号的条款\"\n";
        const auto imported = catalog.import(csv, QStringLiteral("official.csv"));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported->imported, 2);
        QCOMPARE(imported->rejected.size(), 4);
        QCOMPARE(imported->rejected.at(0).first, 3); // CSV lines, header = 1
        QCOMPARE(imported->rejected.at(2).first, 5);
        QVERIFY(imported->rejected.at(2).second.contains(QStringLiteral("dentistry")));
        QCOMPARE(catalog.find(QStringLiteral("5.9.2(5)"))->text, QStringLiteral("带引号, 和逗号的条款"));
        // A newer version of a clause replaces the old text, and search follows it.
        QVERIFY(catalog
                    .import("{\"clauses\":[{\"clause\":\"5.3.2(1)\",\"grade\":3,\"group\":\"neurology\","
                            "\"text\":\"修订后的条款文字\"}]}",
                            QStringLiteral("update.json"))
                    .ok());
        QCOMPARE(catalog.find(QStringLiteral("5.3.2(1)"))->text, QStringLiteral("修订后的条款文字"));
        QCOMPARE(catalog.search(QStringLiteral("修订后")).size(), 1);
        QVERIFY(catalog.search(QStringLiteral("正式目录")).isEmpty());
        QVERIFY(!catalog.import("not,a,catalog\n1,2,3\n", QStringLiteral("bad.csv")).ok());
    }
};

QTEST_GUILESS_MAIN(TestGrading)
#include "tst_grading.moc"
