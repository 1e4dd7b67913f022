// Kill the process in the middle of an expert's edits: every edit the program acknowledged is in
// the draft afterwards, and the database is intact. The test binary is its own victim: run with
// --edit-child it opens the station and saves findings in a loop, printing "saved N" after each.
#include "drawncase.h"
#include "stationfixture.h"

#include "checkin/checkinservice.h"
#include "demo/demovenue.h"
#include "exam/opinionservice.h"
#include "routing/drawservice.h"
#include "store/auditlog.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

namespace {

const QString kCase = QStringLiteral("JD2026-0001");

accounts::Session expertSession(const QString &expertId)
{
    core::StaffAccount account;
    account.username = QStringLiteral("expert-") + expertId;
    account.role = core::Role::Expert;
    account.expertId = expertId;
    return {account};
}

// The victim: edits until killed. The data key arrives on stdin, never on the command line.
int runEditChild(const QString &dataDir, const QString &expertId)
{
    std::string keyLine;
    std::getline(std::cin, keyLine);
    const auto key = crypto::DataKey::fromRecoveryKey(QString::fromStdString(keyLine));
    if (!key)
        return 3;
    core::SystemClock clock;
    auto database = store::Database::open(store::databasePath(dataDir), clock, *key).database;
    if (!database)
        return 4;
    exam::OpinionService opinions(*database, forms::ExamTemplates::loadAll().value());
    const accounts::Session expert = expertSession(expertId);
    const auto draft = opinions.open(expert, kCase);
    if (!draft)
        return 5;
    for (int n = 1;; ++n) {
        if (!opinions.setFinding(expert, draft->id, QStringLiteral("complaint"),
                                 QStringLiteral("edit %1").arg(n)))
            return 6;
        std::printf("saved %d\n", n); // only after the commit: this is the "saved" the UI shows
        std::fflush(stdout);
    }
}

} // namespace

class TestKillDuringEdit : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedEditsSurviveSigkill()
    {
        StationFixture station(QDateTime(QDate::currentDate(), QTime(9, 0)));
        QString expertId;
        {
            QVERIFY(station.setUp());
            const auto drawn = checkInAndDraw(*station.database, kCase);
            QVERIFY(drawn);
            expertId = drawn->examiners.first();
            exam::OpinionService opinions(*station.database, forms::ExamTemplates::loadAll().value());
            const auto draft = opinions.open(expertSession(expertId), kCase);
            QVERIFY(draft.ok());
            QVERIFY(opinions
                        .setFinding(expertSession(expertId), draft->id, QStringLiteral("injury_site"),
                                    QStringLiteral("右肘"))
                        .ok());
            station.database.reset(); // the children open the file alone
        }
        for (int round = 0; round < 6; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--edit-child"), station.dir.path(), expertId});
            QVERIFY(child.waitForStarted());
            child.write((testDataKey().toRecoveryKey() + QLatin1Char('\n')).toUtf8());
            const int killAfter = 3 + int(QRandomGenerator::global()->bounded(60));
            int acknowledged = 0;
            QByteArray pending;
            while (acknowledged < killAfter) {
                QVERIFY2(child.state() == QProcess::Running || child.bytesAvailable() > 0,
                         child.readAllStandardError().constData());
                child.waitForReadyRead(5000);
                pending += child.readAllStandardOutput();
                qsizetype newline;
                while ((newline = pending.indexOf('\n')) >= 0) {
                    acknowledged = pending.left(newline).mid(6).toInt();
                    pending.remove(0, newline + 1);
                }
            }
            ::kill(pid_t(child.processId()), SIGKILL); // no chance to finish anything
            QVERIFY(child.waitForFinished(5000));
            // What it said before dying counts as acknowledged too.
            pending += child.readAllStandardOutput();
            for (const QByteArray &line : pending.split('\n'))
                if (line.startsWith("saved "))
                    acknowledged = line.mid(6).toInt();

            QVERIFY(station.reopen());
            store::Database *database = station.database.get();
            QSqlQuery check(database->connection());
            QVERIFY(check.exec(QStringLiteral("PRAGMA quick_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            exam::OpinionService opinions(*database, forms::ExamTemplates::loadAll().value());
            const auto draft = opinions.open(expertSession(expertId), kCase);
            QVERIFY(draft.ok());
            QCOMPARE(draft->state, QStringLiteral("draft"));
            const int saved =
                draft->findings.value(QStringLiteral("complaint")).toString().mid(5).toInt(); // "edit N"
            // The last acknowledged edit is there; at most the one in flight went further.
            QVERIFY2(saved == acknowledged || saved == acknowledged + 1,
                     qPrintable(QStringLiteral("round %1: acknowledged %2, stored %3")
                                    .arg(round)
                                    .arg(acknowledged)
                                    .arg(saved)));
            QCOMPARE(draft->findings.value(QStringLiteral("injury_site")).toString(), QStringLiteral("右肘"));
            QVERIFY(store::AuditLog(*database).verify().intact);
            station.database.reset(); // closed before the next child opens it
        }
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--edit-child") == 0) {
        QCoreApplication app(argc, argv);
        return runEditChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TestKillDuringEdit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killduringedit.moc"
