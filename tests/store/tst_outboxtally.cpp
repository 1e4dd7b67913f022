// The outbox counts the status bar and the sync page show come from a tally kept by triggers; after
// any mix of writes, rollbacks and killed processes they equal a full count of the rows.
#include "store/outbox.h"
#include "testkey.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <cstdio>

namespace {

const QStringList kTypes{QStringLiteral("case"), QStringLiteral("case_transition"), QStringLiteral("expert"),
                         QStringLiteral("opinion")};

// One random step through the real outbox: appends (some rolled back), sends, quarantines. False
// when a step that should have worked failed.
bool randomStep(store::Database &db, QRandomGenerator &random)
{
    store::Outbox outbox(db);
    const int what = random.bounded(10);
    if (what < 5) {
        const bool rollBack = random.bounded(4) == 0;
        const core::Status written = db.transaction([&]() -> core::Status {
            for (int i = random.bounded(1, 6); i > 0; --i) {
                const QString type = kTypes.at(random.bounded(kTypes.size()));
                if (const auto appended =
                        outbox.append(type, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                      {{QStringLiteral("n"), i}}, store::Outbox::Versioning::FirstOnly);
                    !appended)
                    return appended;
            }
            return rollBack ? core::Status::failure(QStringLiteral("rolled back on purpose"))
                            : core::Status();
        });
        return written.ok() || rollBack;
    }
    if (what < 8) {
        QList<qint64> seqs;
        for (const store::OutboxRecord &record : outbox.pending(random.bounded(1, 8), false))
            seqs << record.seq;
        return outbox.markSent(seqs).ok();
    }
    if (what < 9) {
        const auto pending = outbox.pending(1, false);
        return pending.isEmpty() ||
               outbox.quarantine(pending.first().seq, QStringLiteral("refused in a test")).ok();
    }
    const auto pending = outbox.pending(3, false);
    QList<qint64> seqs;
    for (const store::OutboxRecord &record : pending)
        seqs << record.seq;
    return outbox.noteFailedAttempt(seqs, QStringLiteral("offline")).ok();
}

} // namespace

class TestOutboxTally : public QObject
{
    Q_OBJECT

    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0))};

    void compareWithFullCount(store::Database &db)
    {
        const store::OutboxCounts tally = store::Outbox(db).counts();
        QSqlQuery full(db.connection());
        QVERIFY(full.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(sync_state = 'pending'), 0), "
                                         "COALESCE(SUM(sync_state = 'quarantined'), 0) FROM outbox")));
        QVERIFY(full.next());
        QCOMPARE(tally.total, full.value(0).toLongLong());
        QCOMPARE(tally.pending, full.value(1).toLongLong());
        QCOMPARE(tally.quarantined, full.value(2).toLongLong());
        QList<QPair<QString, qint64>> byType;
        QVERIFY(full.exec(QStringLiteral("SELECT type, COUNT(*) FROM outbox WHERE sync_state = 'pending' "
                                         "GROUP BY type ORDER BY type")));
        while (full.next())
            byType.append({full.value(0).toString(), full.value(1).toLongLong()});
        QCOMPARE(store::Outbox(db).pendingByType(), byType);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tallyEqualsFullCountAfterRandomWork_data()
    {
        QTest::addColumn<quint32>("seed");
        for (const quint32 seed : {1u, 7u, 21u, 2026u})
            QTest::addRow("seed %u", seed) << seed;
    }
    void tallyEqualsFullCountAfterRandomWork()
    {
        QFETCH(quint32, seed);
        QTemporaryDir dir;
        auto db = std::move(
            store::Database::open(store::databasePath(dir.path()), m_clock, testDataKey()).database);
        QVERIFY(db);
        QRandomGenerator random(seed);
        for (int step = 0; step < 300; ++step) {
            QVERIFY(randomStep(*db, random));
            if (step % 50 == 0)
                compareWithFullCount(*db);
        }
        compareWithFullCount(*db);
        QVERIFY(store::Outbox(*db).counts().total > 0);
    }

    // A station killed in the middle of its work, several times over.
    void tallyEqualsFullCountAfterKills()
    {
        QTemporaryDir dir;
        const QString path = store::databasePath(dir.path());
        {
            auto db = std::move(store::Database::open(path, m_clock, testDataKey()).database);
            QVERIFY(db);
        }
        for (int round = 0; round < 4; ++round) {
            QProcess child;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("TST_TALLY_CHILD"), path);
            environment.insert(QStringLiteral("TST_TALLY_KEY"), testDataKey().toRecoveryKey());
            environment.insert(QStringLiteral("TST_TALLY_SEED"), QString::number(round + 1));
            child.setProcessEnvironment(environment);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForReadyRead(30000)); // "working"
            QThread::msleep(20 + QRandomGenerator::global()->bounded(200));
            child.kill();
            QVERIFY(child.waitForFinished(30000));
            auto db = std::move(store::Database::open(path, m_clock, testDataKey()).database);
            QVERIFY(db);
            compareWithFullCount(*db);
        }
    }
};

// Child of tallyEqualsFullCountAfterKills: random outbox work on TST_TALLY_CHILD until killed.
static int workUntilKilled(const QString &path)
{
    const auto key = crypto::DataKey::fromRecoveryKey(qEnvironmentVariable("TST_TALLY_KEY"));
    core::SystemClock clock;
    auto db = std::move(store::Database::open(path, clock, *key).database);
    if (!db)
        return 1;
    QRandomGenerator random(qEnvironmentVariableIntValue("TST_TALLY_SEED"));
    std::fputs("working\n", stdout);
    std::fflush(stdout);
    for (;;)
        if (!randomStep(*db, random))
            return 2; // the parent's compare then finds what went wrong
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QString child = qEnvironmentVariable("TST_TALLY_CHILD"); !child.isEmpty())
        return workUntilKilled(child);
    TestOutboxTally test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outboxtally.moc"
