#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// Experts import and the draw through the real appraisal-admin binary, as an auditor's script uses them.
class TestRoutingCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList dataDir() const { return {QStringLiteral("--data-dir"), m_dir.path()}; }
    static CliRun admin(const QStringList &arguments)
    {
        return runProgram(QStringLiteral("appraisal-admin"), arguments);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(admin(QStringList{QStringLiteral("demo"), QStringLiteral("load")} + dataDir()).exitCode, 0);
    }

    void expertsImportReportsBadRowsByLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("experts.csv"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("expert_id,name,specialties,employer,title,on_duty\n"
                  "E201,周明,neurology;surgery,广州市第二人民医院,主任医师,yes\n"
                  "E202,,neurology,某医院,主任医师,yes\n"
                  "E203,吴华,brains,某医院,主任医师,yes\n"
                  "E204,郭芳,orthopaedics,某医院,副主任医师,no\n");
        csv.close();
        const CliRun run = admin(QStringList{QStringLiteral("experts"), QStringLiteral("import"), path} +
                                 dataDir() + QStringList{QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("imported")).toInt(), 2);
        const QJsonArray rejected = run.json().value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected.at(0)[QStringLiteral("line")].toInt(), 3);
        QCOMPARE(rejected.at(1)[QStringLiteral("line")].toInt(), 4);
        QVERIFY(rejected.at(1)[QStringLiteral("reason")].toString().contains(QStringLiteral("brains")));
    }

    // JD2026-0003's employer is E103's employer: E103 is excluded and never drawn.
    void drawSimulateCountsAndShowsTheExclusions()
    {
        const CliRun run =
            admin(QStringList{QStringLiteral("draw"), QStringLiteral("simulate")} + dataDir() +
                  QStringList{QStringLiteral("--case"), QStringLiteral("JD2026-0003"),
                              QStringLiteral("--runs"), QStringLiteral("3000"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("runs")).toInt(), 3000);
        QCOMPARE(json.value(QStringLiteral("same_expert_twice")).toInt(), 0);
        const QJsonArray excluded = json.value(QStringLiteral("excluded")).toArray();
        QCOMPARE(excluded.size(), 1);
        QCOMPARE(excluded.at(0)[QStringLiteral("expert")].toString(), QStringLiteral("E103"));
        QVERIFY(!excluded.at(0)[QStringLiteral("reason")].toString().isEmpty());
        const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
        QVERIFY(!counts.contains(QStringLiteral("E103")));
        int exams = 0, reviews = 0;
        for (const QString &expert : counts.keys()) {
            exams += counts.value(expert)[QStringLiteral("exam")].toInt();
            reviews += counts.value(expert)[QStringLiteral("review")].toInt();
        }
        QCOMPARE(exams, 6000);
        QCOMPARE(reviews, 3000);
        // Nothing was recorded: the case can still get its real draw.
        const CliRun drawn = admin(
            QStringList{QStringLiteral("draw"), QStringLiteral("make")} + dataDir() +
            QStringList{QStringLiteral("--case"), QStringLiteral("JD2026-0003"), QStringLiteral("--json")});
        QCOMPARE(drawn.exitCode, 0);
        QCOMPARE(drawn.json().value(QStringLiteral("examiners")).toArray().size(), 2);
    }

    // Declared conflicts join the recusal: with the person (by ID number) and with an employer.
    void declaredConflictsExcludeTheExpert()
    {
        const QString idNumber = QStringLiteral("440104199705196327"); // JD2026-0003 in the demo roster
        QCOMPARE(admin(QStringList{QStringLiteral("experts"), QStringLiteral("conflict")} + dataDir() +
                       QStringList{QStringLiteral("--expert"), QStringLiteral("E104"),
                                   QStringLiteral("--id-number"), idNumber, QStringLiteral("--note"),
                                   QStringLiteral("neighbour")})
                     .exitCode,
                 0);
        QCOMPARE(
            admin(QStringList{QStringLiteral("experts"), QStringLiteral("conflict")} + dataDir() +
                  QStringList{QStringLiteral("--expert"), QStringLiteral("E109"),
                              QStringLiteral("--employer"), QStringLiteral("广州市华南机械制造有限公司")})
                .exitCode,
            0);
        QCOMPARE(admin(QStringList{QStringLiteral("experts"), QStringLiteral("conflict")} + dataDir() +
                       QStringList{QStringLiteral("--expert"), QStringLiteral("E999"),
                                   QStringLiteral("--employer"), QStringLiteral("X")})
                     .exitCode,
                 1);
        const CliRun run =
            admin(QStringList{QStringLiteral("draw"), QStringLiteral("simulate")} + dataDir() +
                  QStringList{QStringLiteral("--case"), QStringLiteral("JD2026-0003"),
                              QStringLiteral("--runs"), QStringLiteral("10"), QStringLiteral("--json")});
        // E103 (employer), E104 (person) and E109 (employer) out: too few neurologists remain.
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("JD2026-0003"), run.err.constData());
    }

    void badArgumentsAndUnknownCases()
    {
        QCOMPARE(admin(QStringList{QStringLiteral("draw"), QStringLiteral("simulate")} + dataDir() +
                       QStringList{QStringLiteral("--case"), QStringLiteral("JD2026-0003")})
                     .exitCode,
                 2);
        const CliRun unknown =
            admin(QStringList{QStringLiteral("draw"), QStringLiteral("simulate")} + dataDir() +
                  QStringList{QStringLiteral("--case"), QStringLiteral("NOPE"), QStringLiteral("--runs"),
                              QStringLiteral("5")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("NOPE"));
    }
};

QTEST_GUILESS_MAIN(TestRoutingCli)
#include "tst_routingcli.moc"
