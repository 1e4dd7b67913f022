// Station health (issue 23): every check driven into its warning and critical level with real
// resources — a disk limit set by the test, backups and outbox rows aged by the clock, loopback
// servers that answer, refuse or are stopped, an ESC/POS printer on loopback reporting paper out,
// a card reader port that does not answer, the key file removed, cases past their time limit.
#include "testkey.h"

#include "centralsync/syncstatus.h"
#include "crypto/filekeystore.h"
#include "demo/demovenue.h"
#include "health/gatherer.h"
#include "health/monitor.h"
#include "httpd/server.h"
#include "identity/cardreader.h"
#include "store/auditlog.h"
#include "store/backup.h"
#include "store/healthrepository.h"
#include "store/outbox.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using health::Level;

namespace {

const QByteArray kStatusQuery = QByteArray::fromHex("100401100404");

// An ESC/POS network printer on loopback that answers DLE EOT with `status` (two bytes).
class LoopbackPrinter : public QObject
{
public:
    LoopbackPrinter()
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = server.nextPendingConnection()) {
                connect(client, &QTcpSocket::readyRead, client, [this, client] {
                    if (client->readAll().contains(kStatusQuery))
                        client->write(status);
                });
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    QString address() const { return QStringLiteral("tcp:127.0.0.1:%1").arg(server.serverPort()); }
    QTcpServer server;
    QByteArray status = QByteArray::fromHex("1212");
};

// A port on loopback where nothing listens (taken, then given back).
quint16 stoppedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<store::Database> m_db;
    health::FreeSpace m_freeSpace;

    QString dataDir() const { return m_dir->path(); }

    void set(const store::SettingSpec &spec, const QString &value)
    {
        const core::Status done = m_db->setSetting(spec, value);
        QVERIFY2(done.ok(), qPrintable(done.error()));
    }

    void appendRecord(const QString &key)
    {
        const core::Status done = m_db->transaction([&] {
            return store::Outbox(*m_db).append(QStringLiteral("test"), key, {{QStringLiteral("k"), key}},
                                               store::Outbox::Versioning::FirstOnly);
        });
        QVERIFY2(done.ok(), qPrintable(done.error()));
    }

    // The station's way: local facts here, probes on the monitor's worker thread.
    health::Report monitorReport(health::LiveSources live = {})
    {
        health::Monitor monitor(*m_db, dataDir(), live);
        monitor.setFreeSpace(m_freeSpace);
        monitor.evaluateNow();
        if (!monitor.waitForReport(20000))
            qWarning("no health report in time");
        return monitor.report();
    }

    // The command line's way: also probes the hub over HTTP.
    health::Report commandLineReport() { return health::evaluateNow(*m_db, dataDir(), m_freeSpace); }

    // A plain HTTP server on loopback with the routes a hub or central server would answer here.
    std::unique_ptr<httpd::Server> startServer(int syncStatus = 200)
    {
        auto server = std::make_unique<httpd::Server>();
        server->addRoute(
            {"GET", QStringLiteral("/api/v1/health"), false, {}, 0, [](const httpd::Request &) {
                 return httpd::Response::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
             }});
        server->addRoute({"POST",
                          QStringLiteral("/api/v1/sync/batches"),
                          false,
                          {},
                          1 << 20,
                          [syncStatus](const httpd::Request &) {
                              return httpd::Response::error(syncStatus,
                                                            QStringLiteral("unknown station token"));
                          }});
        if (!server->listen(QHostAddress::LocalHost, 0))
            return nullptr;
        return server;
    }

    void runUpload(quint16 port)
    {
        centralsync::ServerLink link;
        link.base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        link.token = QStringLiteral("token");
        link.stationId = QStringLiteral("station");
        const centralsync::UploadSummary summary = centralsync::Uploader::runToCompletion(*m_db, link, 1);
        centralsync::recordRun(*m_db, summary);
    }

    Level levelOf(const health::Report &report, const QString &check)
    {
        const health::Check *found = report.find(check);
        return found ? found->level : Level::Ok;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        // The real time: the clock check compares it with a real server's Date header.
        m_clock = std::make_unique<core::ManualClock>(QDateTime::currentDateTime());
        m_db = std::move(
            store::Database::open(store::databasePath(dataDir()), *m_clock, testDataKey()).database);
        QVERIFY(m_db);
        const QString keyFile = m_dir->filePath(QStringLiteral("data.key"));
        QVERIFY(crypto::FileKeyStore(keyFile).save(testDataKey()).isEmpty());
        qputenv("APPRAISAL_KEY_FILE", keyFile.toLocal8Bit());
        m_freeSpace = [](const QString &) -> std::optional<qint64> {
            return 100LL * 1024 * 1024 * 1024;
        };
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void freshStationIsOk()
    {
        const health::Report report = monitorReport();
        QCOMPARE(report.checks.size(), 14);
        for (const health::Check &check : report.checks)
            QVERIFY2(check.level == Level::Ok, qPrintable(check.name + QStringLiteral(": ") + check.value));
        QCOMPARE(report.level(), Level::Ok);
    }

    void checks_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("check");
        QTest::addColumn<int>("expected");
        const auto row = [](const char *scenario, const char *check, Level level) {
            QTest::newRow(scenario) << QString::fromLatin1(scenario) << QString::fromLatin1(check)
                                    << int(level);
        };
        using namespace health::names;
        row("disk below the warning limit (setting)", kDiskSpace, Level::Warning);
        row("disk below the critical limit (setting)", kDiskSpace, Level::Critical);
        row("disk 2000 MB free", kDiskSpace, Level::Warning);
        row("disk 100 MB free", kDiskSpace, Level::Critical);
        row("database above warning", kDatabaseSize, Level::Warning);
        row("database above critical", kDatabaseSize, Level::Critical);
        row("wal above warning", kWalSize, Level::Warning);
        row("wal above critical", kWalSize, Level::Critical);
        row("backup just taken", kBackupAge, Level::Ok);
        row("no backup of records", kBackupAge, Level::Warning);
        row("backup 3 h old", kBackupAge, Level::Warning);
        row("backup 25 h old", kBackupAge, Level::Critical);
        row("record waiting 2 h", kSyncLag, Level::Warning);
        row("record waiting 25 h", kSyncLag, Level::Critical);
        row("sync server stopped", kSyncError, Level::Warning);
        row("sync server refuses", kSyncError, Level::Critical);
        row("one record set aside", kQuarantined, Level::Warning);
        row("records set aside beyond the limit", kQuarantined, Level::Critical);
        row("hub answers", kHubLink, Level::Ok);
        row("hub answers, commands waiting", kHubLink, Level::Warning);
        row("hub stopped", kHubLink, Level::Critical);
        row("card reader not answering", kCardReader, Level::Warning);
        row("card reader port missing", kCardReader, Level::Critical);
        row("printer ready", kTicketPrinter, Level::Ok);
        row("printer paper low", kTicketPrinter, Level::Warning);
        row("printer paper out", kTicketPrinter, Level::Critical);
        row("printer stopped", kTicketPrinter, Level::Critical);
        row("receipt printer paper out", kReceiptPrinter, Level::Critical);
        row("clock 30 s off", kClockDrift, Level::Ok);
        row("clock 2 min ahead of the hub", kClockDrift, Level::Warning);
        row("clock 10 min ahead of the hub", kClockDrift, Level::Critical);
        row("clock offset from an upload", kClockDrift, Level::Critical);
        row("key file found", kKeychain, Level::Ok);
        row("key file gone", kKeychain, Level::Critical);
        row("cases due soon", kOverdueCases, Level::Warning);
        row("cases past the limit", kOverdueCases, Level::Critical);
    }

    void checks()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, check);
        QFETCH(int, expected);
        const auto is = [&](const char *name) {
            return scenario == QLatin1String(name);
        };
        namespace s = store::settings;
        health::Report report;
        LoopbackPrinter printer;
        std::unique_ptr<httpd::Server> server;

        if (scenario.startsWith(QLatin1String("disk below"))) {
            m_freeSpace = health::fileSystemFreeSpace(); // the real disk, the limit set above it
            const qint64 freeMb = QStorageInfo(dataDir()).bytesAvailable() / (1024 * 1024);
            set(s::HealthDiskWarnMb, QString::number(freeMb + 1024));
            set(s::HealthDiskCriticalMb, is("disk below the critical limit (setting)")
                                             ? QString::number(freeMb + 1024)
                                             : QStringLiteral("0"));
            report = monitorReport();
        } else if (scenario.startsWith(QLatin1String("disk "))) {
            const qint64 freeMb = is("disk 2000 MB free") ? 2000 : 100;
            m_freeSpace = [freeMb](const QString &) -> std::optional<qint64> {
                return freeMb * 1024 * 1024;
            };
            report = monitorReport();
        } else if (scenario.startsWith(QLatin1String("database")) ||
                   scenario.startsWith(QLatin1String("wal"))) {
            appendRecord(QStringLiteral("wal")); // something in the write-ahead log
            const bool wal = scenario.startsWith(QLatin1String("wal"));
            const bool critical = scenario.endsWith(QLatin1String("critical"));
            set(wal ? s::HealthWalWarnMb : s::HealthDatabaseWarnMb, QStringLiteral("0"));
            set(wal ? s::HealthWalCriticalMb : s::HealthDatabaseCriticalMb,
                critical ? QStringLiteral("0") : QStringLiteral("100000"));
            report = monitorReport();
        } else if (scenario.contains(QLatin1String("backup"))) {
            appendRecord(QStringLiteral("b"));
            if (!is("no backup of records"))
                QVERIFY(store::Backups(dataDir()).create(*m_db, QStringLiteral("test")).ok());
            m_clock->advanceSeconds(is("backup 3 h old") ? 3 * 3600 : is("backup 25 h old") ? 25 * 3600 : 60);
            report = monitorReport();
        } else if (scenario.startsWith(QLatin1String("record waiting"))) {
            set(s::SyncServer, QStringLiteral("http://127.0.0.1:%1").arg(stoppedPort()));
            appendRecord(QStringLiteral("lag"));
            m_clock->advanceSeconds(is("record waiting 2 h") ? 2 * 3600 : 25 * 3600);
            report = monitorReport();
        } else if (scenario.startsWith(QLatin1String("sync server"))) {
            appendRecord(QStringLiteral("s"));
            if (is("sync server stopped")) {
                server = startServer();
                QVERIFY(server);
                const quint16 port = server->serverPort();
                server.reset(); // a real server, stopped
                set(s::SyncServer, QStringLiteral("http://127.0.0.1:%1").arg(port));
                runUpload(port);
            } else {
                server = startServer(401);
                QVERIFY(server);
                set(s::SyncServer, QStringLiteral("http://127.0.0.1:%1").arg(server->serverPort()));
                runUpload(server->serverPort());
            }
            report = monitorReport();
        } else if (scenario.contains(QLatin1String("set aside"))) {
            set(s::HealthQuarantineCritical, QStringLiteral("2"));
            appendRecord(QStringLiteral("q1"));
            appendRecord(QStringLiteral("q2"));
            const QList<store::OutboxRecord> pending = store::Outbox(*m_db).pending(10);
            const int count = is("one record set aside") ? 1 : 2;
            for (int i = 0; i < count; ++i)
                QVERIFY(store::Outbox(*m_db).quarantine(pending.at(i).seq, QStringLiteral("refused")).ok());
            report = monitorReport();
        } else if (scenario.startsWith(QLatin1String("hub"))) {
            server = startServer();
            QVERIFY(server);
            const quint16 port = server->serverPort();
            set(s::HubUrl, QStringLiteral("ws://127.0.0.1:%1/api/v1/venue/stream").arg(port));
            if (is("hub answers, commands waiting")) {
                QSqlQuery insert(m_db->connection());
                QVERIFY(
                    insert.exec(QStringLiteral("INSERT INTO hub_pending(key, name, args, queued_at) "
                                               "VALUES('k1', 'call_next', '{}', '2026-01-01T00:00:00')")));
            }
            if (is("hub stopped"))
                server.reset();
            report = commandLineReport();
        } else if (scenario.startsWith(QLatin1String("card reader"))) {
            if (is("card reader port missing")) {
                set(s::CardReaderPort, m_dir->filePath(QStringLiteral("ttyUSB9")));
                report = monitorReport();
            } else {
                // The port exists (a plain file), but no serial reader answers there.
                const QString port = m_dir->filePath(QStringLiteral("ttyFAKE"));
                QFile file(port);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.close();
                set(s::CardReaderPort, port);
                identity::CardReader reader(port, *m_clock);
                reader.start();
                QTRY_COMPARE(reader.state(), identity::CardReader::State::Disconnected);
                report = monitorReport({nullptr, &reader, nullptr});
            }
        } else if (scenario.contains(QLatin1String("printer"))) {
            if (is("printer paper low"))
                printer.status = QByteArray::fromHex("120c");
            else if (scenario.endsWith(QLatin1String("paper out")))
                printer.status = QByteArray::fromHex("1272");
            const QString address = is("printer stopped")
                                        ? QStringLiteral("tcp:127.0.0.1:%1").arg(stoppedPort())
                                        : printer.address();
            set(scenario.startsWith(QLatin1String("receipt")) ? s::PrinterReceipt : s::PrinterTicket,
                address);
            report = monitorReport();
        } else if (is("clock offset from an upload")) {
            // What the uploader keeps from a server's Date header.
            QVERIFY(store::HealthRepository(*m_db)
                        .recordClockOffset(-900, QStringLiteral("central"), m_clock->now())
                        .ok());
            report = monitorReport();
        } else if (scenario.startsWith(QLatin1String("clock"))) {
            server = startServer();
            QVERIFY(server);
            set(s::HubUrl, QStringLiteral("ws://127.0.0.1:%1/api/v1/venue/stream").arg(server->serverPort()));
            m_clock->set(QDateTime::currentDateTime().addSecs(is("clock 30 s off")                 ? 30
                                                              : is("clock 2 min ahead of the hub") ? 120
                                                                                                   : 600));
            report = commandLineReport();
        } else if (scenario.startsWith(QLatin1String("key file"))) {
            if (is("key file gone"))
                QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("data.key"))));
            report = monitorReport();
        } else if (scenario.startsWith(QLatin1String("cases"))) {
            QVERIFY(demo::DemoVenue::load(*m_db, m_clock->today()).ok());
            // Every case accepted 55 days ago (due in 5 days, within the 7-day warning) or 70 (past 60).
            QSqlQuery accepted(m_db->connection());
            accepted.prepare(QStringLiteral("UPDATE cases SET accepted_on = ?"));
            accepted.addBindValue(
                m_clock->today().addDays(is("cases due soon") ? -55 : -70).toString(Qt::ISODate));
            QVERIFY(accepted.exec());
            report = monitorReport();
        } else {
            QFAIL("unknown scenario");
        }
        const health::Check *found = report.find(check);
        QVERIFY2(found, qPrintable(check));
        QVERIFY2(
            int(found->level) == expected,
            qPrintable(
                QStringLiteral("%1 is %2: %3").arg(check, health::levelKey(found->level), found->value)));
        if (found->level != Level::Ok)
            QVERIFY2(!found->advice.isEmpty(), "a problem comes with advice");
    }

    // The audit trail gets a row when a check's level changes, not at every evaluation.
    void levelChangeIsAuditedOnce()
    {
        const auto changes = [&] {
            store::AuditFilter filter;
            filter.action = QStringLiteral("health.level_changed");
            return store::AuditLog(*m_db).search(filter);
        };
        // Audit rows are records worth a backup: one taken, so only the disk changes below.
        QVERIFY(store::Backups(dataDir()).create(*m_db, QStringLiteral("test")).ok());
        monitorReport();
        QCOMPARE(changes().size(), 0);
        m_freeSpace = [](const QString &) -> std::optional<qint64> {
            return 100LL * 1024 * 1024;
        };
        monitorReport();
        monitorReport();
        QList<store::AuditEntry> rows = changes();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().subject, QStringLiteral("disk_space"));
        QCOMPARE(rows.first().details.value(QStringLiteral("from")).toString(), QStringLiteral("ok"));
        QCOMPARE(rows.first().details.value(QStringLiteral("to")).toString(), QStringLiteral("critical"));
        m_freeSpace = [](const QString &) -> std::optional<qint64> {
            return 100LL * 1024 * 1024 * 1024;
        };
        monitorReport();
        rows = changes();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().details.value(QStringLiteral("to")).toString(), QStringLiteral("ok"));
    }

    void reportJsonHasTheExactShape()
    {
        m_freeSpace = [](const QString &) -> std::optional<qint64> {
            return 2000LL * 1024 * 1024;
        };
        const QJsonObject json = health::toJson(monitorReport());
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("checks"), QStringLiteral("level")}));
        QCOMPARE(json.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
        for (const QJsonValue &check : json.value(QStringLiteral("checks")).toArray())
            QCOMPARE(check.toObject().keys(), (QStringList{QStringLiteral("advice"), QStringLiteral("level"),
                                                           QStringLiteral("name"), QStringLiteral("value")}));
        const health::Report back = health::reportFromJson(json);
        QCOMPARE(back.level(), Level::Warning);
        QCOMPARE(back.checks.size(), 14);
    }

    void httpDates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("imf-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << true;
        QTest::newRow("no zone") << QByteArray("Sun, 06 Nov 1994 08:49:37") << false;
        QTest::newRow("rfc 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("garbage of the length") << QByteArray("xxxxxxxxxxxxxxxxxxxxxxxxxxxxx") << false;
    }

    void httpDates()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        const auto parsed = store::parseHttpDate(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(store::formatHttpDate(*parsed), text);
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
