#include "clirunner.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// The grading commands as an admin's script or an outside check calls them.
class TestGradingCli : public QObject
{
    Q_OBJECT

    static CliRun admin(const QStringList &arguments)
    {
        return runProgram(QStringLiteral("appraisal-admin"), arguments);
    }

private slots:
    void grade_data()
    {
        QTest::addColumn<QString>("grades");
        QTest::addColumn<int>("expected");
        QTest::newRow("7,7,5") << QStringLiteral("7,7,5") << 5;
        QTest::newRow("7,7") << QStringLiteral("7,7") << 6;
        QTest::newRow("7,7,7") << QStringLiteral("7,7,7") << 6;
        QTest::newRow("1,1") << QStringLiteral("1,1") << 1;
    }
    void grade()
    {
        QFETCH(QString, grades);
        QFETCH(int, expected);
        const CliRun run =
            admin({QStringLiteral("grade"), QStringLiteral("--grades"), grades, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json(), (QJsonObject{{QStringLiteral("grade"), expected}}));
    }

    void selfCare_data()
    {
        QTest::addColumn<QString>("needsHelp");
        QTest::addColumn<QString>("level");
        QTest::newRow("all five") << QStringLiteral("eating,turning,toileting,dressing,moving")
                                  << QStringLiteral("complete");
        QTest::newRow("three") << QStringLiteral("eating,turning,toileting") << QStringLiteral("most");
        QTest::newRow("one") << QStringLiteral("moving") << QStringLiteral("partial");
        QTest::newRow("none") << QString() << QStringLiteral("none");
    }
    void selfCare()
    {
        QFETCH(QString, needsHelp);
        QFETCH(QString, level);
        const CliRun run = admin({QStringLiteral("selfcare"), QStringLiteral("--needs-help"), needsHelp,
                                  QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json(), (QJsonObject{{QStringLiteral("level"), level}}));
    }

    void badInputSaysWhat()
    {
        const CliRun grade =
            admin({QStringLiteral("grade"), QStringLiteral("--grades"), QStringLiteral("7,12")});
        QCOMPARE(grade.exitCode, 1);
        QVERIFY(grade.err.contains("12"));
        QCOMPARE(admin({QStringLiteral("grade")}).exitCode, 2);
        const CliRun care =
            admin({QStringLiteral("selfcare"), QStringLiteral("--needs-help"), QStringLiteral("flying")});
        QCOMPARE(care.exitCode, 1);
        QVERIFY(care.err.contains("flying"));
    }

    // --clauses resolves through the station's catalog (the demo loads the sample).
    void gradeFromClauses()
    {
        QTemporaryDir dir;
        const QStringList dataDir{QStringLiteral("--data-dir"), dir.path()};
        QCOMPARE(admin(QStringList{QStringLiteral("demo"), QStringLiteral("load")} + dataDir).exitCode, 0);
        const CliRun run =
            admin(QStringList{QStringLiteral("grade"), QStringLiteral("--clauses"),
                              QStringLiteral("5.7.2(36),5.7.2(5),5.9.2(3)"), QStringLiteral("--json")} +
                  dataDir);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("grade")).toInt(), 6);
        QCOMPARE(run.json().value(QStringLiteral("clauses")).toArray().size(), 3);
        const CliRun unknown = admin(
            QStringList{QStringLiteral("grade"), QStringLiteral("--clauses"), QStringLiteral("5.7.2(63)")} +
            dataDir);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("5.7.2(63)"));
        const CliRun search = admin(QStringList{QStringLiteral("catalog"), QStringLiteral("search"),
                                                QStringLiteral("肘关节以上"), QStringLiteral("--json")} +
                                    dataDir);
        QCOMPARE(search.exitCode, 0);
        QVERIFY(search.json().value(QStringLiteral("clauses")).toArray().size() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestGradingCli)
#include "tst_gradingcli.moc"
