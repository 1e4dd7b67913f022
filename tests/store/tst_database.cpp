#include "store/auditlog.h"
#include "store/backup.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/outbox.h"
#include "store/venuerepository.h"
#include "testkey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace store;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(8, 30))};
    std::unique_ptr<QTemporaryDir> m_dir;

    std::unique_ptr<Database> openFresh()
    {
        auto opened = Database::open(databasePath(m_dir->path()), m_clock, testDataKey());
        if (!opened.database)
            qWarning() << opened.error;
        return std::move(opened.database);
    }

    void seedBatch(Database &db)
    {
        VenueRepository venues(db);
        QVERIFY(venues.saveVenue({QStringLiteral("V1"), QStringLiteral("Venue"), {}, {}}).ok());
        QVERIFY(venues.saveLane({QStringLiteral("normal"), QStringLiteral("A"), QStringLiteral("Normal")}, 1)
                    .ok());
        QVERIFY(venues.saveBatch({QStringLiteral("B1"), QStringLiteral("V1"), m_clock.today(), {}}).ok());
    }

    static core::Case sampleCase(const QString &acceptanceNo, const QString &batchId = QStringLiteral("B1"))
    {
        core::Case c;
        c.acceptanceNo = acceptanceNo;
        c.batchId = batchId;
        c.person = {QStringLiteral("11010519491231002X"),
                    QStringLiteral("Test Person"),
                    core::Gender::Female,
                    QDate(1949, 12, 31),
                    {},
                    {}};
        c.materials = {QStringLiteral("application form")};
        return c;
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void migratesFromEmpty()
    {
        auto db = openFresh();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), store::kSchemaVersion);
        const auto counts = db->rowCounts();
        for (const QString &table :
             {QStringLiteral("cases"), QStringLiteral("outbox"), QStringLiteral("accounts")}) {
            QVERIFY2(counts.contains(table), qPrintable(table));
            QCOMPARE(counts.value(table), 0);
        }
        QVERIFY(db->health().healthy());
        db.reset();
        // Opening again is a no-op on an up-to-date schema.
        auto again = openFresh();
        QVERIFY(again);
        QCOMPARE(again->schemaVersion(), store::kSchemaVersion);
    }

    void durabilityPragmasAreSet()
    {
        auto db = openFresh();
        QVERIFY(db);
        QCOMPARE(db->pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(db->pragma(QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(db->pragma(QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QVERIFY(db->pragma(QStringLiteral("busy_timeout")).toInt() >= 1000);
    }

    void refusesNewerSchemaWithoutTouchingIt()
    {
        {
            auto db = openFresh();
            QVERIFY(db);
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=%1").arg(store::kSchemaVersion + 5)));
        }
        const QString path = databasePath(m_dir->path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        auto opened = Database::open(path, m_clock, testDataKey());
        QVERIFY(!opened.database);
        QCOMPARE(opened.failure, OpenFailure::NewerSchema);
        QVERIFY2(opened.error.contains(QString::number(store::kSchemaVersion + 5)), qPrintable(opened.error));

        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    // A database as an older release left it: the first `schema` migrations applied, one setting.
    void writeOlderDatabase(int schema)
    {
        const QString name = QStringLiteral("older");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(databasePath(m_dir->path()));
            QVERIFY(db.open());
            const Sealer sealer(testDataKey());
            QSqlQuery query(db);
            for (int step = 0; step < schema; ++step) {
                const Migration &migration = migrations().at(step);
                for (const QString &statement : migration.before)
                    QVERIFY2(query.exec(statement), qPrintable(statement));
                if (migration.rewrite)
                    QCOMPARE(migration.rewrite(db, sealer), QString());
                for (const QString &statement : migration.after)
                    QVERIFY2(query.exec(statement), qPrintable(statement));
            }
            QVERIFY(query.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('marker', 'kept')")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=%1").arg(schema)));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    static int userVersionOf(const QString &path, QString *marker = nullptr)
    {
        int version = -1;
        const QString name = QStringLiteral("inspect");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                    version = query.value(0).toInt();
                if (marker && query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'marker'")) &&
                    query.next())
                    *marker = query.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return version;
    }

    void upgradeTakesACheckedBackupFirst()
    {
        writeOlderDatabase(10);
        auto db = openFresh();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), store::kSchemaVersion);
        QCOMPARE(db->upgradedFromSchema(), 10);
        const QString copy = db->upgradeBackup();
        QVERIFY(!copy.isEmpty());
        QCOMPARE(QFileInfo(copy).absolutePath(), Backups(m_dir->path()).folder());
        QVERIFY2(QFileInfo(copy).fileName().startsWith(QStringLiteral("pre-upgrade-schema10-")),
                 qPrintable(copy));
        QCOMPARE(Backups::check(copy), QStringLiteral("ok"));
        QString marker;
        QCOMPARE(userVersionOf(copy, &marker), 10); // the older program can open the copy
        QCOMPARE(marker, QStringLiteral("kept"));
        QString migratedMarker; // the migrated database kept the row too
        QCOMPARE(userVersionOf(db->path(), &migratedMarker), store::kSchemaVersion);
        QCOMPARE(migratedMarker, QStringLiteral("kept"));
        // Not among the regular backups, so pruning them never removes it.
        QVERIFY(Backups(m_dir->path()).list().isEmpty());
        db.reset();
        // An up-to-date database is opened without another copy.
        auto again = openFresh();
        QVERIFY(again);
        QVERIFY(again->upgradeBackup().isEmpty());
        // One self-contained file: no -wal or -shm beside it, no second copy.
        QCOMPARE(QDir(Backups(m_dir->path()).folder()).entryList(QDir::Files),
                 QStringList{QFileInfo(copy).fileName()});
    }

    void noBackupNoMigration()
    {
        writeOlderDatabase(10);
        // The backup folder cannot be made: a file stands where it would be.
        QFile blocker(Backups(m_dir->path()).folder());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto opened = Database::open(databasePath(m_dir->path()), m_clock, testDataKey());
        QVERIFY(!opened.database);
        QCOMPARE(opened.failure, OpenFailure::MigrationFailed);
        QVERIFY2(opened.error.contains(QStringLiteral("backup")), qPrintable(opened.error));
        QCOMPARE(userVersionOf(databasePath(m_dir->path())), 10);
    }

    void refusesAFileThatIsNotADatabase()
    {
        const QString path = databasePath(m_dir->path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        auto opened = Database::open(path, m_clock, testDataKey());
        QVERIFY(!opened.database);
        QCOMPARE(opened.failure, OpenFailure::CannotOpen);
        QVERIFY(!opened.error.isEmpty());
    }

    void markingRowsSentLeavesTheDatabaseWaitingForTheDisk()
    {
        // markSent commits without fsync; every later commit must wait for the disk again.
        auto db = openFresh();
        QVERIFY(db);
        seedBatch(*db);
        QVERIFY(CaseRepository(*db).save(sampleCase(QStringLiteral("JD-1"))).ok());
        Outbox outbox(*db);
        const auto rows = outbox.pending(10, false, 0);
        QVERIFY(!rows.isEmpty());
        QVERIFY(outbox.markSent({rows.constFirst().seq}).ok());
        QCOMPARE(outbox.counts().pending, rows.size() - 1);
        QCOMPARE(db->pragma(QStringLiteral("synchronous")), QStringLiteral("2")); // FULL again
        // Inside an outer transaction it joins it, and the setting is untouched.
        QVERIFY(db->transaction([&]() -> core::Status {
                      return db->transactionWithoutFsync([] { return core::Status(); });
                  }).ok());
        QCOMPARE(db->pragma(QStringLiteral("synchronous")), QStringLiteral("2"));
        // Rows after a given seq, for the batch prepared while another is in flight.
        const auto after = outbox.pending(10, false, rows.constFirst().seq);
        QVERIFY(std::all_of(after.cbegin(), after.cend(),
                            [&](const OutboxRecord &row) { return row.seq > rows.constFirst().seq; }));
        QCOMPARE(after.size(), rows.size() - 1);
    }

    void everyWriteAppendsOneOutboxRow()
    {
        auto db = openFresh();
        QVERIFY(db);
        seedBatch(*db);
        Outbox outbox(*db);
        const qint64 before = outbox.counts().total;
        CaseRepository cases(*db);
        QVERIFY(cases.save(sampleCase(QStringLiteral("JD-1"))).ok());
        QCOMPARE(outbox.counts().total, before + 1);
        QVERIFY(
            cases.transition(QStringLiteral("JD-1"), core::CaseState::CheckedIn, {}, QStringLiteral("desk"))
                .ok());
        // The transition itself and its audit row, both for upload.
        QCOMPARE(outbox.counts().total, before + 3);
        QCOMPARE(outbox.counts().pending, before + 3);
        QStringList types;
        for (const auto &record : outbox.pending(100))
            types << record.type;
        QCOMPARE(types.count(QStringLiteral("case_transition")), 1);
        QCOMPARE(types.count(QStringLiteral("audit")), 1);

        // A second version of the same case names its predecessor.
        core::Case changed = sampleCase(QStringLiteral("JD-1"));
        changed.employer = QStringLiteral("Changed Ltd");
        QVERIFY(cases.save(changed).ok());
        const auto pending = outbox.pending(100);
        QList<OutboxRecord> caseRecords;
        for (const auto &record : pending) {
            if (record.type == QLatin1String("case") && record.entityKey == QLatin1String("JD-1"))
                caseRecords << record;
        }
        QCOMPARE(caseRecords.size(), 2);
        QCOMPARE(caseRecords.at(1).version, 2);
        QCOMPARE(caseRecords.at(1).predecessor, caseRecords.at(0).recordId);
        QCOMPARE(caseRecords.at(1).payload.value(QStringLiteral("employer")).toString(),
                 QStringLiteral("Changed Ltd"));
        QCOMPARE(caseRecords.at(0).createdAt, m_clock.now());
    }

    void failedRecordWriteLeavesNoOutboxRow()
    {
        auto db = openFresh();
        QVERIFY(db);
        seedBatch(*db);
        const qint64 before = Outbox(*db).counts().total;
        // The batch does not exist: the foreign key refuses the case.
        const core::Status status =
            CaseRepository(*db).save(sampleCase(QStringLiteral("JD-2"), QStringLiteral("nope")));
        QVERIFY(!status.ok());
        QVERIFY(!status.error().isEmpty());
        QCOMPARE(Outbox(*db).counts().total, before);
        QVERIFY(!CaseRepository(*db).find(QStringLiteral("JD-2")));
    }

    void failedOutboxWriteLeavesNoRecord()
    {
        auto db = openFresh();
        QVERIFY(db);
        seedBatch(*db);
        const qint64 before = Outbox(*db).counts().total;
        // Make the outbox refuse the next row, after the case row itself was written.
        QSqlQuery trigger(db->connection());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox "
                                            "BEGIN SELECT RAISE(ABORT, 'outbox refused'); END")));
        const core::Status status = CaseRepository(*db).save(sampleCase(QStringLiteral("JD-3")));
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QStringLiteral("outbox refused")), qPrintable(status.error()));
        QVERIFY(!CaseRepository(*db).find(QStringLiteral("JD-3")));
        QCOMPARE(Outbox(*db).counts().total, before);

        // A refused transition leaves the state and the history as they were.
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER refuse_outbox")));
        QVERIFY(CaseRepository(*db).save(sampleCase(QStringLiteral("JD-3"))).ok());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox "
                                            "BEGIN SELECT RAISE(ABORT, 'outbox refused'); END")));
        QVERIFY(
            !CaseRepository(*db).transition(QStringLiteral("JD-3"), core::CaseState::CheckedIn, {}, {}).ok());
        QCOMPARE(CaseRepository(*db).find(QStringLiteral("JD-3"))->state, core::CaseState::Registered);
        QVERIFY(CaseRepository(*db).history(QStringLiteral("JD-3")).isEmpty());
    }

    void outboxRowsNeedATransaction()
    {
        auto db = openFresh();
        QVERIFY(db);
        QVERIFY(!Outbox(*db).append(QStringLiteral("case"), QStringLiteral("x"), {}).ok());
        QCOMPARE(Outbox(*db).counts().total, 0);
    }

    void illegalTransitionIsRefusedWithReason()
    {
        auto db = openFresh();
        QVERIFY(db);
        seedBatch(*db);
        CaseRepository cases(*db);
        QVERIFY(cases.save(sampleCase(QStringLiteral("JD-4"))).ok());
        const core::Status status =
            cases.transition(QStringLiteral("JD-4"), core::CaseState::Concluded, {}, {});
        QVERIFY(!status.ok());
        QVERIFY(!status.error().isEmpty());
        QCOMPARE(cases.find(QStringLiteral("JD-4"))->state, core::CaseState::Registered);

        m_clock.advanceSeconds(60);
        QVERIFY(
            cases.transition(QStringLiteral("JD-4"), core::CaseState::CheckedIn, {}, QStringLiteral("desk"))
                .ok());
        const auto history = cases.history(QStringLiteral("JD-4"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().transition.at, m_clock.now());
        QCOMPARE(history.first().actor, QStringLiteral("desk"));
        QCOMPARE(cases.find(QStringLiteral("JD-4"))->state, core::CaseState::CheckedIn);
    }

    void roundTripsACase()
    {
        auto db = openFresh();
        QVERIFY(db);
        seedBatch(*db);
        CaseRepository cases(*db);
        core::Case c = sampleCase(QStringLiteral("JD-5"));
        c.type = core::AppraisalType::OccupationalDisease;
        c.specialty = core::Specialty::Occupational;
        c.materials = {QStringLiteral("a"), QStringLiteral("b;c")};
        c.person.address = QStringLiteral("广州市天河区");
        QVERIFY(cases.save(c).ok());
        const auto found = cases.findByIdNumber(QStringLiteral("11010519491231002X"), QStringLiteral("B1"));
        QVERIFY(found);
        QCOMPARE(found->data.acceptanceNo, c.acceptanceNo);
        QCOMPARE(found->data.type, c.type);
        QCOMPARE(found->data.specialty, c.specialty);
        QCOMPARE(found->data.materials, c.materials);
        QCOMPARE(found->data.person.address, c.person.address);
        QCOMPARE(found->data.person.gender, core::Gender::Female);
        QCOMPARE(cases.inBatch(QStringLiteral("B1")).size(), 1);
    }

    void settingsPersist()
    {
        const store::SettingSpec &province = store::settings::DeliveryDefaultProvince;
        {
            auto db = openFresh();
            QVERIFY(db->setSetting(province, QStringLiteral("v1")).ok());
            QVERIFY(db->setSetting(province.name(), QStringLiteral("v2")).ok());
        }
        auto db = openFresh();
        QCOMPARE(db->setting(province), QStringLiteral("v2"));
        // Each change is a configuration change in the audit trail; setting the same value again is not.
        QVERIFY(db->setSetting(province, QStringLiteral("v2"), QStringLiteral("admin")).ok());
        QVERIFY(db->setSetting(province, QStringLiteral("v3"), QStringLiteral("admin")).ok());
        const auto trail = store::AuditLog(*db).entries();
        QCOMPARE(trail.size(), 3);
        QCOMPARE(trail.last().action, QStringLiteral("config.set"));
        QCOMPARE(trail.last().actor, QStringLiteral("admin"));
        QCOMPARE(trail.last().subject, province.name());
        QCOMPARE(trail.last().details.value(QStringLiteral("from")).toString(), QStringLiteral("v2"));
        QCOMPARE(trail.last().details.value(QStringLiteral("to")).toString(), QStringLiteral("v3"));
        // A synced setting also goes to the central system, as a record of its own.
        QSqlQuery synced(db->connection());
        QVERIFY(synced.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE type = 'setting'")));
        QVERIFY(synced.next());
        QCOMPARE(synced.value(0).toInt(), 3);
        // Never set: the registry's default.
        QVERIFY(!db->hasSetting(store::settings::LockoutMinutes));
        QCOMPARE(db->setting(store::settings::LockoutMinutes), QStringLiteral("15"));
        QCOMPARE(db->settingNumber(store::settings::LockoutMinutes), 15);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
