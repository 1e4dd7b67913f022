#include "testkey.h"

#include "store/caserepository.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/outbox.h"
#include "store/venuerepository.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace store;

namespace {

const QString kName = QStringLiteral("测试人员甲");
const QString kIdNumber = QStringLiteral("11010519491231002X");
const QString kPhone = QStringLiteral("13912345678");
const QString kAddress = QStringLiteral("北京市西城区测试路99号");

// Every file of the database (main file and write-ahead log), as bytes.
QByteArray databaseBytes(const QString &path)
{
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

void expectNoPlaintext(const QByteArray &bytes)
{
    for (const QString &secret : {kName, kIdNumber, kPhone, kAddress}) {
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        QVERIFY2(!bytes.contains(utf16), qPrintable(secret));
    }
}

} // namespace

class TestSealing : public QObject
{
    Q_OBJECT

private:
    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(8, 30))};
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path() const { return databasePath(m_dir->path()); }

    static core::Case sampleCase()
    {
        core::Case c;
        c.acceptanceNo = QStringLiteral("JD2026-0001");
        c.batchId = QStringLiteral("B1");
        c.person = {kIdNumber, kName, core::Gender::Female, QDate(1949, 12, 31), kPhone, kAddress};
        c.lane = QStringLiteral("normal");
        c.materials = {QStringLiteral("application form")};
        return c;
    }

    void seed(Database &db)
    {
        VenueRepository venues(db);
        QVERIFY(venues.saveVenue({QStringLiteral("V1"), QStringLiteral("Venue"), {}, {}}).ok());
        QVERIFY(venues.saveLane({QStringLiteral("normal"), QStringLiteral("A"), QStringLiteral("Normal")}, 1)
                    .ok());
        QVERIFY(venues.saveBatch({QStringLiteral("B1"), QStringLiteral("V1"), m_clock.today(), {}}).ok());
        QVERIFY(CaseRepository(db).save(sampleCase()).ok());
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void personalDataIsSealedAndFoundByBlindIndex()
    {
        auto db = Database::open(path(), m_clock, testDataKey()).database;
        QVERIFY(db);
        QCOMPARE(db->pragma(QStringLiteral("secure_delete")), QStringLiteral("1"));
        seed(*db);

        const auto found = CaseRepository(*db).findByIdNumber(kIdNumber.toLower());
        QVERIFY(found);
        QCOMPARE(found->data.person.name, kName);
        QCOMPARE(found->data.person.phone, kPhone);
        QCOMPARE(found->data.person.address, kAddress);
        QVERIFY(!found->unreadable);
        QVERIFY(!CaseRepository(*db).findByIdNumber(QStringLiteral("110105194912310037")));

        // The outbox payload opens back into the same data for the uploader.
        const auto pending = Outbox(*db).pending(100);
        bool sawCase = false;
        for (const OutboxRecord &record : pending) {
            QVERIFY(!record.unreadable);
            if (record.type == QLatin1String("case")) {
                sawCase = true;
                QCOMPARE(record.payload.value(QStringLiteral("name")).toString(), kName);
            }
        }
        QVERIFY(sawCase);
        expectNoPlaintext(databaseBytes(path()));
    }

    void sealedValueMovedToAnotherRowDoesNotOpen()
    {
        auto db = Database::open(path(), m_clock, testDataKey()).database;
        QVERIFY(db);
        seed(*db);
        core::Case other = sampleCase();
        other.acceptanceNo = QStringLiteral("JD2026-0002");
        other.person.name = QStringLiteral("另一人");
        QVERIFY(CaseRepository(*db).save(other).ok());
        QSqlQuery swap(db->connection());
        QVERIFY(
            swap.exec(QStringLiteral("UPDATE cases SET personal = (SELECT personal FROM cases WHERE "
                                     "acceptance_no = 'JD2026-0001') WHERE acceptance_no = 'JD2026-0002'")));
        const auto moved = CaseRepository(*db).find(QStringLiteral("JD2026-0002"));
        QVERIFY(moved);
        QVERIFY(moved->unreadable);
        QVERIFY(moved->data.person.name.isEmpty());
    }

    // The names of a list page in one go (CaseRepository::names, in slices of 250): each under its
    // own number, an unknown number absent, a seal moved from another row unreadable.
    void namesOfAListArePerRow()
    {
        auto db = Database::open(path(), m_clock, testDataKey()).database;
        QVERIFY(db);
        seed(*db);
        QStringList numbers;
        QVERIFY(db->transaction([&]() -> core::Status {
                      for (int i = 2; i <= 600; ++i) {
                          core::Case other = sampleCase();
                          other.acceptanceNo = QStringLiteral("JD2026-%1").arg(i, 4, 10, QLatin1Char('0'));
                          other.person.name = QStringLiteral("人%1").arg(i);
                          if (const core::Status saved = CaseRepository(*db).save(other); !saved)
                              return saved;
                          numbers << other.acceptanceNo;
                      }
                      return {};
                  }).ok());
        QSqlQuery swap(db->connection());
        QVERIFY(
            swap.exec(QStringLiteral("UPDATE cases SET personal = (SELECT personal FROM cases WHERE "
                                     "acceptance_no = 'JD2026-0001') WHERE acceptance_no = 'JD2026-0300'")));
        numbers << QStringLiteral("JD2026-9999") << QStringLiteral("JD2026-0001");
        const auto names = CaseRepository(*db).names(numbers);
        QCOMPARE(names.size(), 600); // 599 others and the first; not the unknown number
        QCOMPARE(names.value(QStringLiteral("JD2026-0001")), std::optional<QString>(kName));
        QVERIFY(!names.contains(QStringLiteral("JD2026-9999")));
        QCOMPARE(names.value(QStringLiteral("JD2026-0300")), std::optional<QString>());
        QVERIFY(names.contains(QStringLiteral("JD2026-0300")));
        for (int i : {2, 250, 251, 299, 301, 500, 501, 600})
            QCOMPARE(names.value(QStringLiteral("JD2026-%1").arg(i, 4, 10, QLatin1Char('0'))),
                     std::optional<QString>(QStringLiteral("人%1").arg(i)));
    }

    void anotherKeyIsRefusedAndTheFileIsLeftAlone()
    {
        {
            auto db = Database::open(path(), m_clock, testDataKey()).database;
            QVERIFY(db);
            seed(*db);
        }
        const QByteArray before = databaseBytes(path());
        auto opened = Database::open(path(), m_clock, crypto::DataKey::generate());
        QVERIFY(!opened.database);
        QCOMPARE(opened.failure, OpenFailure::WrongKey);
        QVERIFY2(opened.error.contains(QStringLiteral("recovery key")), qPrintable(opened.error));
        QCOMPARE(databaseBytes(path()), before);
        QVERIFY(!Database::storedKeyCheck(path()).isEmpty());
        QCOMPARE(Database::storedKeyCheck(path()), Sealer(testDataKey()).keyCheck());
    }

    // A database written before encryption (schema 3) is sealed in place when first opened.
    void schema3PlaintextIsSealedOnUpgrade()
    {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path());
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            for (int version = 0; version < 3; ++version)
                for (const QString &statement : migrations().at(version).before)
                    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            const QStringList inserts{
                QStringLiteral("INSERT INTO venues(id, name) VALUES('V1', 'Venue')"),
                QStringLiteral("INSERT INTO lanes(key, prefix, name) VALUES('normal', 'A', 'Normal')"),
                QStringLiteral("INSERT INTO batches(id, venue_id, day) VALUES('B1', 'V1', '2026-11-22')"),
                QStringLiteral(
                    "INSERT INTO cases(acceptance_no, batch_id, id_number, name, gender, birth_date, "
                    "phone, address, appraisal_type, specialty, lane, updated_at) VALUES("
                    "'JD2026-0001', 'B1', '%1', '%2', 'female', '1949-12-31', '%3', '%4', "
                    "'work_injury', 'orthopaedics', 'normal', '2026-11-22T08:00:00')")
                    .arg(kIdNumber, kName, kPhone, kAddress),
                QStringLiteral(
                    "INSERT INTO outbox(record_id, type, entity_key, version, payload, created_at) "
                    "VALUES('r1', 'case', 'JD2026-0001', 1, '{\"name\":\"%1\"}', "
                    "'2026-11-22T08:00:00')")
                    .arg(kName),
                QStringLiteral("PRAGMA user_version=3"),
            };
            for (const QString &statement : inserts)
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QVERIFY(databaseBytes(path()).contains(kName.toUtf8())); // the scan below can see plaintext

        auto db = Database::open(path(), m_clock, testDataKey()).database;
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), store::kSchemaVersion);
        const auto found = CaseRepository(*db).findByIdNumber(kIdNumber);
        QVERIFY(found);
        QCOMPARE(found->data.person.name, kName);
        QCOMPARE(found->data.person.address, kAddress);
        // The case's record, beside the audit row of the upgrade itself (database.upgrade).
        QList<OutboxRecord> cases;
        for (const OutboxRecord &record : Outbox(*db).pending(10))
            if (record.type == QLatin1String("case"))
                cases << record;
        QCOMPARE(cases.size(), 1);
        QCOMPARE(cases.first().payload.value(QStringLiteral("name")).toString(), kName);
        QCOMPARE(db->health().quickCheck, QStringLiteral("ok"));
        db.reset();
        // secure_delete and the checkpoint leave no copy of the old plaintext behind.
        expectNoPlaintext(databaseBytes(path()));
    }
};

QTEST_GUILESS_MAIN(TestSealing)
#include "tst_sealing.moc"
