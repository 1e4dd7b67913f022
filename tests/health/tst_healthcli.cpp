// appraisal-admin health as a monitoring script runs it: the exact JSON and exit codes 0/1/2.
#include "clirunner.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestHealthCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString station() const { return m_dir.filePath(QStringLiteral("station")); }
    static CliRun admin(const QStringList &arguments)
    {
        return runProgram(QStringLiteral("appraisal-admin"), arguments);
    }
    CliRun health() const
    {
        return admin(
            {QStringLiteral("health"), QStringLiteral("--data-dir"), station(), QStringLiteral("--json")});
    }
    void setting(const QString &key, const QString &value) const
    {
        const CliRun run = admin({QStringLiteral("settings"), QStringLiteral("set"), key, value,
                                  QStringLiteral("--data-dir"), station()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    static QStringList names(const QJsonObject &json)
    {
        QStringList names;
        for (const QJsonValue &check : json.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject object = check.toObject();
            // Exactly these four fields, each a string.
            if (object.keys() != QStringList{QStringLiteral("advice"), QStringLiteral("level"),
                                             QStringLiteral("name"), QStringLiteral("value")})
                return {};
            names << object.value(QStringLiteral("name")).toString();
        }
        return names;
    }

private slots:
    void initTestCase()
    {
        qputenv("APPRAISAL_KEY_FILE", m_dir.filePath(QStringLiteral("data.key")).toLocal8Bit());
    }

    void emptyFolderIsCritical()
    {
        const CliRun run = admin({QStringLiteral("health"), QStringLiteral("--data-dir"),
                                  m_dir.filePath(QStringLiteral("nothing")), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        const QJsonObject json = run.json();
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("checks"), QStringLiteral("level")}));
        QCOMPARE(json.value(QStringLiteral("level")).toString(), QStringLiteral("critical"));
        QCOMPARE(names(json), (QStringList{QStringLiteral("disk_space"), QStringLiteral("database_size"),
                                           QStringLiteral("keychain")}));
    }

    void exitCodeFollowsTheWorstLevel()
    {
        CliRun setup = admin({QStringLiteral("venue"), QStringLiteral("setup"), QStringLiteral("--id"),
                              QStringLiteral("V-HEALTH"), QStringLiteral("--name"),
                              QStringLiteral("Health venue"), QStringLiteral("--data-dir"), station()});
        QVERIFY2(setup.exitCode == 0, setup.err.constData());
        // This machine's disk must not decide the test.
        setting(QStringLiteral("health.disk_warn_mb"), QStringLiteral("0"));
        setting(QStringLiteral("health.disk_critical_mb"), QStringLiteral("0"));

        CliRun run = health(); // records and no backup yet: a warning
        QJsonObject json = run.json();
        QCOMPARE(names(json), (QStringList{QStringLiteral("disk_space"), QStringLiteral("database_size"),
                                           QStringLiteral("wal_size"), QStringLiteral("backup_age"),
                                           QStringLiteral("sync_lag"), QStringLiteral("sync_error"),
                                           QStringLiteral("quarantined"), QStringLiteral("hub_link"),
                                           QStringLiteral("card_reader"), QStringLiteral("printer_ticket"),
                                           QStringLiteral("printer_receipt"), QStringLiteral("clock_drift"),
                                           QStringLiteral("keychain"), QStringLiteral("overdue_cases")}));
        QCOMPARE(json.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
        QCOMPARE(run.exitCode, 1);

        const CliRun backup = admin(
            {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--data-dir"), station()});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        run = health();
        QCOMPARE(run.json().value(QStringLiteral("level")).toString(), QStringLiteral("ok"));
        QCOMPARE(run.exitCode, 0);

        setting(QStringLiteral("health.database_critical_mb"), QStringLiteral("0"));
        run = health();
        QCOMPARE(run.json().value(QStringLiteral("level")).toString(), QStringLiteral("critical"));
        QCOMPARE(run.exitCode, 2);

        // Without --json: one line per check, the same exit code.
        const CliRun text = admin({QStringLiteral("health"), QStringLiteral("--data-dir"), station()});
        QCOMPARE(text.exitCode, 2);
        QVERIFY(text.out.contains("database_size"));
    }

    void helpNamesTheExitCodes()
    {
        const CliRun run = admin({QStringLiteral("health"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("0 ok, 1 warning, 2 critical"));
    }
};

QTEST_GUILESS_MAIN(TestHealthCli)
#include "tst_healthcli.moc"
