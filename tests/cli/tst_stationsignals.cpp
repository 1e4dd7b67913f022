#include "clirunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// A PC shutting down or a session ending sends the station SIGTERM (SIGHUP when its terminal
// goes): it ends as if closed, with exit code 0, instead of being killed mid-way (before, the
// default action killed it, and the backup at closing time never ran).
class TestStationSignals : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const CliRun load =
            runProgram(QStringLiteral("appraisal-admin"), {QStringLiteral("demo"), QStringLiteral("load"),
                                                           QStringLiteral("--data-dir"), m_dir.path()});
        QVERIFY2(load.exitCode == 0, load.err.constData());
    }

    void endsCleanlyOnASignal_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }

    void endsCleanlyOnASignal()
    {
        QFETCH(int, signalNumber);
        QProcess station;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        station.setProcessEnvironment(environment);
        station.start(qEnvironmentVariable("APPRAISAL_BIN_DIR") + QStringLiteral("/appraisal-station"),
                      {QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--startup-probe")});
        QVERIFY(station.waitForStarted(30000));
        // Up, with the database open and the services started behind the login window.
        QByteArray trace;
        QElapsedTimer waited;
        waited.start();
        while (!trace.contains("services (after it)") && waited.elapsed() < 60000 &&
               station.state() == QProcess::Running) {
            station.waitForReadyRead(200);
            trace += station.readAllStandardError();
        }
        QVERIFY2(trace.contains("services (after it)"), trace.constData());
        QCOMPARE(::kill(pid_t(station.processId()), signalNumber), 0);
        QVERIFY2(station.waitForFinished(30000), "the station did not end");
        QCOMPARE(station.exitStatus(), QProcess::NormalExit);
        QCOMPARE(station.exitCode(), 0);
        // The station database is whole and checks.
        const CliRun check =
            runProgram(QStringLiteral("appraisal-admin"), {QStringLiteral("db"), QStringLiteral("check"),
                                                           QStringLiteral("--data-dir"), m_dir.path()});
        QVERIFY2(check.exitCode == 0, check.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestStationSignals)
#include "tst_stationsignals.moc"
