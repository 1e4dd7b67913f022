#include "store/auditlog.h"
#include "store/backup.h"
#include "store/venuerepository.h"
#include "testkey.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestBackup : public QObject
{
    Q_OBJECT

    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0))};

    static void damage(const QString &path)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4096 * 2));
        file.write(QByteArray(4096 * 4, '\xA5'));
    }

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
        backups.prune(2);
        const auto kept = backups.list();
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).path, made.at(3));
        QCOMPARE(kept.at(1).path, made.at(4));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
