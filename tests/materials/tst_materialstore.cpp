#include "drawncase.h"
#include "stationfixture.h"
#include "testsession.h"

#include "checkin/checkinservice.h"
#include "demo/demovenue.h"
#include "demo/samplematerials.h"
#include "materials/materialstore.h"
#include "routing/drawservice.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using core::Role;

namespace {

const QString kCase = QStringLiteral("JD2026-0001");

} // namespace

// Medical materials: only PDF and images, stored once, sealed, read by those who work on the case.
class TestMaterialStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<StationFixture> m_station;
    std::unique_ptr<materials::MaterialStore> m_store;

private slots:
    void init()
    {
        m_station = std::make_unique<StationFixture>(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        QVERIFY(m_station->setUp());
        m_store = std::make_unique<materials::MaterialStore>(*m_station->database);
    }

    void sniffMediaType_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("type");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n...") << QStringLiteral("application/pdf");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n....", 12) << QStringLiteral("image/png");
        QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0....", 8) << QStringLiteral("image/jpeg");
        QTest::newRow("a pdf by name only") << QByteArray("hello") << QString();
        QTest::newRow("html") << QByteArray("<html>") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void sniffMediaType()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, type);
        QCOMPARE(materials::MaterialStore::sniffMediaType(content), type);
    }

    void addedOnceSealedAndSynced()
    {
        const QByteArray pdf = demo::samplePdf(kCase, QStringLiteral("病历摘要"), 2);
        bool duplicate = true;
        const auto added =
            m_store->add(testSession(Role::FrontDesk), kCase, QStringLiteral("/scans/病历.pdf"), pdf,
                         QStringLiteral("desk"), &duplicate);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(!duplicate);
        QCOMPARE(added->name, QStringLiteral("病历.pdf")); // no folder names of the desk PC
        QCOMPARE(added->mediaType, QStringLiteral("application/pdf"));
        QCOMPARE(added->size, qint64(pdf.size()));
        const auto again = m_store->add(testSession(Role::FrontDesk), kCase, QStringLiteral("copy.pdf"), pdf,
                                        QStringLiteral("desk"), &duplicate);
        QVERIFY(again.ok());
        QVERIFY(duplicate);
        QCOMPARE(again->id, added->id);
        QCOMPARE(m_store->list(testSession(Role::FrontDesk), kCase).size(), 1);
        QCOMPARE(m_store->content(testSession(Role::Clerk), added->id).value(), pdf);
        // Sealed: the PDF's bytes are not in the database file.
        QSqlQuery checkpoint(m_station->database->connection());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QFile file(store::databasePath(m_station->dir.path()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(pdf.mid(0, 400)));
        // The content is a sealed file named by its SHA-256, outside the database.
        QFile sealed(
            QDir(m_station->dir.path())
                .filePath(QStringLiteral("materials/") + store::MaterialFiles::relativePath(added->sha256)));
        QVERIFY(sealed.open(QIODevice::ReadOnly));
        QVERIFY(!sealed.readAll().contains(pdf.mid(0, 400)));
        QSqlQuery outbox(m_station->database->connection());
        QVERIFY(outbox.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'material'")));
        QVERIFY(outbox.next());
        QCOMPARE(outbox.value(0).toInt(), 1);
    }

    void oneFilePerContentAndNoSwaps()
    {
        const QByteArray a = demo::samplePdf(kCase, QStringLiteral("A"), 1);
        const QByteArray b = demo::samplePng(kCase);
        const auto first = m_store->add(testSession(Role::FrontDesk), kCase, QStringLiteral("a.pdf"), a);
        const auto second = m_store->add(testSession(Role::FrontDesk), kCase, QStringLiteral("b.png"), b);
        const auto elsewhere = m_store->add(testSession(Role::FrontDesk), QStringLiteral("JD2026-0002"),
                                            QStringLiteral("a.pdf"), a);
        QVERIFY(first.ok() && second.ok() && elsewhere.ok());
        const store::MaterialFiles files(m_station->dir.path(), m_station->database->sealer());
        QCOMPARE(files.names().size(), 2); // the same document in two cases is one file
        QCOMPARE(m_store->content(testSession(Role::Clerk), elsewhere->id).value(), a);
        // A sealed file copied over another one's name does not open as that one.
        QFile::remove(files.pathOf(first->sha256));
        QVERIFY(QFile::copy(files.pathOf(second->sha256), files.pathOf(first->sha256)));
        const auto swapped = m_store->content(testSession(Role::Clerk), first->id);
        QVERIFY(!swapped.ok());
        QVERIFY2(swapped.error().contains(QStringLiteral("does not open")), qPrintable(swapped.error()));
        QFile::remove(files.pathOf(first->sha256));
        const auto missing = m_store->content(testSession(Role::Clerk), first->id);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QStringLiteral("backup")), qPrintable(missing.error()));
    }

    void badFilesAreRefusedWithTheReason()
    {
        const auto text =
            m_store->add(testSession(Role::FrontDesk), kCase, QStringLiteral("notes.pdf"), "just text");
        QVERIFY(!text.ok());
        QVERIFY(text.error().contains(QStringLiteral("notes.pdf")));
        QVERIFY(!m_store->add(testSession(Role::FrontDesk), kCase, QStringLiteral("empty.pdf"), QByteArray())
                     .ok());
        QVERIFY(!m_store
                     ->add(testSession(Role::FrontDesk), QStringLiteral("JD-NONE"), QStringLiteral("a.png"),
                           demo::samplePng(kCase))
                     .ok());
        QVERIFY(
            !m_store->add(testSession(Role::Clerk), kCase, QStringLiteral("a.png"), demo::samplePng(kCase))
                 .ok());
        QVERIFY(
            m_station->database->setSetting(QStringLiteral("materials.max_mb"), QStringLiteral("0")).ok());
        const auto big = m_store->add(testSession(Role::FrontDesk), kCase, QStringLiteral("a.png"),
                                      demo::samplePng(kCase));
        QVERIFY(!big.ok());
        QVERIFY(big.error().contains(QStringLiteral("MB")));
        QVERIFY(m_store->list(testSession(Role::FrontDesk), kCase).isEmpty()); // nothing half-stored
    }

    void expertsReadOnlyTheirCases()
    {
        const auto added = m_store->add(testSession(Role::FrontDesk), kCase, QStringLiteral("x.png"),
                                        demo::samplePng(kCase));
        QVERIFY(added.ok());
        const auto drawn = checkInAndDraw(*m_station->database, kCase);
        QVERIFY(drawn);
        const QString examiner = drawn->examiners.first();
        QVERIFY(m_store->content(testSession(Role::Expert, examiner), added->id).ok());
        QVERIFY(m_store->content(testSession(Role::Reviewer, drawn->reviewer), added->id).ok());
        QString outsider;
        for (const QString &id : {QStringLiteral("E101"), QStringLiteral("E102"), QStringLiteral("E104"),
                                  QStringLiteral("E105"), QStringLiteral("E106")})
            if (!drawn->examiners.contains(id) && drawn->reviewer != id)
                outsider = id;
        const auto refused = m_store->content(testSession(Role::Expert, outsider), added->id);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(kCase));
        QVERIFY(m_store->list(testSession(Role::Expert, outsider), kCase).isEmpty());
    }

    void aRosterPackageImportsWhatItCan()
    {
        QTemporaryDir package;
        QVERIFY(QDir(package.path()).mkpath(kCase));
        QVERIFY(QDir(package.path()).mkpath(QStringLiteral("JD-UNKNOWN")));
        const auto write = [&](const QString &path, const QByteArray &bytes) {
            QFile file(QDir(package.path()).filePath(path));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(kCase + QStringLiteral("/a.pdf"), demo::samplePdf(kCase, QStringLiteral("A"), 1));
        write(kCase + QStringLiteral("/b.png"), demo::samplePng(kCase));
        write(kCase + QStringLiteral("/readme.txt"), "not a scan");
        write(QStringLiteral("JD-UNKNOWN/c.png"), demo::samplePng(kCase));
        const auto first = m_store->importFolder(testSession(Role::VenueAdmin), package.path());
        QVERIFY(first.ok());
        QCOMPARE(first->added, 2);
        QCOMPARE(first->rejected.size(), 2);
        const auto second = m_store->importFolder(testSession(Role::VenueAdmin), package.path());
        QCOMPARE(second->added, 0);
        QCOMPARE(second->duplicates, 2);
        const auto files = m_store->list(testSession(Role::VenueAdmin), kCase);
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).name, QStringLiteral("a.pdf")); // in the order they came
        QCOMPARE(files.at(0).source, QStringLiteral("roster"));
        QVERIFY(
            !m_store->importFolder(testSession(Role::VenueAdmin), package.filePath(QStringLiteral("nope")))
                 .ok());
    }
};

QTEST_MAIN(TestMaterialStore) // the sample documents draw text
#include "tst_materialstore.moc"
