#include "backuphelpers.h"
#include "store/auditlog.h"
#include "store/backup.h"
#include "store/backupchunks.h"
#include "store/backupscheduler.h"
#include "store/databasestamp.h"
#include "store/integritycheck.h"
#include "store/venuerepository.h"
#include "testkey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace backuptest;

// One copy of the station and what can go wrong with it: damage, a kill, closing time, an upgrade;
// the pieces the copies share and their pruning are in tst_backuppieces.
class TestBackup : public QObject
{
    Q_OBJECT

    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0))};

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void backupDamageRestoreRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = store::databasePath(dir.path());
        store::Backups backups(dir.path());
        {
            auto db = std::move(store::Database::open(path, m_clock, testDataKey()).database);
            QVERIFY(db);
            store::VenueRepository venues(*db);
            for (int i = 0; i < 200; ++i)
                QVERIFY(venues.saveRoom({QStringLiteral("R%1").arg(i), QStringLiteral("Room %1").arg(i), {}})
                            .ok());
            const auto created = backups.create(*db, QStringLiteral("tester"));
            QVERIFY2(created.ok(), qPrintable(created.error()));
            QCOMPARE(created->takenAt, m_clock.now());
            QCOMPARE(store::Backups::check(created->path), QStringLiteral("ok"));
            QCOMPARE(store::AuditLog(*db).entries().last().action, QStringLiteral("backup.create"));
            // Work after the backup is not in it.
            QVERIFY(venues.saveRoom({QStringLiteral("late"), QStringLiteral("Late room"), {}}).ok());
        }
        QCOMPARE(backups.list().size(), 1);

        damage(path);
        {
            auto db = std::move(store::Database::open(path, m_clock, testDataKey()).database);
            QVERIFY(!db || !db->health().healthy());
        }
        m_clock.advanceSeconds(600);
        const core::Status restored = backups.restore(backups.list().last().path, m_clock);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));

        auto db = std::move(store::Database::open(path, m_clock, testDataKey()).database);
        QVERIFY(db);
        QVERIFY(db->health().healthy());
        const auto rooms = store::VenueRepository(*db).rooms();
        QCOMPARE(rooms.size(), 200);
        QVERIFY(store::AuditLog(*db).verify().intact);
        // The damaged file is kept, not deleted.
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("station.db.replaced-*")}, QDir::Files).size(),
                 1);
    }

    // quick_check after login, on a worker thread: a failure leaves the marker that makes the next
    // start check first and offer a backup; a later good check removes it.
    void backgroundCheckMarksAFailureForTheNextStart()
    {
        QTemporaryDir dir;
        const QString path = store::databasePath(dir.path());
        const QString marker = store::IntegrityCheck::failureMarker(path);
        auto db = std::move(store::Database::open(path, m_clock, testDataKey()).database);
        QVERIFY(db);
        store::VenueRepository venues(*db);
        for (int i = 0; i < 200; ++i)
            QVERIFY(
                venues.saveRoom({QStringLiteral("R%1").arg(i), QStringLiteral("Room %1").arg(i), {}}).ok());
        QSqlQuery checkpoint(db->connection());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        checkpoint.finish();
        const auto runCheck = [&db] {
            store::IntegrityCheck check(*db);
            QSignalSpy finished(&check, &store::IntegrityCheck::finished);
            check.start();
            [&] {
                QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
            }();
            return finished.isEmpty() ? store::HealthReport{}
                                      : finished.first().first().value<store::HealthReport>();
        };
        QVERIFY(runCheck().healthy());
        QVERIFY(!QFileInfo::exists(marker));
        damage(path);
        const store::HealthReport report = runCheck();
        QVERIFY(!report.healthy());
        QVERIFY(QFileInfo::exists(marker));
    }

    void damagedBackupIsRefused()
    {
        QTemporaryDir dir;
        store::Backups backups(dir.path());
        QString backupPath;
        {
            auto db = std::move(
                store::Database::open(store::databasePath(dir.path()), m_clock, testDataKey()).database);
            for (int i = 0; i < 200; ++i)
                QVERIFY(store::VenueRepository(*db)
                            .saveRoom({QStringLiteral("R%1").arg(i), QStringLiteral("x"), {}})
                            .ok());
            backupPath = backups.create(*db, QStringLiteral("tester"))->path;
        }
        damage(backupPath);
        QVERIFY(store::Backups::check(backupPath) != QStringLiteral("ok"));
        QFile live(store::databasePath(dir.path()));
        QVERIFY(live.open(QIODevice::ReadOnly));
        const QByteArray before = live.readAll();
        live.close();
        const core::Status restored = backups.restore(backupPath, m_clock);
        QVERIFY(!restored.ok());
        QVERIFY(restored.error().contains(backupPath));
        QVERIFY(live.open(QIODevice::ReadOnly));
        QCOMPARE(live.readAll(), before); // the live database was not touched
    }

    // Venues have single-file copies from before: listed, checked and restored as before.
    void singleFileCopyStillRestores()
    {
        QTemporaryDir dir;
        const QString path = store::databasePath(dir.path());
        store::Backups backups(dir.path());
        QByteArray before;
        const QString old = QDir(backups.folder()).filePath(QStringLiteral("station-20261101-090000-000.db"));
        {
            auto db = std::move(store::Database::open(path, m_clock, testDataKey()).database);
            for (int i = 0; i < 50; ++i)
                QVERIFY(store::VenueRepository(*db)
                            .saveRoom({QStringLiteral("R%1").arg(i), QStringLiteral("x"), {}})
                            .ok());
            QVERIFY(QDir().mkpath(backups.folder()));
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QStringLiteral("VACUUM INTO '%1'").arg(old)));
            before = contentDigest(*db);
            QVERIFY(
                store::VenueRepository(*db).saveRoom({QStringLiteral("late"), QStringLiteral("x"), {}}).ok());
            QVERIFY(backups.create(*db, QStringLiteral("tester")).ok());
        }
        const auto listed = backups.list();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.first().path, old);
        QVERIFY(store::Backups::isManifest(listed.last().path));
        QCOMPARE(store::Backups::check(old), QStringLiteral("ok"));
        const core::Status restored = backups.restore(old, m_clock);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        auto db = std::move(store::Database::open(path, m_clock, testDataKey()).database);
        QVERIFY(db);
        QCOMPARE(contentDigest(*db), before);
    }

    // The copy of a WAL database is a single file: no -wal, -shm or -journal beside it, in the
    // backup folder, whatever the station does meanwhile.
    void backupLeavesOnlyItsFile()
    {
        QTemporaryDir dir;
        store::Backups backups(dir.path());
        auto db = std::move(
            store::Database::open(store::databasePath(dir.path()), m_clock, testDataKey()).database);
        fill(*db, 2);
        QVERIFY(backups.create(*db, QStringLiteral("tester")).ok());
        QCOMPARE(store::Backups::check(backups.list().first().path), QStringLiteral("ok"));
        QCOMPARE(
            QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("station-")),
            QStringList{QFileInfo(backups.list().first().path).fileName()});
        QVERIFY(backups.leftovers().isEmpty());
    }

    // A process killed in the middle of a copy: no half copy under a backup's name, and its partial
    // files are gone after the next backup (or the next start of the station).
    void killedBackupLeavesNoPartialFile_data()
    {
        QTest::addColumn<int>("killAfterMs");
        for (const int ms : {0, 3, 10, 40, 120})
            QTest::addRow("kill after %d ms", ms) << ms;
    }
    void killedBackupLeavesNoPartialFile()
    {
        QFETCH(int, killAfterMs);
        QTemporaryDir dir;
        store::Backups backups(dir.path());
        auto db = std::move(
            store::Database::open(store::databasePath(dir.path()), m_clock, testDataKey()).database);
        fill(*db, 24);
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TST_BACKUP_CHILD"), dir.path());
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForReadyRead(30000)); // "copying"
        QThread::msleep(killAfterMs + QRandomGenerator::global()->bounded(5));
        child.kill();
        QVERIFY(child.waitForFinished(30000));
        // No manifest names a piece that is not there, and every copy is whole.
        for (const store::BackupInfo &backup : backups.list()) {
            if (store::Backups::isManifest(backup.path)) {
                const auto manifest = store::ChunkManifest::readWhole(backup.path);
                QVERIFY2(manifest.ok(), qPrintable(manifest.error()));
                for (const auto &piece : manifest->allPieces())
                    QVERIFY2(QFileInfo::exists(store::ChunkStore(backups.chunksFolder()).pathOf(piece.hash)),
                             qPrintable(piece.hash));
            }
            QCOMPARE(store::Backups::check(backup.path), QStringLiteral("ok"));
        }
        // The station starts again: its scheduler clears what the killed copy left.
        store::BackupScheduler scheduler(*db, dir.path());
        QVERIFY2(backups.leftovers().isEmpty(), qPrintable(backups.leftovers().join(QLatin1Char(' '))));
        m_clock.advanceSeconds(1);
        // Killed while it was writing its lock: a lock file without its owner's pid counts as stale
        // only after QLockFile's 30 s; the next scheduled backup takes it then. Aged here.
        QFile lockFile(QDir(backups.folder()).filePath(QStringLiteral(".backup.lock")));
        if (lockFile.exists() && lockFile.size() == 0 && lockFile.open(QIODevice::ReadWrite))
            QVERIFY(lockFile.setFileTime(QDateTime::currentDateTime().addSecs(-120),
                                         QFileDevice::FileModificationTime));
        lockFile.close();
        const auto created = backups.create(*db, QStringLiteral("tester"));
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QVERIFY(backups.leftovers().isEmpty());
        // The pieces the killed copy had renamed into place, named by no manifest, go with the
        // next prune: its marker made the summary of the kept copies untrusted.
        QVERIFY(!backups.prune(store::BackupPolicy{3650, 1000, 0}, m_clock.now()).skipped);
        QSet<QString> named;
        for (const store::BackupInfo &backup : backups.list())
            if (const auto manifest = store::ChunkManifest::readWhole(backup.path); manifest)
                for (const auto &piece : manifest->allPieces())
                    named.insert(piece.hash);
        QSet<QString> onDisk;
        for (const QString &file : pieceFiles(backups))
            onDisk.insert(QFileInfo(file).fileName());
        QCOMPARE(onDisk, named);
    }

    // The copy runs on a worker thread; one not done when the station closes is cancelled, its
    // reason kept, and taken at the next start.
    void closingBackupIsDeferredNotAwaited()
    {
        QTemporaryDir dir;
        store::Backups backups(dir.path());
        auto db = std::move(
            store::Database::open(store::databasePath(dir.path()), m_clock, testDataKey()).database);
        fill(*db, 24);
        QVERIFY(db->setSetting(QStringLiteral("backup.exit_wait_seconds"), QStringLiteral("0")).ok());
        {
            store::BackupScheduler scheduler(*db, dir.path());
            QVERIFY(scheduler.deferredReason().isEmpty());
            scheduler.backupBeforeExit();
            QVERIFY(!scheduler.running());
            if (backups.list().isEmpty()) {
                QVERIFY(!scheduler.deferredReason().isEmpty());
                QCOMPARE(store::AuditLog(*db).entries().last().action, QStringLiteral("backup.deferred"));
            } else {
                QVERIFY(scheduler.deferredReason().isEmpty());
            }
            QVERIFY(backups.leftovers().isEmpty());
        }
        QVERIFY(db->setSetting(QStringLiteral("backup.exit_wait_seconds"), QStringLiteral("600")).ok());
        m_clock.advanceSeconds(60);
        store::BackupScheduler next(*db, dir.path());
        QSignalSpy finished(&next, &store::BackupScheduler::backupFinished);
        if (!next.deferredReason().isEmpty()) {
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
            QVERIFY(next.deferredReason().isEmpty());
        }
        next.backupNow();
        QVERIFY(next.running());
        QVERIFY(next.waitForBackup(60000));
        QVERIFY(!backups.list().isEmpty());
        QCOMPARE(store::Backups::check(backups.list().last().path), QStringLiteral("ok"));
        QVERIFY(store::AuditLog(*db).verify().intact);
    }

    // Backups::beforeUpgrade reuses an earlier pre-upgrade copy only when it holds this database
    // (same schema, same rows): a resumed upgrade keeps its first copy, a restored older state
    // gets a copy of its own and the earlier copy stays.
    void preUpgradeCopyIsReusedOnlyForTheSameDatabase_data()
    {
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<bool>("reused");
        QTest::newRow("unchanged: a resumed upgrade") << QStringList{} << true;
        QTest::newRow("BLOBs emptied: materials moved out halfway")
            << QStringList{QStringLiteral("UPDATE material_files SET sealed_content = X''")} << true;
        QTest::newRow("rows reordered by VACUUM") << QStringList{QStringLiteral("VACUUM")} << true;
        QTest::newRow("a row more: an older backup restored")
            << QStringList{QStringLiteral("INSERT INTO cases VALUES('A-3', 'later')")} << false;
        QTest::newRow("same rows, one value differs")
            << QStringList{QStringLiteral("UPDATE cases SET state = 'other' WHERE id = 'A-1'")} << false;
        QTest::newRow("another schema version")
            << QStringList{QStringLiteral("PRAGMA user_version = 22")} << false;
    }

    void preUpgradeCopyIsReusedOnlyForTheSameDatabase()
    {
        QFETCH(QStringList, changes);
        QFETCH(bool, reused);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = store::databasePath(dir.path());
        const auto run = [&file](const QStringList &statements) {
            const QString name = QStringLiteral("older-station");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(file);
                QVERIFY(db.open());
                QSqlQuery query(db);
                for (const QString &statement : statements)
                    QVERIFY2(query.exec(statement), qPrintable(statement));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        };
        // A database of an older release, as its program left it (WAL mode, content in BLOBs).
        run({QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA user_version = 23"),
             QStringLiteral("CREATE TABLE cases(id TEXT PRIMARY KEY, state TEXT) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE material_files(id TEXT, sha256 TEXT, sealed_content BLOB)"),
             QStringLiteral("INSERT INTO cases VALUES('A-1', 'concluded'), ('A-2', 'waiting')"),
             QStringLiteral("INSERT INTO material_files VALUES('M-1', 'aa', randomblob(70000)), "
                            "('M-2', 'bb', randomblob(100))"),
             QStringLiteral("DELETE FROM material_files WHERE id = 'M-1'"),
             QStringLiteral("INSERT INTO material_files VALUES('M-1', 'aa', randomblob(70000))")});
        store::Backups backups(dir.path());
        const QDateTime first(QDate(2026, 11, 1), QTime(8, 0));
        const auto earlier = backups.beforeUpgrade(file, 23, first);
        QVERIFY2(earlier, qPrintable(earlier.error()));
        run(changes);
        const auto again = backups.beforeUpgrade(file, 23, first.addDays(20));
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again.value() == earlier.value(), reused);
        // The earlier copy is never removed, and the copy returned holds the database as it is now.
        QVERIFY(QFileInfo::exists(earlier.value()));
        QCOMPARE(store::Backups::check(again.value()), QStringLiteral("ok"));
        if (!reused) {
            QCOMPARE(store::DatabaseStamp::of(again.value()), store::DatabaseStamp::of(file));
            QVERIFY(!(store::DatabaseStamp::of(earlier.value()) == store::DatabaseStamp::of(file)));
        }
    }
};

// Child of killedBackupLeavesNoPartialFile: copies the station in TST_BACKUP_CHILD until killed.
static int copyUntilKilled(const QString &dataDir)
{
    const store::Backups backups(dataDir);
    std::fputs("copying\n", stdout);
    std::fflush(stdout);
    QDateTime at(QDate(2026, 11, 22), QTime(10, 0));
    // The station keeps working meanwhile: each copy has new pieces to write, so a kill can land
    // while pieces are written as well as while they are compared.
    QSqlDatabase station = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("child"));
    station.setDatabaseName(store::databasePath(dataDir));
    if (!station.open())
        return 1;
    QSqlQuery work(station);
    for (int round = 0;; ++round) {
        at = at.addSecs(1);
        static_cast<void>(
            work.exec(QStringLiteral("UPDATE test_filler SET data = randomblob(1048576) WHERE rowid = %1")
                          .arg(round % 24 + 1)));
        // Copies until killed: a copy that fails is just followed by the next one, the parent
        // checks what the kill left behind.
        static_cast<void>(backups.copy(store::databasePath(dataDir), at));
    }
}

int main(int argc, char **argv)
{
    if (const QString child = qEnvironmentVariable("TST_BACKUP_CHILD"); !child.isEmpty()) {
        QCoreApplication app(argc, argv);
        return copyUntilKilled(child);
    }
    QCoreApplication app(argc, argv);
    TestBackup test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_backup.moc"
