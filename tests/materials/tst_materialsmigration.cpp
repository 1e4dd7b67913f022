#include "testkey.h"

#include "store/database.h"
#include "store/materialfiles.h"
#include "store/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Migration 24 moves the medical materials out of station.db into sealed files. A database at the
// old layout, full of materials, is migrated by a child process that is killed at random moments,
// several times; the last start finishes, and every material reads back with its SHA-256.
class TestMaterialsMigration : public QObject
{
    Q_OBJECT

    static constexpr int kOldSchema = 20;
    static constexpr int kMaterials = 48;

    // The old layout as schema 20 wrote it: material rows with their sealed content inside.
    // Returns each material's id and the SHA-256 of its plaintext.
    static QHash<QString, QString> writeOldDatabase(const QString &dataDir, quint32 runSeed)
    {
        const auto seed = [runSeed](int i) {
            return runSeed + quint32(i);
        };
        QHash<QString, QString> expected;
        const QString name = QStringLiteral("old-layout");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(store::databasePath(dataDir));
            if (!db.open())
                return {};
            const store::Sealer sealer(testDataKey());
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            query.exec(QStringLiteral("BEGIN"));
            for (int step = 0; step < kOldSchema; ++step) {
                const store::Migration &migration = store::migrations().at(step);
                for (const QString &statement : migration.before)
                    if (!query.exec(statement))
                        return {};
                if (migration.rewrite && !migration.rewrite(db, sealer).isEmpty())
                    return {};
                for (const QString &statement : migration.after)
                    if (!query.exec(statement))
                        return {};
            }
            query.prepare(QStringLiteral(
                "INSERT INTO material_files(id, acceptance_no, name, media_type, size, sha256, source, "
                "added_by, "
                "added_at, sealed_content) VALUES(?, ?, ?, 'application/pdf', ?, ?, 'roster', 'admin', "
                "'2026-01-05T09:00:00.000', ?)"));
            for (int i = 0; i < kMaterials; ++i) {
                // Distinct content of 60 to 240 KB, except that every eighth one repeats the one
                // before it in another case: the same document twice becomes one file.
                QByteArray content = QByteArray("%PDF-1.7 ") + QByteArray::number(i % 8 == 7 ? i - 1 : i);
                QRandomGenerator bytes(seed(i % 8 == 7 ? i - 1 : i));
                content.resize(60000 + int(bytes.bounded(180000)));
                for (qsizetype b = 16; b < content.size(); ++b)
                    content[b] = char(bytes.bounded(256));
                const QString id = QStringLiteral("M%1").arg(i, 4, 10, QLatin1Char('0'));
                const QString sha256 = QString::fromLatin1(
                    QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
                query.bindValue(0, id);
                query.bindValue(1, QStringLiteral("JD2026-%1").arg(i, 4, 10, QLatin1Char('0')));
                query.bindValue(2, QStringLiteral("scan.pdf"));
                query.bindValue(3, content.size());
                query.bindValue(4, sha256);
                query.bindValue(5, sealer.seal(content, id));
                if (!query.exec())
                    return {};
                expected.insert(id, sha256);
            }
            query.exec(QStringLiteral("COMMIT"));
            query.exec(QStringLiteral("PRAGMA user_version=%1").arg(kOldSchema));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return expected;
    }

    static int userVersion(const QString &dataDir)
    {
        int version = -1;
        const QString name = QStringLiteral("inspect");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(store::databasePath(dataDir));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                    version = query.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return version;
    }

    static QString helper()
    {
        return QCoreApplication::applicationDirPath() + QStringLiteral("/materials-migrate-helper");
    }

private slots:
    void aKilledMigrationResumesWithNothingLost()
    {
        QTemporaryDir dir;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        const QHash<QString, QString> expected = writeOldDatabase(dir.path(), seed);
        QCOMPARE(expected.size(), kMaterials);
        const QStringList arguments{dir.path(), QString::fromLatin1(testDataKey().bytes().toHex())};

        // A full run's length, measured on a copy, sets the range of the random kills.
        qint64 fullRunMs = 0;
        {
            QTemporaryDir probe;
            QCOMPARE(writeOldDatabase(probe.path(), seed).size(), kMaterials);
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(QProcess::execute(helper(), {probe.path(), arguments.at(1)}), 0);
            fullRunMs = qMax<qint64>(timer.elapsed(), 20);
        }

        int killedWhileRunning = 0;
        for (int round = 0; round < 6 && userVersion(dir.path()) == kOldSchema; ++round) {
            QProcess child;
            child.start(helper(), arguments);
            QVERIFY(child.waitForStarted());
            if (round == 0) {
                // Once surely in the middle of the move: some files written, not all.
                const store::Sealer sealer(testDataKey());
                const store::MaterialFiles files(dir.path(), sealer);
                QElapsedTimer waited;
                waited.start();
                while (files.names().size() < kMaterials / 4 && child.state() == QProcess::Running &&
                       waited.elapsed() < 20000)
                    QTest::qSleep(2);
            } else {
                // Process start-up is part of the measured run; the kill lands anywhere in it.
                QTest::qSleep(int(random.bounded(quint32(fullRunMs))));
            }
            if (child.state() == QProcess::Running) {
                ++killedWhileRunning;
                child.kill();
            }
            QVERIFY(child.waitForFinished(30000));
        }
        qInfo("killed %d times over a %lld ms migration", killedWhileRunning, fullRunMs);
        QVERIFY(killedWhileRunning >= 1);

        // The last start finishes the work.
        QProcess last;
        last.start(helper(), arguments);
        QVERIFY(last.waitForFinished(60000));
        QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());
        QCOMPARE(userVersion(dir.path()), store::kSchemaVersion);

        core::ManualClock clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0))};
        auto db = store::Database::open(store::databasePath(dir.path()), clock, testDataKey()).database;
        QVERIFY(db);
        const store::MaterialFiles files(dir.path(), db->sealer());
        QSqlQuery rows(db->connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT id, sha256 FROM material_files")));
        int checked = 0;
        while (rows.next()) {
            const QString id = rows.value(0).toString();
            QCOMPARE(rows.value(1).toString(), expected.value(id));
            const auto content = files.read(expected.value(id));
            QVERIFY2(content.ok(), qPrintable(content.error()));
            QCOMPARE(
                QString::fromLatin1(QCryptographicHash::hash(*content, QCryptographicHash::Sha256).toHex()),
                expected.value(id));
            ++checked;
        }
        QCOMPARE(checked, kMaterials);
        // One file per distinct content, and no temporary file left behind by the kills that
        // the next write would not remove.
        QCOMPARE(files.names().size(), QSet<QString>(expected.cbegin(), expected.cend()).size());
        QSqlQuery column(db->connection());
        QVERIFY(column.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('material_files') "
                                           "WHERE name = 'sealed_content'")));
        QVERIFY(!column.next());
        // The older database is kept, whole, from the first attempt.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("backups")))
                     .entryList({QStringLiteral("pre-upgrade-schema20-*.db")}, QDir::Files)
                     .size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestMaterialsMigration)
#include "tst_materialsmigration.moc"
