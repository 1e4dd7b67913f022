#include "testkey.h"
#include "testsession.h"

#include "demo/demovenue.h"
#include "demo/samplematerials.h"
#include "materials/materialstore.h"
#include "store/backup.h"
#include "store/backupchunks.h"
#include "store/materialfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using core::Role;

namespace {

const QString kCase = QStringLiteral("JD2026-0001");

int filesUnder(const QString &folder)
{
    int n = 0;
    QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        ++n;
    }
    return n;
}

} // namespace

// Backups of the medical materials: each file is copied once into backups/materials, shared by
// every copy of the database; a restore brings the files back and checks them; pruning removes
// the files no kept copy names; the budget counts them.
class TestMaterialsBackup : public QObject
{
    Q_OBJECT

    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0))};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<materials::MaterialStore> m_store;

    materials::MaterialFile add(const QString &name, const QByteArray &content)
    {
        const auto added = m_store->add(testSession(Role::FrontDesk), kCase, name, content);
        if (!added)
            qWarning("%s", qPrintable(added.error()));
        return added ? added.value() : materials::MaterialFile{};
    }

    QString dataMaterials() const { return store::MaterialFiles::folderIn(m_dir->path()); }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = store::Database::open(store::databasePath(m_dir->path()), m_clock, testDataKey()).database;
        QVERIFY(m_db);
        QVERIFY(demo::DemoVenue::load(*m_db, m_clock.today()).ok());
        m_store = std::make_unique<materials::MaterialStore>(*m_db);
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void eachFileIsCopiedOnceAndRestored()
    {
        store::Backups backups(m_dir->path());
        const auto a = add(QStringLiteral("a.pdf"), demo::samplePdf(kCase, QStringLiteral("A"), 1));
        const auto b = add(QStringLiteral("b.png"), demo::samplePng(kCase));
        QVERIFY(!a.id.isEmpty() && !b.id.isEmpty());
        const auto first = backups.create(*m_db, QStringLiteral("tester"));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->materialsCopied, 2);
        const store::MaterialFiles files(m_dir->path(), m_db->sealer());
        QCOMPARE(first->materialBytesCopied,
                 QFileInfo(files.pathOf(a.sha256)).size() + QFileInfo(files.pathOf(b.sha256)).size());
        QVERIFY(first->materialsMissing.isEmpty());
        m_clock.advanceSeconds(60);
        // Made once: the sample PDF carries its creation second, so a second call may differ.
        const QByteArray cBytes = demo::samplePdf(kCase, QStringLiteral("C"), 1);
        const auto c = add(QStringLiteral("c.pdf"), cBytes);
        const auto second = backups.create(*m_db, QStringLiteral("tester"));
        QVERIFY(second.ok());
        QCOMPARE(second->materialsCopied, 1); // only the new one
        QCOMPARE(filesUnder(backups.materialsFolder()), 3);
        // Sealed as in the data folder: no plaintext in the store either.
        QFile copied(backups.materialsFolder() + QLatin1Char('/') +
                     store::MaterialFiles::relativePath(c.sha256));
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QVERIFY(!copied.readAll().contains("%PDF"));

        // The data folder loses its materials; the restore brings back what the copy names.
        m_store.reset();
        m_db.reset();
        QVERIFY(QDir(dataMaterials()).removeRecursively());
        QVERIFY(backups.restore(second->path, m_clock).ok());
        m_db = store::Database::open(store::databasePath(m_dir->path()), m_clock, testDataKey()).database;
        QVERIFY(m_db);
        const auto checked = store::Backups::verifyMaterials(*m_db);
        QVERIFY2(checked.ok(), qPrintable(checked.error()));
        QCOMPARE(checked.value(), 3);
        m_store = std::make_unique<materials::MaterialStore>(*m_db);
        QCOMPARE(m_store->content(testSession(Role::Clerk), c.id).value(), cBytes);
    }

    void aBackupMissingMaterialsIsNotRestored()
    {
        store::Backups backups(m_dir->path());
        const auto a = add(QStringLiteral("a.png"), demo::samplePng(kCase));
        const auto copy = backups.create(*m_db, QStringLiteral("tester"));
        QVERIFY(copy.ok());
        m_store.reset();
        m_db.reset();
        QVERIFY(QDir(dataMaterials()).removeRecursively());
        QVERIFY(QFile::remove(backups.materialsFolder() + QLatin1Char('/') +
                              store::MaterialFiles::relativePath(a.sha256)));
        const QByteArray before = [&] {
            QFile live(store::databasePath(m_dir->path()));
            return live.open(QIODevice::ReadOnly) ? live.readAll() : QByteArray();
        }();
        const core::Status restored = backups.restore(copy->path, m_clock);
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().contains(QStringLiteral("nothing was restored")),
                 qPrintable(restored.error()));
        QFile live(store::databasePath(m_dir->path()));
        QVERIFY(live.open(QIODevice::ReadOnly));
        QCOMPARE(live.readAll(), before); // untouched
    }

    void pruningRemovesFilesNoCopyNames()
    {
        store::Backups backups(m_dir->path());
        const auto a = add(QStringLiteral("a.png"), demo::samplePng(kCase));
        const auto b = add(QStringLiteral("b.pdf"), demo::samplePdf(kCase, QStringLiteral("B"), 1));
        QVERIFY(backups.create(*m_db, QStringLiteral("tester")).ok());
        // b leaves the station (as retention does), so only the older copy names it.
        QSqlQuery remove(m_db->connection());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM material_files WHERE id = '%1'").arg(b.id)));
        m_clock.advanceSeconds(60);
        QVERIFY(backups.create(*m_db, QStringLiteral("tester")).ok());
        QCOMPARE(filesUnder(backups.materialsFolder()), 2);
        const store::PruneReport kept = backups.prune({7, 2, 0}, m_clock.now());
        QCOMPARE(kept.removed, 0);
        QCOMPARE(kept.materialsRemoved, 0);
        // The budget counts the materials store with the newest copy (its pieces: the database
        // and the list of the material files it names).
        const qint64 newestWithMaterials =
            store::ChunkManifest::readWhole(backups.list().last().path)->storedBytes() +
            backups.materialsBytes();
        const store::PruneReport pruned = backups.prune({7, 1, 0}, m_clock.now());
        QCOMPARE(pruned.newestBytes, newestWithMaterials);
        QCOMPARE(pruned.removed, 1);
        QCOMPARE(pruned.materialsRemoved, 1);
        QCOMPARE(filesUnder(backups.materialsFolder()), 1);
        QVERIFY(QFile::exists(backups.materialsFolder() + QLatin1Char('/') +
                              store::MaterialFiles::relativePath(a.sha256)));
        const store::PruneReport tight =
            backups.prune({7, 1, backups.list().last().bytes + 1}, m_clock.now());
        QVERIFY(tight.budgetTooSmall);
    }
};

QTEST_MAIN(TestMaterialsBackup) // the sample documents draw text
#include "tst_materialsbackup.moc"
