#include "store/backup.h"
#include "store/backupchunks.h"
#include "store/backupsummary.h"
#include "store/materialfiles.h"
#include "testkey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Backups in the cost of their changes (issue 21): the material list made from the journal equals
// the one made from every row, whatever was added, removed or archived and wherever a copy was
// killed; pruning from the summary of the kept copies deletes exactly what counting every manifest
// again deletes; a summary that cannot be trusted makes pruning count again.
class TestBackupSummary : public QObject
{
    Q_OBJECT

    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0))};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
    QRandomGenerator m_random;
    int m_rows = 0;

    QString dataDir() const { return m_dir->path(); }

    static QString contentName(quint32 n)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256).toHex());
    }

    // A material reference as MaterialRepository writes it, with its (stand-in) file in the data
    // folder: the backup copies bytes, it does not open them.
    void addRow(const QString &acceptanceNo, const QString &sha256)
    {
        const QString file = store::MaterialFiles(dataDir(), m_db->sealer()).pathOf(sha256);
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(sha256.toLatin1().repeated(3));
        out.close();
        QSqlQuery insert(m_db->connection());
        insert.prepare(
            QStringLiteral("INSERT OR IGNORE INTO material_files(id, acceptance_no, name, media_type, "
                           "size, sha256, source, added_by, added_at) VALUES(?, ?, 'x.pdf', "
                           "'application/pdf', 192, ?, 'desk', 'tester', '2026-11-23T09:00:00')"));
        store::bindAll(insert, {QStringLiteral("m%1").arg(++m_rows), acceptanceNo, sha256});
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }

    void exec(const QString &sql)
    {
        QSqlQuery query(m_db->connection());
        QVERIFY2(query.exec(sql), qPrintable(sql + QLatin1Char(' ') + query.lastError().text()));
    }

    // One round of a station's work on the materials: adds (some of them content another case
    // has), removals of single rows, a case archived (all its rows, as Retention does), a content
    // name changed.
    void work(int round)
    {
        const QString acceptanceNo = QStringLiteral("JD2026-%1").arg(round, 4, 10, QLatin1Char('0'));
        const int adds = 1 + int(m_random.bounded(40));
        for (int i = 0; i < adds; ++i)
            addRow(acceptanceNo, contentName(m_random.bounded(200)));
        if (m_random.bounded(2) == 0)
            exec(QStringLiteral("DELETE FROM material_files WHERE rowid IN (SELECT rowid FROM material_files "
                                "ORDER BY random() LIMIT %1)")
                     .arg(m_random.bounded(8)));
        if (round > 2 && m_random.bounded(3) == 0)
            exec(QStringLiteral("DELETE FROM material_files WHERE acceptance_no = 'JD2026-%1'")
                     .arg(int(m_random.bounded(quint32(round))), 4, 10, QLatin1Char('0')));
        if (m_random.bounded(4) == 0)
            exec(
                QStringLiteral(
                    "UPDATE OR IGNORE material_files SET sha256 = '%1' WHERE rowid = (SELECT max(rowid) FROM "
                    "material_files)")
                    .arg(contentName(1000 + m_random.bounded(50))));
        // The stand-in files of every name, so none is missing when a copy looks for it.
        QSqlQuery names(m_db->connection());
        QVERIFY(names.exec(QStringLiteral("SELECT DISTINCT sha256 FROM material_files")));
        while (names.next()) {
            const QString file =
                store::MaterialFiles(dataDir(), m_db->sealer()).pathOf(names.value(0).toString());
            if (!QFile::exists(file)) {
                QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
                QFile out(file);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write("x");
            }
        }
    }

    QSet<QString> truth() const
    {
        QSet<QString> names;
        QSqlQuery all(m_db->connection());
        if (all.exec(QStringLiteral("SELECT DISTINCT sha256 FROM material_files")))
            while (all.next())
                names.insert(all.value(0).toString());
        return names;
    }

    static QSet<QString> listed(const QString &manifestPath)
    {
        const auto manifest = store::ChunkManifest::read(manifestPath);
        if (!manifest)
            return {};
        const auto names =
            store::materialNames(manifest.value(), store::ChunkStore(QFileInfo(manifestPath).absolutePath() +
                                                                     QStringLiteral("/chunks")));
        return names ? QSet<QString>(names->cbegin(), names->cend()) : QSet<QString>();
    }

    // Every file under `folder` (relative paths), but the summary and the cached size.
    static QStringList filesUnder(const QString &folder)
    {
        QStringList files;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString name = QFileInfo(path).fileName();
            if (name.startsWith(store::BackupSummary::fileName()) || name == QLatin1String(".bytes") ||
                name == QLatin1String(".backup.lock"))
                continue;
            files << QDir(folder).relativeFilePath(path);
        }
        files.sort();
        return files;
    }

    // What the kept copies need, from their manifests alone: their pieces and material files.
    static QStringList neededFiles(const store::Backups &backups)
    {
        QSet<QString> needed;
        const store::ChunkStore chunks(backups.chunksFolder());
        for (const store::BackupInfo &backup : backups.list()) {
            needed.insert(QDir(backups.folder()).relativeFilePath(backup.path));
            const auto manifest = store::ChunkManifest::readWhole(backup.path);
            if (!manifest)
                return {QStringLiteral("unreadable manifest")};
            for (const auto &piece : manifest->allPieces())
                needed.insert(QDir(backups.folder()).relativeFilePath(chunks.pathOf(piece.hash)));
            for (const QString &name : listed(backup.path))
                if (QFile::exists(
                        QDir(backups.materialsFolder()).filePath(store::MaterialFiles::relativePath(name))))
                    needed.insert(QStringLiteral("materials/") + store::MaterialFiles::relativePath(name));
        }
        QStringList files(needed.cbegin(), needed.cend());
        files.sort();
        return files;
    }

    // A copy as the station takes it (then the scheduler prunes with the day's policy).
    QString takeCopy(const store::BackupPolicy &policy = {3650, 1000, 0})
    {
        m_clock.advanceSeconds(1800);
        store::Backups backups(dataDir());
        const auto copied = backups.copy(m_db->path(), m_clock.now());
        if (!copied) {
            qWarning("%s", qPrintable(copied.error()));
            return {};
        }
        backups.prune(policy, m_clock.now());
        return copied->path;
    }

    static bool copyFolder(const QString &from, const QString &to)
    {
        QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
            if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(path, target))
                return false;
        }
        return true;
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = store::Database::open(store::databasePath(dataDir()), m_clock, testDataKey()).database;
        QVERIFY(m_db);
        exec(QStringLiteral("PRAGMA foreign_keys = OFF")); // material rows without their cases
        m_rows = 0;
    }

    void cleanup() { m_db.reset(); }

    void incrementalListEqualsTheRows_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("killAt"); // the round whose copy is killed before its manifest; -1: none
        for (quint32 seed : {1u, 2u, 3u})
            QTest::addRow("seed %u", seed) << seed << -1;
        QTest::newRow("killed at round 3") << 7u << 3;
        QTest::newRow("killed at round 6") << 8u << 6;
    }

    // After each round of random work, the copy's list holds exactly the names the rows name, every
    // one of them in backups/materials, each copied once; the journal is read, not the table.
    void incrementalListEqualsTheRows()
    {
        QFETCH(quint32, seed);
        QFETCH(int, killAt);
        m_random.seed(seed);
        store::Backups backups(dataDir());
        int copied = 0;
        for (int round = 0; round < 10; ++round) {
            work(round);
            m_clock.advanceSeconds(1800);
            const auto copy = backups.copy(m_db->path(), m_clock.now());
            QVERIFY2(copy.ok(), qPrintable(copy.error()));
            QVERIFY(copy->materialsMissing.isEmpty());
            copied += copy->materialsCopied;
            if (round == killAt) {
                // Killed after its pieces and the change log's new start, before its name: as if
                // the manifest were never written (the pieces stay, the marker says so).
                QVERIFY(QFile::remove(copy->path));
                QFile marker(backups.copyingMarker());
                QVERIFY(marker.open(QIODevice::WriteOnly));
                continue;
            }
            const bool afterKill = round == killAt + 1 && killAt >= 0;
            if (round > 0 && !afterKill)
                QVERIFY2(copy->materialsFullScanReason.isEmpty(), qPrintable(copy->materialsFullScanReason));
            if (afterKill)
                QVERIFY(!copy->materialsFullScanReason.isEmpty()); // the log belonged to the killed copy
            QCOMPARE(listed(copy->path), truth());
            for (const QString &name : truth())
                QVERIFY(QFile::exists(
                    QDir(backups.materialsFolder()).filePath(store::MaterialFiles::relativePath(name))));
            QCOMPARE(store::Backups::check(copy->path), QStringLiteral("ok"));
        }
        // Each file once: as many copied as the store holds.
        QDirIterator files(backups.materialsFolder(), QDir::Files, QDirIterator::Subdirectories);
        int stored = 0;
        while (files.hasNext()) {
            files.next();
            stored += store::MaterialFiles::isContentName(files.fileName()) ? 1 : 0;
        }
        QCOMPARE(copied, stored);
        // The journal keeps only what the next copy reads.
        QSqlQuery left(m_db->connection());
        QVERIFY(left.exec(QStringLiteral("SELECT COUNT(*) FROM material_journal")));
        QVERIFY(left.next());
        QCOMPARE(left.value(0).toInt(), 0);
    }

    void summaryPrunesAsTheRecount_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("keepDays");
        QTest::addColumn<int>("keepCount");
        QTest::addColumn<int>("budgetPercent"); // of what every copy together holds; 0: no budget
        QTest::newRow("by count") << 11u << 3650 << 4 << 0;
        QTest::newRow("by age") << 12u << 2 << 1000 << 0;
        QTest::newRow("by budget") << 13u << 3650 << 1000 << 70;
        QTest::newRow("tight budget") << 14u << 3650 << 1000 << 10;
        QTest::newRow("all three") << 15u << 3 << 6 << 80;
        QTest::newRow("nothing goes") << 16u << 3650 << 1000 << 0;
    }

    // Two identical backup folders pruned with the same policy, one from its summary, one with
    // the summary gone (the full recount): the same files stay, exactly those the kept manifests
    // name.
    void summaryPrunesAsTheRecount()
    {
        QFETCH(quint32, seed);
        QFETCH(int, keepDays);
        QFETCH(int, keepCount);
        QFETCH(int, budgetPercent);
        m_random.seed(seed);
        // A history pruned as the station does (six copies kept), so the summary has counted
        // copies out and pieces back in.
        for (int round = 0; round < 14; ++round) {
            work(round);
            exec(QStringLiteral("CREATE TABLE IF NOT EXISTS filler(data BLOB)"));
            exec(QStringLiteral("INSERT INTO filler VALUES(randomblob(%1))")
                     .arg(100000 + m_random.bounded(400000)));
            if (round % 3 == 0)
                exec(QStringLiteral("DELETE FROM filler WHERE rowid = (SELECT min(rowid) FROM filler)"));
            QVERIFY(!takeCopy({3650, 6, 0}).isEmpty());
            m_clock.advanceSeconds(12 * 3600);
        }
        store::Backups summarized(dataDir());
        QCOMPARE(summarized.list().size(), 6);
        QTemporaryDir other;
        QVERIFY(copyFolder(summarized.folder(), QDir(other.path()).filePath(QStringLiteral("backups"))));
        store::Backups recounted(other.path());
        QVERIFY(QFile::remove(store::BackupSummary(recounted.folder()).path()));
        QCOMPARE(filesUnder(recounted.folder()), filesUnder(summarized.folder()));

        qint64 all = 0;
        {
            store::BackupSummary summary(summarized.folder());
            QString why;
            QStringList manifests;
            for (const auto &backup : summarized.list())
                manifests << QFileInfo(backup.path).fileName();
            QVERIFY2(summary.open(manifests, &why), qPrintable(why));
            all = summary.storedBytes() + summarized.materialsBytes();
        }
        const store::BackupPolicy policy{keepDays, keepCount, all * budgetPercent / 100};
        const store::PruneReport fromSummary = summarized.prune(policy, m_clock.now());
        const store::PruneReport fromRecount = recounted.prune(policy, m_clock.now());
        QVERIFY2(fromSummary.recountReason.isEmpty(), qPrintable(fromSummary.recountReason));
        QVERIFY(!fromRecount.recountReason.isEmpty());
        QCOMPARE(fromSummary.removed, fromRecount.removed);
        QCOMPARE(fromSummary.newestBytes, fromRecount.newestBytes);
        QCOMPARE(fromSummary.budgetTooSmall, fromRecount.budgetTooSmall);
        QCOMPARE(filesUnder(summarized.folder()), filesUnder(recounted.folder()));
        QCOMPARE(filesUnder(summarized.folder()), neededFiles(summarized));
        for (const auto &backup : summarized.list())
            QCOMPARE(store::Backups::check(backup.path), QStringLiteral("ok"));
        // The next prune of the recounted folder trusts its new summary.
        QVERIFY(recounted.prune(policy, m_clock.now()).recountReason.isEmpty());
    }

    void untrustedSummaryMeansARecount_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("missing") << "missing";
        QTest::newRow("garbage") << "garbage";
        QTest::newRow("cut short") << "cut short";
        QTest::newRow("a counted copy deleted by hand") << "copy deleted";
        QTest::newRow("a copy killed while writing pieces") << "killed copy";
    }

    // Whatever is wrong with the summary, pruning counts again and keeps exactly what the kept
    // copies need (and sweeps what a killed copy left).
    void untrustedSummaryMeansARecount()
    {
        QFETCH(QString, damage);
        m_random.seed(21);
        for (int round = 0; round < 6; ++round) {
            work(round);
            QVERIFY(!takeCopy().isEmpty());
        }
        store::Backups backups(dataDir());
        const QString summary = store::BackupSummary(backups.folder()).path();
        QVERIFY(QFile::exists(summary));
        if (damage == QLatin1String("missing")) {
            QVERIFY(QFile::remove(summary));
        } else if (damage == QLatin1String("garbage") || damage == QLatin1String("cut short")) {
            QFile file(summary);
            QVERIFY(file.open(QIODevice::ReadWrite));
            if (damage == QLatin1String("garbage"))
                file.write(QByteArray(4096, '\x5a'));
            else
                QVERIFY(file.resize(1000));
        } else if (damage == QLatin1String("copy deleted")) {
            QVERIFY(QFile::remove(backups.list().at(2).path));
        } else {
            // What a copy killed after writing some pieces leaves: pieces and a material file that
            // no manifest names, and its marker.
            const QString orphan =
                store::ChunkStore(backups.chunksFolder()).pathOf(QString(64, QLatin1Char('a')));
            QVERIFY(QDir().mkpath(QFileInfo(orphan).absolutePath()));
            QFile piece(orphan);
            QVERIFY(piece.open(QIODevice::WriteOnly));
            piece.write("piece");
            piece.close();
            const QString material = QDir(backups.materialsFolder())
                                         .filePath(store::MaterialFiles::relativePath(contentName(99999)));
            QVERIFY(QDir().mkpath(QFileInfo(material).absolutePath()));
            QFile file(material);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("sealed");
            file.close();
            QFile marker(backups.copyingMarker());
            QVERIFY(marker.open(QIODevice::WriteOnly));
        }
        const store::PruneReport report = backups.prune({3650, 3, 0}, m_clock.now());
        QVERIFY(!report.recountReason.isEmpty());
        QCOMPARE(report.removed, damage == QLatin1String("copy deleted") ? 2 : 3);
        QCOMPARE(filesUnder(backups.folder()), neededFiles(backups));
        QVERIFY(!QFile::exists(backups.copyingMarker()));
        for (const auto &backup : backups.list())
            QCOMPARE(store::Backups::check(backup.path), QStringLiteral("ok"));
        // Counted again, the summary is trusted by the next prune.
        QVERIFY(backups.prune({3650, 3, 0}, m_clock.now()).recountReason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackupSummary)
#include "tst_backupsummary.moc"
