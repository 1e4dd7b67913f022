#include "testkey.h"
#include "testsession.h"

#include "deadlines/deadlineservice.h"
#include "demo/daysimulation.h"
#include "demo/demovenue.h"
#include "demo/samplematerials.h"
#include "materials/materialstore.h"
#include "store/auditlog.h"
#include "store/backup.h"
#include "store/backupchunks.h"
#include "store/incrementalchecks.h"
#include "store/materialfiles.h"
#include "store/outbox.h"
#include "store/retention.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using core::Role;

// The retention policy: only a case that is concluded, delivered, confirmed by the central server
// and old enough is archived; everything else stays whole. The audit chain verifies after it, and
// no file of the data folder holds the person's name or ID number.
class TestRetention : public QObject
{
    Q_OBJECT

    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0))};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;

    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_db->connection());
        query.prepare(sql);
        store::bindAll(query, values);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

    QList<qint64> outboxSeqs(const QString &condition)
    {
        QList<qint64> seqs;
        QSqlQuery query(m_db->connection());
        if (query.exec(QStringLiteral("SELECT seq FROM outbox WHERE ") + condition))
            while (query.next())
                seqs << query.value(0).toLongLong();
        return seqs;
    }

    // The name and ID number of a roster case, as the demo roster spells them.
    static QList<QByteArray> personalOf(const QString &acceptanceNo)
    {
        QFile roster(qEnvironmentVariable("APPRAISAL_SOURCE_DIR") +
                     QStringLiteral("/resources/demo/roster.csv"));
        if (!roster.open(QIODevice::ReadOnly))
            return {};
        for (const QString &line : QString::fromUtf8(roster.readAll()).split(QLatin1Char('\n'))) {
            const QStringList fields = line.split(QLatin1Char(','));
            if (fields.size() > 2 && fields.at(0) == acceptanceNo)
                return {fields.at(1).toUtf8(), fields.at(2).toUtf8()};
        }
        return {};
    }

    QStringList plaintextHits(const QList<QByteArray> &secrets) const
    {
        QStringList hits;
        QDirIterator files(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            for (const QByteArray &secret : secrets)
                if (!secret.isEmpty() && bytes.contains(secret))
                    hits << file.fileName();
        }
        return hits;
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = store::Database::open(store::databasePath(m_dir->path()), m_clock, testDataKey()).database;
        QVERIFY(m_db);
        QVERIFY(demo::DemoVenue::load(*m_db, m_clock.today()).ok());
    }

    void cleanup() { m_db.reset(); }

    void onlyEligibleCasesAreArchived_data()
    {
        QTest::addColumn<bool>("concluded");
        QTest::addColumn<bool>("delivered");
        QTest::addColumn<QString>("confirmed"); // all | none | material pending | case quarantined
        QTest::addColumn<int>("ageDays");       // days from the delivery to the run
        QTest::addColumn<int>("afterDays");     // retention.archive_after_days
        QTest::addColumn<bool>("archived");
        QTest::newRow("eligible") << true << true << "all" << 100 << 90 << true;
        QTest::newRow("exactly old enough") << true << true << "all" << 90 << 90 << true;
        QTest::newRow("not concluded") << false << false << "all" << 100 << 90 << false;
        QTest::newRow("not delivered") << true << false << "all" << 100 << 90 << false;
        QTest::newRow("not confirmed") << true << true << "none" << 100 << 90 << false;
        QTest::newRow("a material not confirmed") << true << true << "material pending" << 100 << 90 << false;
        QTest::newRow("quarantined") << true << true << "case quarantined" << 100 << 90 << false;
        QTest::newRow("too young") << true << true << "all" << 89 << 90 << false;
        QTest::newRow("retention off") << true << true << "all" << 3000 << 0 << false;
    }

    void onlyEligibleCasesAreArchived()
    {
        QFETCH(bool, concluded);
        QFETCH(bool, delivered);
        QFETCH(QString, confirmed);
        QFETCH(int, ageDays);
        QFETCH(int, afterDays);
        QFETCH(bool, archived);

        const auto day = demo::simulateDay(*m_db, 2);
        QVERIFY2(day.ok(), day.ok() ? "" : qPrintable(day.error()));
        QCOMPARE(day->concluded.size(), 2);
        QString subject = day->concluded.at(0);
        const QString other = day->concluded.at(1);
        if (!concluded) {
            QSqlQuery registered(m_db->connection());
            QVERIFY(
                registered.exec(QStringLiteral("SELECT acceptance_no FROM cases WHERE state = 'registered' "
                                               "ORDER BY acceptance_no LIMIT 1")));
            QVERIFY(registered.next());
            subject = registered.value(0).toString();
        }
        const QList<QByteArray> personal = personalOf(subject);
        QCOMPARE(personal.size(), 2);
        materials::MaterialStore materialStore(*m_db);
        const QByteArray shared = demo::samplePng(subject);
        const QByteArray own = demo::samplePdf(subject, QStringLiteral("病历摘要"), 1);
        const auto sharedFile =
            materialStore.add(testSession(Role::FrontDesk), subject, QStringLiteral("x.png"), shared);
        const auto ownFile =
            materialStore.add(testSession(Role::FrontDesk), subject, QStringLiteral("a.pdf"), own);
        // The same document in another case: its file stays while that case names it.
        QVERIFY(materialStore.add(testSession(Role::FrontDesk), other, QStringLiteral("x.png"), shared).ok());
        QVERIFY(sharedFile.ok() && ownFile.ok());
        if (delivered)
            QVERIFY(deadlines::DeadlineService(*m_db)
                        .recordDelivery(testSession(Role::Clerk), subject, m_clock.today(),
                                        QStringLiteral("in_person"), QString())
                        .ok());

        store::Outbox outbox(*m_db);
        if (confirmed != QLatin1String("none")) {
            QList<qint64> seqs = outboxSeqs(QStringLiteral("sync_state = 'pending'"));
            if (confirmed == QLatin1String("material pending"))
                for (const qint64 seq : outboxSeqs(QStringLiteral("entity_key = '%1'").arg(ownFile->id)))
                    seqs.removeAll(seq);
            QVERIFY(outbox.markSent(seqs).ok());
            if (confirmed == QLatin1String("case quarantined"))
                QVERIFY(outbox
                            .quarantine(
                                outboxSeqs(QStringLiteral("type = 'case' AND entity_key = '%1'").arg(subject))
                                    .first(),
                                QStringLiteral("refused by the server"))
                            .ok());
        }
        QVERIFY(
            m_db->setSetting(store::settings::RetentionArchiveAfterDays, QString::number(afterDays)).ok());
        m_clock.set(m_clock.now().addDays(ageDays));

        const store::MaterialFiles files(m_dir->path(), m_db->sealer());
        store::Retention retention(*m_db);
        const auto dry = retention.run(true, QStringLiteral("tester"));
        QVERIFY(dry.ok());
        QCOMPARE(dry->cases.contains(subject), archived);
        QVERIFY(files.contains(ownFile->sha256)); // a dry run changes nothing
        QVERIFY(!dry->cases.contains(other));     // never delivered

        const qint64 outboxBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        const qint64 unconfirmedBefore =
            scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE sync_state <> 'sent'"));
        // A backup before the run, and one after it: the second's list of material files, made
        // from the journal of what changed, names exactly what the rows still name.
        store::Backups backups(m_dir->path());
        QVERIFY(backups.copy(m_db->path(), m_clock.now()).ok());
        const auto run = retention.run(false, QStringLiteral("tester"));
        QVERIFY2(run.ok(), run.ok() ? "" : qPrintable(run.error()));
        const auto after = backups.copy(m_db->path(), m_clock.now().addSecs(60));
        QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error()));
        QVERIFY2(after->materialsFullScanReason.isEmpty(), qPrintable(after->materialsFullScanReason));
        {
            const auto names = store::materialNames(store::ChunkManifest::read(after->path).value(),
                                                    store::ChunkStore(backups.chunksFolder()));
            QVERIFY(names.ok());
            QSet<QString> listed(names->cbegin(), names->cend());
            QSet<QString> rows;
            QSqlQuery all(m_db->connection());
            QVERIFY(all.exec(QStringLiteral("SELECT DISTINCT sha256 FROM material_files")));
            while (all.next())
                rows.insert(all.value(0).toString());
            QCOMPARE(listed, rows);
            QCOMPARE(listed.contains(ownFile->sha256), !archived);
        }
        QCOMPARE(run->cases, archived ? QStringList{subject} : QStringList{});
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM archived_cases WHERE acceptance_no = ?"), {subject}),
            archived ? 1 : 0);
        QCOMPARE(files.contains(ownFile->sha256), !archived);
        QVERIFY(files.contains(sharedFile->sha256));
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM material_files WHERE acceptance_no = ?"), {subject}),
            archived ? 0 : 2);
        QCOMPARE(scalar(QStringLiteral("SELECT id_index = '' FROM cases WHERE acceptance_no = ?"), {subject}),
                 archived ? 1 : 0);
        if (archived) {
            QCOMPARE(run->materialFilesRemoved, 1);
            QVERIFY(run->outboxRowsRemoved > 0);
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity_key = ?"), {subject}),
                     0);
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")) + run->outboxRowsRemoved,
                     outboxBefore + 1); // + the audit row of case.archive
            QCOMPARE(store::AuditLog(*m_db).entries().last().action, QStringLiteral("case.archive"));
        } else {
            // Whole: the materials still open.
            QCOMPARE(materialStore.content(testSession(Role::Clerk), ownFile->id).value(), own);
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")), outboxBefore);
        }

        // Nothing the server has not confirmed was removed (the run adds its own audit row).
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE sync_state <> 'sent'")),
                 unconfirmedBefore + (archived ? 1 : 0));
        // The audit chain verifies across the cut, in full and from the checkpoint.
        const store::AuditVerification full = store::AuditLog(*m_db).verify();
        QVERIFY2(full.intact, qPrintable(full.reason));
        QVERIFY(store::verifyAuditIncrementally(*m_db).verification.intact);
        QVERIFY(store::verifyAuditIncrementally(*m_db).verification.intact);
        // No data file holds the person's name or ID number in plain text.
        QSqlQuery checkpoint(m_db->connection());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QCOMPARE(plaintextHits(personal), QStringList());
    }

    void theStationRunsItOnceADay()
    {
        const auto day = demo::simulateDay(*m_db, 1);
        QVERIFY(day.ok());
        const QString subject = day->concluded.value(0);
        QVERIFY(deadlines::DeadlineService(*m_db)
                    .recordDelivery(testSession(Role::Clerk), subject, m_clock.today(),
                                    QStringLiteral("in_person"), QString())
                    .ok());
        store::Outbox outbox(*m_db);
        QVERIFY(outbox.markSent(outboxSeqs(QStringLiteral("sync_state = 'pending'"))).ok());
        m_clock.set(m_clock.now().addDays(120));
        store::RetentionScheduler scheduler(*m_db);
        QSignalSpy archived(&scheduler, &store::RetentionScheduler::archived);
        scheduler.checkNow();
        QTRY_COMPARE(m_db->setting(store::settings::RetentionLastRun), m_clock.today().toString(Qt::ISODate));
        QCOMPARE(archived.size(), 1);
        QCOMPARE(archived.first().first().toStringList(), QStringList{subject});
        scheduler.checkNow(); // the same day again: nothing to do, no second run
        QCOMPARE(archived.size(), 1);
    }
};

QTEST_MAIN(TestRetention) // the sample documents draw text
#include "tst_retention.moc"
