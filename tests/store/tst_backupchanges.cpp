#include "store/backup.h"
#include "store/backupchunks.h"
#include "store/changetracking.h"
#include "testkey.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>
#include <memory>

// Backups that read only the pieces the change log names (changetracking.h): after random work,
// after writes that bypass the log, and after a kill, every copy must be the database as it was.
class TestBackupChanges : public QObject
{
    Q_OBJECT

    core::ManualClock m_clock{QDateTime(QDate(2026, 12, 6), QTime(9, 0))};

    // The copy names exactly the pieces of the database file as it is now (nothing was written
    // since), and the pieces put together make a database SQLite accepts.
    static void verifyCopyIsTheFile(const store::BackupInfo &copy, const QString &databaseFile)
    {
        const auto manifest = store::ChunkManifest::readWhole(copy.path);
        QVERIFY2(manifest.ok(), qPrintable(manifest.error()));
        QFile file(databaseFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(manifest->databaseBytes, file.size());
        qint64 offset = 0;
        for (const store::ChunkManifest::Piece &piece : manifest->chunks) {
            QVERIFY(file.seek(offset));
            const QByteArray bytes = file.read(store::ChunkStore::kChunkBytes);
            QCOMPARE(piece.bytes, bytes.size());
            QVERIFY2(store::ChunkStore::hashOf(bytes) == piece.hash,
                     qPrintable(QStringLiteral("piece at byte %1 differs from the file").arg(offset)));
            offset += bytes.size();
        }
        QCOMPARE(offset, file.size());
        QCOMPARE(store::Backups::check(copy.path), QStringLiteral("ok"));
    }

    static void work(QSqlQuery &query, QRandomGenerator &random)
    {
        const int kind = int(random.bounded(10));
        const int row = int(random.bounded(1, 60));
        const int bytes = int(random.bounded(100, 120000));
        if (kind < 4)
            QVERIFY(query.exec(QStringLiteral("INSERT INTO filler(data) VALUES(randomblob(%1))").arg(bytes)));
        else if (kind < 7)
            QVERIFY(query.exec(
                QStringLiteral("UPDATE filler SET data = randomblob(%1) WHERE id = %2").arg(bytes).arg(row)));
        else if (kind < 9)
            QVERIFY(query.exec(QStringLiteral("DELETE FROM filler WHERE id % 7 = %1").arg(row % 7)));
        else // shrink: the file gets shorter, the last piece changes length
            QVERIFY(query.exec(QStringLiteral("VACUUM")));
    }

    // A write to station.db that does not go through the tracking VFS (like the sqlite3 shell).
    static void foreignWrite(const QString &databaseFile)
    {
        sqlite3 *db = nullptr;
        QCOMPARE(
            sqlite3_open_v2(QFile::encodeName(databaseFile).constData(), &db, SQLITE_OPEN_READWRITE, "unix"),
            SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "UPDATE filler SET data = randomblob(length(data)) WHERE id IN "
                              "(SELECT id FROM filler ORDER BY id LIMIT 3); PRAGMA wal_checkpoint(TRUNCATE);",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Random inserts, updates, deletes and vacuums between 30 copies: each copy after the first
    // reads only what the log names, and each is the database byte for byte. With several parts
    // (backupmanifest.h), the file grows and shrinks across their boundaries.
    void randomWorkAcrossIncrementalCopies_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("one part") << 40;
        QTest::newRow("several parts") << 700; // 42 MB: three parts of 64 pieces
    }

    void randomWorkAcrossIncrementalCopies()
    {
        QFETCH(int, rows);
        QTemporaryDir dir;
        const QString path = store::databasePath(dir.path());
        auto db = std::move(store::Database::open(path, m_clock, testDataKey()).database);
        QVERIFY(db);
        QVERIFY(store::changetracking::installed());
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler(id INTEGER PRIMARY KEY, data BLOB)")));
        QVERIFY(
            query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                                      "i < %1) INSERT INTO filler(data) SELECT randomblob(60000) FROM n")
                           .arg(rows)));
        store::Backups backups(dir.path());
        QRandomGenerator random(20261206);
        int partial = 0;
        for (int round = 0; round < 30; ++round) {
            for (int step = int(random.bounded(0, 4)); step > 0; --step)
                work(query, random);
            m_clock.advanceSeconds(60);
            const auto copy = backups.copy(path, m_clock.now());
            QVERIFY2(copy.ok(), qPrintable(copy.error()));
            if (round == 0)
                QVERIFY(!copy->fullScanReason.isEmpty());
            else
                QVERIFY2(copy->fullScanReason.isEmpty(), qPrintable(copy->fullScanReason));
            const qint64 pieces =
                (copy->bytes + store::ChunkStore::kChunkBytes - 1) / store::ChunkStore::kChunkBytes;
            partial += copy->piecesRead < pieces ? 1 : 0;
            verifyCopyIsTheFile(copy.value(), path);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY2(partial >= 20, qPrintable(QString::number(partial))); // most copies read a few pieces
        // The newest copy restores to the same rows.
        const QByteArray before = [&] {
            QSqlQuery sum(db->connection());
            return sum.exec(QStringLiteral(
                       "SELECT group_concat(id || ':' || hex(substr(data, 1, 8))) FROM filler")) &&
                           sum.next()
                       ? sum.value(0).toByteArray()
                       : QByteArray();
        }();
        db.reset();
        QVERIFY(backups.restore(backups.list().last().path, m_clock).ok());
        auto restored = std::move(store::Database::open(path, m_clock, testDataKey()).database);
        QVERIFY(restored);
        QSqlQuery sum(restored->connection());
        QVERIFY(sum.exec(
            QStringLiteral("SELECT group_concat(id || ':' || hex(substr(data, 1, 8))) FROM filler")));
        QVERIFY(sum.next());
        QCOMPARE(sum.value(0).toByteArray(), before);
    }

    // Whatever makes the log untrustworthy makes the next copy read every piece, and it is right.
    void untrustedLogMeansFullScan_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("why");
        QTest::newRow("foreign writer") << "foreign"
                                        << "changed after the last tracked sync";
        QTest::newRow("foreign, then tracked") << "foreign-then-tracked"
                                               << "written without change tracking";
        QTest::newRow("torn record") << "torn"
                                     << "cut short";
        QTest::newRow("damaged record") << "garbled"
                                        << "damaged record";
        QTest::newRow("log removed") << "removed"
                                     << "no change log";
        QTest::newRow("database replaced") << "replaced"
                                           << "changed after the last tracked sync";
        QTest::newRow("newer single-file copy") << "other-base"
                                                << "no earlier backup";
    }
    void untrustedLogMeansFullScan()
    {
        QFETCH(QString, what);
        QFETCH(QString, why);
        QTemporaryDir dir;
        const QString path = store::databasePath(dir.path());
        auto db = std::move(store::Database::open(path, m_clock, testDataKey()).database);
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler(id INTEGER PRIMARY KEY, data BLOB)")));
        QVERIFY(
            query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                                      "i < 30) INSERT INTO filler(data) SELECT randomblob(50000) FROM n")));
        store::Backups backups(dir.path());
        m_clock.advanceSeconds(60);
        QVERIFY(backups.copy(path, m_clock.now()).ok());
        const QString log = store::changetracking::logPath(path);
        QVERIFY(QFileInfo::exists(log));
        QVERIFY(query.exec(QStringLiteral("UPDATE filler SET data = randomblob(50000) WHERE id = 29")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        if (what.startsWith(QLatin1String("foreign"))) {
            // Right after the station's sync, in the same tick of the file system's clock.
            foreignWrite(path);
            if (what == QLatin1String("foreign-then-tracked")) {
                QVERIFY(
                    query.exec(QStringLiteral("UPDATE filler SET data = randomblob(50000) WHERE id = 1")));
                QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            }
        } else if (what == QLatin1String("torn") || what == QLatin1String("garbled")) {
            QFile file(log);
            QVERIFY(file.open(QIODevice::Append));
            file.write(what == QLatin1String("torn") ? QByteArray("\x01\x02\x03", 3) : QByteArray(8, '\x5A'));
        } else if (what == QLatin1String("removed")) {
            QVERIFY(QFile::remove(log));
        } else if (what == QLatin1String("replaced")) {
            // Another file under the same name (a restore, a copy put back by hand).
            db.reset();
            QVERIFY(QFile::copy(path, path + QStringLiteral(".other")));
            QVERIFY(QFile::remove(path));
            QVERIFY(QFile::rename(path + QStringLiteral(".other"), path));
        } else if (what == QLatin1String("other-base")) {
            // The newest copy is a single file of an older release: the log is for no copy here.
            m_clock.advanceSeconds(60);
            QVERIFY(QFile::copy(path, QDir(backups.folder())
                                          .filePath(QStringLiteral("station-%1.db")
                                                        .arg(m_clock.now().toString(
                                                            QStringLiteral("yyyyMMdd-HHmmss-zzz"))))));
        }
        m_clock.advanceSeconds(60);
        const auto copy = backups.copy(path, m_clock.now());
        QVERIFY2(copy.ok(), qPrintable(copy.error()));
        QVERIFY2(copy->fullScanReason.contains(why), qPrintable(copy->fullScanReason));
        QCOMPARE(qint64(copy->piecesRead),
                 (copy->bytes + store::ChunkStore::kChunkBytes - 1) / store::ChunkStore::kChunkBytes);
        verifyCopyIsTheFile(copy.value(), path);
        // And the log starts again: the copy after it reads only what changed.
        if (!db)
            db = std::move(store::Database::open(path, m_clock, testDataKey()).database);
        QSqlQuery more(db->connection());
        QVERIFY(more.exec(QStringLiteral("UPDATE filler SET data = randomblob(50000) WHERE id = 2")));
        m_clock.advanceSeconds(60);
        const auto next = backups.copy(path, m_clock.now());
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QVERIFY2(next->fullScanReason.isEmpty(), qPrintable(next->fullScanReason));
        QVERIFY(next->piecesRead <= 3);
        verifyCopyIsTheFile(next.value(), path);
    }

    // A large database (several parts, backupmanifest.h) with 700 rows of 60 kB.
    static std::unique_ptr<store::Database> largeDatabase(const QString &path, core::Clock &clock)
    {
        auto db = std::move(store::Database::open(path, clock, testDataKey()).database);
        QSqlQuery query(db->connection());
        if (!query.exec(QStringLiteral("CREATE TABLE filler(id INTEGER PRIMARY KEY, data BLOB)")) ||
            !query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                                       "i < 700) INSERT INTO filler(data) SELECT randomblob(60000) FROM n")))
            return {};
        return db;
    }

    static QSet<QString> namedBy(const QString &manifestPath)
    {
        QSet<QString> hashes;
        if (const auto manifest = store::ChunkManifest::readWhole(manifestPath); manifest)
            for (const auto &piece : manifest->allPieces())
                hashes.insert(piece.hash);
        return hashes;
    }

    static QSet<QString> piecesOnDisk(const store::Backups &backups)
    {
        QSet<QString> names;
        QDirIterator it(backups.chunksFolder(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            names.insert(QFileInfo(it.next()).fileName());
        return names;
    }

    // A change in one part of a large database: the copy writes that part again; the others are
    // the previous copy's, neither read nor written.
    void onlyChangedPartsAreWritten()
    {
        QTemporaryDir dir;
        const QString path = store::databasePath(dir.path());
        auto db = largeDatabase(path, m_clock);
        QVERIFY(db);
        store::Backups backups(dir.path());
        const auto first = backups.copy(path, m_clock.now());
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE filler SET data = randomblob(60000) WHERE id = 2")));
        m_clock.advanceSeconds(60);
        const auto second = backups.copy(path, m_clock.now());
        QVERIFY2(second.ok(), qPrintable(second.error()));
        verifyCopyIsTheFile(second.value(), path);
        const auto before = store::ChunkManifest::read(first->path);
        const auto after = store::ChunkManifest::read(second->path);
        QVERIFY(before.ok() && after.ok());
        QCOMPARE(after->format, store::ChunkManifest::kPartsFormat);
        QCOMPARE(after->parts.size(), before->parts.size());
        QVERIFY(after->parts.size() >= 3);
        int shared = 0;
        for (qsizetype i = 0; i < after->parts.size(); ++i)
            shared += after->parts.at(i).hash == before->parts.at(i).hash ? 1 : 0;
        QVERIFY2(shared >= after->parts.size() - 1, qPrintable(QString::number(shared)));
        QVERIFY2(second->piecesRead < store::ChunkManifest::kChunksPerPart,
                 qPrintable(QString::number(second->piecesRead)));
    }

    // Copies taken before parts (format 1, a line for every piece) and their summary (version 1),
    // as an older release left them: the next copy starts from the newest of them and reads only
    // the changed pieces, the summary is counted again, and pruning the older copies leaves exactly
    // the pieces the kept ones name.
    void copiesFromBeforePartsGoOn()
    {
        QTemporaryDir dir;
        const QString path = store::databasePath(dir.path());
        auto db = largeDatabase(path, m_clock);
        QVERIFY(db);
        QSqlQuery query(db->connection());
        store::Backups backups(dir.path());
        const store::ChunkStore chunks(backups.chunksFolder());
        for (int round = 0; round < 2; ++round) {
            QVERIFY(query.exec(
                QStringLiteral("UPDATE filler SET data = randomblob(60000) WHERE id = %1").arg(100 + round)));
            m_clock.advanceSeconds(60);
            QVERIFY(backups.copy(path, m_clock.now()).ok());
            QVERIFY(!backups.prune(store::BackupPolicy{3650, 1000, 0}, m_clock.now()).skipped);
        }
        QList<QPair<QString, store::ChunkManifest>> older;
        for (const store::BackupInfo &backup : backups.list()) {
            auto whole = store::ChunkManifest::readWhole(backup.path);
            QVERIFY2(whole.ok(), qPrintable(whole.error()));
            older << qMakePair(backup.path, whole.value());
        }
        for (auto &[manifestPath, manifest] : older) {
            for (const auto &part : std::as_const(manifest.parts))
                QFile::remove(chunks.pathOf(part.hash));
            manifest.format = 1;
            manifest.parts.clear();
            QFile file(manifestPath);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QVERIFY(file.write(manifest.serialize()) > 0);
            file.close();
        }
        for (const auto &[manifestPath, manifest] : std::as_const(older))
            QCOMPARE(store::Backups::check(manifestPath), QStringLiteral("ok"));
        sqlite3 *summary = nullptr;
        QCOMPARE(
            sqlite3_open(
                QFile::encodeName(QDir(backups.folder()).filePath(QStringLiteral("summary.db"))).constData(),
                &summary),
            SQLITE_OK);
        QCOMPARE(sqlite3_exec(summary, "UPDATE meta SET value = 1 WHERE key = 'version'", nullptr, nullptr,
                              nullptr),
                 SQLITE_OK);
        sqlite3_close(summary);

        QVERIFY(query.exec(QStringLiteral("UPDATE filler SET data = randomblob(60000) WHERE id = 350")));
        m_clock.advanceSeconds(60);
        const auto upgraded = backups.copy(path, m_clock.now());
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.error()));
        QVERIFY2(upgraded->fullScanReason.isEmpty(), qPrintable(upgraded->fullScanReason));
        QVERIFY2(upgraded->piecesRead < store::ChunkManifest::kChunksPerPart,
                 qPrintable(QString::number(upgraded->piecesRead)));
        verifyCopyIsTheFile(upgraded.value(), path);
        QCOMPARE(store::ChunkManifest::read(upgraded->path)->format, store::ChunkManifest::kPartsFormat);
        const store::PruneReport recounted = backups.prune(store::BackupPolicy{3650, 1, 0}, m_clock.now());
        QVERIFY2(recounted.recountReason.contains(QStringLiteral("version")),
                 qPrintable(recounted.recountReason));
        QCOMPARE(recounted.removed, 2);
        QCOMPARE(piecesOnDisk(backups), namedBy(upgraded->path));

        // Counted since: the next copy is added to the summary by its difference alone.
        QVERIFY(query.exec(QStringLiteral("DELETE FROM filler WHERE id > 600")));
        m_clock.advanceSeconds(60);
        const auto next = backups.copy(path, m_clock.now());
        QVERIFY2(next.ok(), qPrintable(next.error()));
        verifyCopyIsTheFile(next.value(), path);
        const store::PruneReport counted = backups.prune(store::BackupPolicy{3650, 1, 0}, m_clock.now());
        QVERIFY2(counted.recountReason.isEmpty(), qPrintable(counted.recountReason));
        QCOMPARE(counted.removed, 1);
        QCOMPARE(piecesOnDisk(backups), namedBy(next->path));
    }

    // A connection that writes the file without syncing it (synchronous=OFF, as a bulk load
    // does) across a copy: its pieces from before the copy are not in the log the copy started,
    // so the copy after it reads everything, and both copies are the database.
    void unsyncedWritesAcrossACopy()
    {
        QTemporaryDir dir;
        const QString path = store::databasePath(dir.path());
        auto db = std::move(store::Database::open(path, m_clock, testDataKey()).database);
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler(id INTEGER PRIMARY KEY, data BLOB)")));
        QVERIFY(
            query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                                      "i < 30) INSERT INTO filler(data) SELECT randomblob(50000) FROM n")));
        store::Backups backups(dir.path());
        m_clock.advanceSeconds(60);
        QVERIFY(backups.copy(path, m_clock.now()).ok());
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous=OFF")));
        QVERIFY(query.exec(QStringLiteral("UPDATE filler SET data = randomblob(50000) WHERE id = 3")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        m_clock.advanceSeconds(60);
        const auto first = backups.copy(path, m_clock.now());
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(!first->fullScanReason.isEmpty()); // written after the last stamp
        verifyCopyIsTheFile(first.value(), path);
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous=FULL")));
        QVERIFY(query.exec(QStringLiteral("UPDATE filler SET data = randomblob(50000) WHERE id = 25")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        m_clock.advanceSeconds(60);
        const auto second = backups.copy(path, m_clock.now());
        QVERIFY2(second.ok(), qPrintable(second.error()));
        verifyCopyIsTheFile(second.value(), path);
    }

    // A process killed while it writes and copies: no manifest names a missing piece, and the
    // next copy (log trusted or not) is the database.
    void killDuringCopy_data()
    {
        QTest::addColumn<int>("killAfterMs");
        for (const int ms : {5, 30, 90, 200})
            QTest::addRow("kill after %d ms", ms) << ms;
    }
    void killDuringCopy()
    {
        QFETCH(int, killAfterMs);
        QTemporaryDir dir;
        const QString path = store::databasePath(dir.path());
        {
            auto db = std::move(store::Database::open(path, m_clock, testDataKey()).database);
            QVERIFY(db);
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler(id INTEGER PRIMARY KEY, data BLOB)")));
            QVERIFY(query.exec(
                QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                               "i < 40) INSERT INTO filler(data) SELECT randomblob(60000) FROM n")));
        }
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TST_BACKUPCHANGES_CHILD"), dir.path());
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForReadyRead(30000)); // "copying"
        QThread::msleep(killAfterMs + QRandomGenerator::global()->bounded(10));
        child.kill();
        QVERIFY(child.waitForFinished(30000));
        store::Backups backups(dir.path());
        const store::ChunkStore chunks(backups.chunksFolder());
        for (const store::BackupInfo &backup : backups.list()) {
            const auto manifest = store::ChunkManifest::readWhole(backup.path);
            QVERIFY2(manifest.ok(), qPrintable(manifest.error()));
            for (const auto &piece : manifest->allPieces())
                QVERIFY2(QFileInfo::exists(chunks.pathOf(piece.hash)), qPrintable(piece.hash));
        }
        auto db = std::move(store::Database::open(path, m_clock, testDataKey()).database);
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE filler SET data = randomblob(60000) WHERE id = 7")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        m_clock.set(QDateTime(QDate(2026, 12, 7), QTime(9, 0))); // after every copy of the child
        // The child is dead; its lock (maybe empty if killed while writing it) goes.
        QFile::remove(QDir(backups.folder()).filePath(QStringLiteral(".backup.lock")));
        const auto copy = backups.copy(path, m_clock.now());
        QVERIFY2(copy.ok(), qPrintable(copy.error()));
        verifyCopyIsTheFile(copy.value(), path);
    }
};

// Child of killDuringCopy: writes through the tracking VFS and copies until killed.
static int workAndCopyUntilKilled(const QString &dataDir)
{
    store::changetracking::install();
    const store::Backups backups(dataDir);
    const QString path = store::databasePath(dataDir);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK)
        return 1;
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
    std::fputs("copying\n", stdout);
    std::fflush(stdout);
    QDateTime at(QDate(2026, 12, 6), QTime(10, 0));
    for (int round = 0;; ++round) {
        at = at.addSecs(1);
        const QByteArray sql = QByteArrayLiteral("UPDATE filler SET data = randomblob(60000) WHERE id = ") +
                               QByteArray::number(round % 40 + 1) + "; PRAGMA wal_checkpoint;";
        sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        static_cast<void>(backups.copy(path, at));
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QString child = qEnvironmentVariable("TST_BACKUPCHANGES_CHILD"); !child.isEmpty())
        return workAndCopyUntilKilled(child);
    TestBackupChanges test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_backupchanges.moc"
