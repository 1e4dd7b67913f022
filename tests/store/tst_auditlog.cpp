#include "store/auditlog.h"
#include "store/incrementalchecks.h"
#include "testkey.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using store::AuditLog;

class TestAuditLog : public QObject
{
    Q_OBJECT

    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0))};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;

    void appendFive()
    {
        AuditLog audit(*m_db);
        for (int i = 1; i <= 5; ++i) {
            m_clock.advanceSeconds(30);
            QVERIFY(audit
                        .append(QStringLiteral("qiantai"), QStringLiteral("case.checked_in"),
                                QStringLiteral("JD-%1").arg(i), {{QStringLiteral("n"), i}})
                        .ok());
        }
    }

    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db->connection());
        return query.exec(sql);
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::move(
            store::Database::open(store::databasePath(m_dir->path()), m_clock, testDataKey()).database);
        QVERIFY(m_db);
    }

    void cleanup() { m_db.reset(); }

    void chainLinksEveryRow()
    {
        QVERIFY(AuditLog(*m_db).verify().intact); // empty is intact
        appendFive();
        const auto entries = AuditLog(*m_db).entries();
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.first().prevHash, AuditLog::genesisHash());
        for (int i = 1; i < entries.size(); ++i) {
            QCOMPARE(entries.at(i).prevHash, entries.at(i - 1).hash);
            QCOMPARE(entries.at(i).seq, entries.at(i - 1).seq + 1);
            QVERIFY(entries.at(i).at > entries.at(i - 1).at);
        }
        QCOMPARE(entries.at(2).details.value(QStringLiteral("n")).toInt(), 3);
        const auto verification = AuditLog(*m_db).verify();
        QVERIFY(verification.intact);
        QCOMPARE(verification.rows, 5);
        // Every audit row also waits for upload.
        QCOMPARE(store::Outbox(*m_db).counts().total, 5);
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("brokenRow");
        QTest::newRow("actor changed")
            << QStringLiteral("UPDATE audit_log SET actor = 'someone' WHERE seq = 3") << qint64(3);
        QTest::newRow("details changed")
            << QStringLiteral("UPDATE audit_log SET details = '{\"n\":9}' WHERE seq = 2") << qint64(2);
        QTest::newRow("time changed")
            << QStringLiteral("UPDATE audit_log SET at = '2026-01-01T00:00:00.000' WHERE seq = 4")
            << qint64(4);
        QTest::newRow("row deleted") << QStringLiteral("DELETE FROM audit_log WHERE seq = 2") << qint64(3);
        QTest::newRow("hash rewritten")
            << QStringLiteral("UPDATE audit_log SET subject = 'X', hash = 'f00' WHERE seq = 1") << qint64(1);
    }

    void tampering()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, brokenRow);
        appendFive();
        QVERIFY(exec(sql));
        const auto verification = AuditLog(*m_db).verify();
        QVERIFY(!verification.intact);
        QCOMPARE(verification.firstBrokenSeq, brokenRow);
        QVERIFY(!verification.reason.isEmpty());
    }

    // audit verify without --full: from the sealed checkpoint of the last verified row on.
    void incrementalVerificationStartsAtTheCheckpoint()
    {
        appendFive();
        const store::IncrementalAudit first = store::verifyAuditIncrementally(*m_db);
        QVERIFY(first.verification.intact);
        QCOMPARE(first.fromSeq, 1);
        QCOMPARE(first.verification.rows, 5);
        appendFive();
        const store::IncrementalAudit second = store::verifyAuditIncrementally(*m_db);
        QVERIFY2(second.verification.intact, qPrintable(second.verification.reason));
        QCOMPARE(second.fromSeq, 6);
        QCOMPARE(second.verification.rows, 5);
        QCOMPARE(store::verifyAuditIncrementally(*m_db).verification.rows, 0);

        // A row after the checkpoint changed: found.
        appendFive();
        QVERIFY(exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE seq = 13")));
        const store::IncrementalAudit edited = store::verifyAuditIncrementally(*m_db);
        QVERIFY(!edited.verification.intact);
        QCOMPARE(edited.verification.firstBrokenSeq, 13);
        // The checkpoint row itself changed: found.
        QVERIFY(exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE seq = 10")));
        const store::IncrementalAudit checkpointRow = store::verifyAuditIncrementally(*m_db);
        QVERIFY(!checkpointRow.verification.intact);
        QCOMPARE(checkpointRow.verification.firstBrokenSeq, 10);
        // A checkpoint that does not open with the station's key counts for nothing: the whole
        // chain is read again.
        QVERIFY(exec(QStringLiteral("UPDATE audit_checkpoint SET sealed = X'00112233'")));
        const store::IncrementalAudit forged = store::verifyAuditIncrementally(*m_db);
        QVERIFY(!forged.verification.intact);
        QCOMPARE(forged.fromSeq, 1);
        QCOMPARE(forged.verification.firstBrokenSeq, 10);
        QCOMPARE(AuditLog(*m_db).verify().firstBrokenSeq, 10);
    }

    void rolledBackActionLeavesNoAuditRow()
    {
        appendFive();
        const core::Status status = m_db->transaction([&]() -> core::Status {
            if (core::Status s = AuditLog(*m_db).append(QStringLiteral("x"), QStringLiteral("y")); !s)
                return s;
            return core::Status::failure(QStringLiteral("the action itself failed"));
        });
        QVERIFY(!status.ok());
        QCOMPARE(AuditLog(*m_db).entries().size(), 5);
        QVERIFY(AuditLog(*m_db).append(QStringLiteral("x"), QStringLiteral("y")).ok());
        QVERIFY(AuditLog(*m_db).verify().intact); // no gap after the rollback
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
