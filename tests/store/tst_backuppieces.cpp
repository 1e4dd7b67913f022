#include "backuphelpers.h"
#include "testkey.h"

#include "store/auditlog.h"
#include "store/backup.h"
#include "store/backupchunks.h"
#include "store/backupscheduler.h"
#include "store/venuerepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace backuptest;

// The copies' pieces: shared between copies, checked against their names, pruned by age, count
// and disk budget without removing a piece a kept copy names.
class TestBackupPieces : public QObject
{
    Q_OBJECT

    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0))};

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pruneKeepsTheNewest()
    {
        QTemporaryDir dir;
        store::Backups backups(dir.path());
        auto db = std::move(
            store::Database::open(store::databasePath(dir.path()), m_clock, testDataKey()).database);
        QList<QString> made;
        for (int i = 0; i < 5; ++i) {
            m_clock.advanceSeconds(60);
            made << backups.create(*db, QStringLiteral("tester"))->path;
        }
        store::BackupPolicy policy;
        policy.keepCount = 2;
        QCOMPARE(backups.prune(policy, m_clock.now()).removed, 3);
        const auto kept = backups.list();
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).path, made.at(3));
        QCOMPARE(kept.at(1).path, made.at(4));
    }

    void pruneByAgeAndBudget()
    {
        QTemporaryDir dir;
        store::Backups backups(dir.path());
        auto db = std::move(
            store::Database::open(store::databasePath(dir.path()), m_clock, testDataKey()).database);
        QList<store::BackupInfo> made;
        store::VenueRepository venues(*db);
        for (int day = 0; day < 10; ++day) {
            m_clock.advanceSeconds(24 * 3600);
            // A day's work: each copy has pieces of its own.
            QVERIFY(venues.saveRoom({QStringLiteral("D%1").arg(day), QStringLiteral("Day %1").arg(day), {}})
                        .ok());
            const auto created = backups.create(*db, QStringLiteral("tester"));
            QVERIFY2(created.ok(), qPrintable(created.error()));
            made << created.value();
        }
        // By age: copies older than three days go; the count and the budget do not limit.
        store::BackupPolicy byAge{3, 1000, 0};
        QCOMPARE(backups.prune(byAge, m_clock.now()).removed, 6);
        QCOMPARE(backups.list().size(), 4);
        QCOMPARE(backups.list().first().path, made.at(6).path);

        // By budget, shared pieces counted once: the newest copy whole, each older one by the
        // pieces it alone holds. Room for the newest, the next and half of another keeps two.
        const qint64 newest = stored(made.last().path);
        const qint64 second = storedBeyond(made.at(8).path, {made.last().path});
        QVERIFY(second > 0 && second <= newest);
        store::BackupPolicy byBudget{3650, 1000, newest + second + second / 2};
        const store::PruneReport report = backups.prune(byBudget, m_clock.now());
        QCOMPARE(report.removed, 2);
        QVERIFY(!report.budgetTooSmall);
        QCOMPARE(backups.list().size(), 2);
        QCOMPARE(backups.list().last().path, made.last().path);

        // A budget smaller than one copy keeps the newest and says so.
        store::BackupPolicy tiny{3650, 1000, newest / 2};
        const store::PruneReport tooSmall = backups.prune(tiny, m_clock.now());
        QVERIFY(tooSmall.budgetTooSmall);
        QCOMPARE(tooSmall.newestBytes, newest);
        QCOMPARE(backups.list().size(), 1);
        QCOMPARE(backups.list().first().path, made.last().path);
        QCOMPARE(store::Backups::check(made.last().path), QStringLiteral("ok"));
    }

    // Identical copies share every piece: ten of them cost one on disk and in the budget.
    void unchangedCopiesSharePieces()
    {
        QTemporaryDir dir;
        store::Backups backups(dir.path());
        auto db = std::move(
            store::Database::open(store::databasePath(dir.path()), m_clock, testDataKey()).database);
        fill(*db, 3);
        const auto first = backups.copy(db->path(), m_clock.now()); // create() adds an audit row
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(first->chunksWritten >= 3 * 1024 * 1024 / store::ChunkStore::kChunkBytes);
        const int files = pieceFiles(backups).size();
        for (int i = 0; i < 9; ++i) {
            m_clock.advanceSeconds(60);
            const auto again = backups.copy(db->path(), m_clock.now());
            QVERIFY2(again.ok(), qPrintable(again.error()));
            QCOMPARE(again->chunksWritten, 0);
        }
        QCOMPARE(pieceFiles(backups).size(), files);
        const store::PruneReport report =
            backups.prune(store::BackupPolicy{3650, 1000, stored(first->path) + 4096}, m_clock.now());
        QCOMPARE(report.removed, 0);
        QCOMPARE(backups.list().size(), 10);
    }

    // A chunked copy restores the database row for row, and a later copy writes only what changed.
    void chunkedCopyRoundTripsEveryRow()
    {
        QTemporaryDir dir;
        const QString path = store::databasePath(dir.path());
        store::Backups backups(dir.path());
        QByteArray before;
        QString older;
        {
            auto db = std::move(store::Database::open(path, m_clock, testDataKey()).database);
            fill(*db, 4);
            store::VenueRepository venues(*db);
            for (int i = 0; i < 300; ++i)
                QVERIFY(venues.saveRoom({QStringLiteral("R%1").arg(i), QStringLiteral("Room %1").arg(i), {}})
                            .ok());
            const auto created =
                backups.copy(db->path(), m_clock.now()); // create() adds an audit row after it
            QVERIFY2(created.ok(), qPrintable(created.error()));
            older = created->path;
            QVERIFY(store::Backups::isManifest(older));
            before = contentDigest(*db);
            // A little more work: the next copy writes a few pieces, not the database again.
            QVERIFY(venues.saveRoom({QStringLiteral("late"), QStringLiteral("Late room"), {}}).ok());
            m_clock.advanceSeconds(1800);
            const auto next = backups.create(*db, QStringLiteral("tester"));
            QVERIFY2(next.ok(), qPrintable(next.error()));
            QVERIFY(next->chunksWritten > 0);
            QVERIFY2(next->chunkBytesWritten < next->bytes / 2,
                     qPrintable(QStringLiteral("%1 of %2").arg(next->chunkBytesWritten).arg(next->bytes)));
            QVERIFY(contentDigest(*db) != before);
        }
        m_clock.advanceSeconds(60);
        const core::Status restored = backups.restore(older, m_clock);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        auto db = std::move(store::Database::open(path, m_clock, testDataKey()).database);
        QVERIFY(db);
        QVERIFY(db->health().healthy());
        QCOMPARE(contentDigest(*db), before);
        QVERIFY(store::AuditLog(*db).verify().intact);
        QVERIFY(backups.leftovers().isEmpty());
    }

    // A damaged piece is found by the check and by a restore, which then changes nothing.
    void damagedPieceIsDetected()
    {
        QTemporaryDir dir;
        const QString path = store::databasePath(dir.path());
        store::Backups backups(dir.path());
        QString manifest;
        {
            auto db = std::move(store::Database::open(path, m_clock, testDataKey()).database);
            fill(*db, 2);
            const auto created = backups.create(*db, QStringLiteral("tester"));
            QVERIFY2(created.ok(), qPrintable(created.error()));
            manifest = created->path;
        }
        const QStringList pieces = pieceFiles(backups);
        QVERIFY(pieces.size() > 4);
        const QString victim = pieces.at(pieces.size() / 2);
        {
            QFile piece(victim);
            QVERIFY(piece.open(QIODevice::ReadWrite));
            QVERIFY(piece.seek(1000));
            piece.write("\x01");
        }
        const QString problem = store::Backups::check(manifest);
        QVERIFY2(problem.contains(QFileInfo(victim).fileName()) &&
                     problem.contains(QStringLiteral("damaged")),
                 qPrintable(problem));
        QFile live(path);
        QVERIFY(live.open(QIODevice::ReadOnly));
        const QByteArray bytes = live.readAll();
        live.close();
        const core::Status restored = backups.restore(manifest, m_clock);
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().contains(QFileInfo(victim).fileName()), qPrintable(restored.error()));
        QVERIFY(live.open(QIODevice::ReadOnly));
        QCOMPARE(live.readAll(), bytes);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".restore.partial")));
        // A missing piece likewise.
        QVERIFY(QFile::remove(victim));
        QVERIFY(store::Backups::check(manifest).contains(QStringLiteral("missing")));
    }

    // Pruning removes the pieces no kept copy names, and only those.
    void pruneRemovesUnreferencedPiecesOnly()
    {
        QTemporaryDir dir;
        store::Backups backups(dir.path());
        auto db = std::move(
            store::Database::open(store::databasePath(dir.path()), m_clock, testDataKey()).database);
        QStringList made;
        for (int i = 0; i < 4; ++i) {
            fill(*db, 1);
            m_clock.advanceSeconds(600);
            const auto created = backups.create(*db, QStringLiteral("tester"));
            QVERIFY2(created.ok(), qPrintable(created.error()));
            made << created->path;
        }
        // A killed copy's pieces, named by no manifest.
        const QString orphan =
            QDir(backups.chunksFolder()).filePath(QStringLiteral("ab/ab") + QString(62, QLatin1Char('0')));
        QVERIFY(QDir().mkpath(QFileInfo(orphan).absolutePath()));
        QFile orphanFile(orphan);
        QVERIFY(orphanFile.open(QIODevice::WriteOnly));
        orphanFile.close();
        const store::PruneReport report = backups.prune(store::BackupPolicy{3650, 2, 0}, m_clock.now());
        QCOMPARE(report.removed, 2);
        QVERIFY(report.chunksRemoved > 1);
        QVERIFY(!QFileInfo::exists(orphan));
        QSet<QString> named;
        for (const QString &kept : {made.at(2), made.at(3)}) {
            QCOMPARE(store::Backups::check(kept), QStringLiteral("ok"));
            const store::ChunkManifest manifest = store::ChunkManifest::readWhole(kept).value();
            for (const auto &piece : manifest.allPieces())
                named.insert(piece.hash);
        }
        QSet<QString> onDisk;
        for (const QString &file : pieceFiles(backups))
            onDisk.insert(QFileInfo(file).fileName());
        QCOMPARE(onDisk, named);
    }

    void budgetTooSmallIsWarned()
    {
        QTemporaryDir dir;
        auto db = std::move(
            store::Database::open(store::databasePath(dir.path()), m_clock, testDataKey()).database);
        fill(*db, 20);
        QVERIFY(db->setSetting(QStringLiteral("backup.budget_mb"), QStringLiteral("16")).ok());
        store::BackupScheduler scheduler(*db, dir.path());
        QSignalSpy warned(&scheduler, &store::BackupScheduler::backupWarning);
        scheduler.backupNow();
        QVERIFY(scheduler.waitForBackup(60000));
        QCOMPARE(warned.size(), 1);
        QVERIFY(warned.first().first().toString().contains(QStringLiteral("backup.budget_mb")));
        QCOMPARE(store::Backups(dir.path()).list().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackupPieces)
#include "tst_backuppieces.moc"
