#include "clirunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// A simulated venue day and the clerk's conclusion printout, through appraisal-admin.
class TestExamCli : public QObject
{
    Q_OBJECT

    static CliRun admin(const QStringList &arguments)
    {
        return runProgram(QStringLiteral("appraisal-admin"), arguments);
    }

private slots:
    void simulatedDayConcludesCasesAndTheClerkPrintsThem()
    {
        QTemporaryDir dir;
        const QStringList dataDir{QStringLiteral("--data-dir"), dir.path()};
        // An empty data folder: the demo venue is loaded first.
        const CliRun day =
            admin(QStringList{QStringLiteral("demo"), QStringLiteral("simulate"), QStringLiteral("--cases"),
                              QStringLiteral("4"), QStringLiteral("--json")} +
                  dataDir);
        QCOMPARE(day.exitCode, 0);
        const QJsonArray concluded = day.json().value(QStringLiteral("concluded")).toArray();
        QCOMPARE(concluded.size(), 4);

        const QString pdf = dir.filePath(QStringLiteral("conclusion.pdf"));
        const CliRun printed =
            admin(QStringList{QStringLiteral("print"), QStringLiteral("conclusion"), QStringLiteral("--case"),
                              concluded.first().toString(), QStringLiteral("--pdf"), pdf} +
                  dataDir);
        QCOMPARE(printed.exitCode, 0);
        QVERIFY(QFileInfo(pdf).size() > 10000);
        // A case that was not concluded is refused.
        const CliRun refused =
            admin(QStringList{QStringLiteral("print"), QStringLiteral("conclusion"), QStringLiteral("--case"),
                              QStringLiteral("JD2026-0032"), QStringLiteral("--pdf"),
                              dir.filePath(QStringLiteral("x.pdf"))} +
                  dataDir);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("JD2026-0032"));
        QCOMPARE(admin(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + dataDir).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestExamCli)
#include "tst_examcli.moc"
