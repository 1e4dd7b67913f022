#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

// `appraisal-bench checkin --data-dir`: into a year scenario's folder (its station opened with its
// key, check-ins timed on its history), once a day; any other station's folder refused untouched.
class TestBenchCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return QDir(m_dir.path()).filePath(name); }
    // Each station its own key file: no keychain needed.
    void useKeyOf(const QString &station)
    {
        qputenv("APPRAISAL_KEY_FILE", QFile::encodeName(path(station + QStringLiteral(".key"))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    void anotherStationIsRefusedUntouched()
    {
        useKeyOf(QStringLiteral("venue"));
        const QString venue = path(QStringLiteral("venue"));
        const CliRun load =
            runProgram(QStringLiteral("appraisal-admin"),
                       {QStringLiteral("demo"), QStringLiteral("load"), QStringLiteral("--data-dir"), venue});
        QVERIFY2(load.exitCode == 0, load.err.constData());
        const QString database = QDir(venue).filePath(QStringLiteral("station.db"));
        const QByteArray before = digestOf(database);
        QVERIFY(!before.isEmpty());

        const CliRun bench =
            runProgram(QStringLiteral("appraisal-bench"),
                       {QStringLiteral("checkin"), QStringLiteral("--count"), QStringLiteral("5"),
                        QStringLiteral("--data-dir"), venue, QStringLiteral("--json")});
        QCOMPARE(bench.exitCode, 1);
        QVERIFY2(bench.json()
                     .value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("appraisal-bench year did not build")),
                 bench.out.constData());
        QCOMPARE(digestOf(database), before);
        QVERIFY(!QFile::exists(QDir(venue).filePath(QStringLiteral("station.db-wal"))) ||
                QFileInfo(QDir(venue).filePath(QStringLiteral("station.db-wal"))).size() == 0);
    }

    void aYearFolderTakesCheckInsOnceADay()
    {
        useKeyOf(QStringLiteral("year"));
        const QString year = path(QStringLiteral("year"));
        const CliRun built =
            runProgram(QStringLiteral("appraisal-bench"),
                       {QStringLiteral("year"), QStringLiteral("--days"), QStringLiteral("1"),
                        QStringLiteral("--cases-per-day"), QStringLiteral("3"), QStringLiteral("--data-dir"),
                        year, QStringLiteral("--json")});
        QVERIFY2(built.exitCode == 0, (built.out + built.err).constData());
        QVERIFY(QFile::exists(QDir(year).filePath(QStringLiteral("appraisal-bench-year.txt"))));
        const int casesBefore = built.json().value(QStringLiteral("cases")).toInt();
        QVERIFY(casesBefore > 0);

        const QStringList checkIn{QStringLiteral("checkin"),
                                  QStringLiteral("--count"),
                                  QStringLiteral("5"),
                                  QStringLiteral("--data-dir"),
                                  year,
                                  QStringLiteral("--json")};
        const CliRun timed = runProgram(QStringLiteral("appraisal-bench"), checkIn);
        QVERIFY2(timed.exitCode == 0, (timed.out + timed.err).constData());
        QCOMPARE(timed.json().value(QStringLiteral("count")).toInt(), 5);
        QVERIFY(timed.json().value(QStringLiteral("p95_ms")).toDouble() > 0);

        // The five are in that station, read with its key.
        const CliRun check = runProgram(QStringLiteral("appraisal-admin"),
                                        {QStringLiteral("db"), QStringLiteral("check"),
                                         QStringLiteral("--data-dir"), year, QStringLiteral("--json")});
        QVERIFY2(check.exitCode == 0, (check.out + check.err).constData());
        QVERIFY2(check.out.contains(QByteArray("\"cases\":") + QByteArray::number(casesBefore + 5)),
                 check.out.constData());

        // Again the same day: its people are checked in already, so it says so instead of timing reprints.
        const CliRun again = runProgram(QStringLiteral("appraisal-bench"), checkIn);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(
            again.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("today already")),
            again.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestBenchCli)
#include "tst_benchcli.moc"
