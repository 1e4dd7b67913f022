// The station's outbox reaches a real appraisal-server exactly once: over TLS on loopback, through a
// connection that drops the reply after the server committed, twice at once, with conflicts,
// rejections and a restart in the middle; the scheduler; the refusals.
#include "syncfixture.h"

#include "centralsync/syncscheduler.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <optional>

namespace {

// Passes plain HTTP through, but the first `drop` replies are cut: the client's connection is
// closed as soon as the server starts to answer, after the server has committed.
class ReplyDroppingProxy : public QObject
{
public:
    // `holdFirstMs`: the first connection's request reaches the server only after this long, so a
    // request sent after it arrives before it.
    ReplyDroppingProxy(quint16 target, int drop, int holdFirstMs = 0)
        : m_target(target), m_drop(drop), m_holdFirstMs(holdFirstMs)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(QHostAddress::LocalHost, m_target);
                auto held = std::make_shared<std::optional<QByteArray>>();
                if (m_holdFirstMs > 0 && !std::exchange(m_heldOne, true)) {
                    *held = QByteArray();
                    QTimer::singleShot(m_holdFirstMs, upstream, [upstream, held] {
                        upstream->write(held->value());
                        held->reset();
                    });
                }
                connect(client, &QTcpSocket::readyRead, upstream, [client, upstream, held, this] {
                    const QByteArray bytes = client->readAll();
                    m_requests += bytes.count("POST ");
                    if (held->has_value())
                        held->value() += bytes;
                    else
                        upstream->write(bytes);
                });
                connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, this] {
                    const QByteArray bytes = upstream->readAll();
                    if (m_drop > 0 && bytes.startsWith("HTTP/1.1")) {
                        --m_drop;
                        client->abort();
                        return;
                    }
                    client->write(bytes);
                });
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int requests() const { return m_requests; }

private:
    QTcpServer m_server;
    quint16 m_target;
    int m_drop;
    int m_holdFirstMs;
    bool m_heldOne = false;
    int m_requests = 0;
};

} // namespace

class TestSync : public SyncFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { makeCertificate(); }
    void init() { setUpStation(); }
    void cleanup() { tearDown(); }

    void everyOutboxRowBecomesOneServerRecordOverTls()
    {
        const QJsonObject health = QJsonDocument::fromJson(send("GET", "/api/v1/health").body).object();
        QCOMPARE(health.value(QStringLiteral("storage")).toString(),
                 qEnvironmentVariableIsEmpty("APPRAISAL_TEST_DB") ? QStringLiteral("sqlite")
                                                                  : QStringLiteral("postgresql"));
        QCOMPARE(health.value(QStringLiteral("schema")).toInt(), 2);
        const qint64 before = serverRecords();
        const qint64 total = outboxTotal();
        QVERIFY(total > 100);
        const auto first = centralsync::Uploader::runToCompletion(*m_station, link(), 3, 50);
        QVERIFY2(first.lastError.isEmpty(), qPrintable(first.lastError));
        QCOMPARE(first.uploaded, int(total));
        QCOMPARE(first.pending, 0);
        QCOMPARE(serverRecords() - before, total);
        // Nothing new: nothing sent, nothing stored.
        const auto second = centralsync::Uploader::runToCompletion(*m_station, link(), 3, 50);
        QCOMPARE(second.uploaded, 0);
        QCOMPARE(serverRecords() - before, total);
        // New work after the sync goes up next time, and only that.
        QVERIFY(demo::simulateDay(*m_station, 1).ok());
        const qint64 more = outboxTotal() - total;
        QCOMPARE(centralsync::Uploader::runToCompletion(*m_station, link(), 3, 50).uploaded, int(more));
        QCOMPARE(serverRecords() - before, total + more);
    }

    void aReplyLostAfterTheCommitStoresOnce()
    {
        stopServer();
        startServer({}, false); // plain HTTP, so the proxy can see where the reply starts
        ReplyDroppingProxy proxy(quint16(m_base.port()), 2);
        const qint64 before = serverRecords();
        const qint64 total = outboxTotal();
        centralsync::Uploader uploader(*m_station,
                                       link(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()))));
        uploader.setBatchSize(40);
        uploader.setMaxBackoffSeconds(1);
        QSignalSpy done(&uploader, &centralsync::Uploader::finished);
        uploader.start();
        QVERIFY(done.wait(60000));
        QCOMPARE(uploader.summary().pending, 0);
        QVERIFY(proxy.requests() >= int((total + 39) / 40) + 2); // the two lost replies were retried
        QCOMPARE(uploader.summary().uploaded + uploader.summary().duplicates, int(total));
        QCOMPARE(serverRecords() - before, total);
    }

    void theSameBatchTwiceAtOnceStoresOnce()
    {
        const auto rows = store::Outbox(*m_station).pending(30);
        centralsync::Batch batch{QStringLiteral("concurrent-%1").arg(m_stationId), m_stationId, {}};
        for (const store::OutboxRecord &row : rows)
            batch.records.append({row.recordId, row.type, row.entityKey, row.version, row.predecessor,
                                  row.payloadJson, centralsync::payloadHash(row.payload)});
        const QByteArray body = centralsync::encodeBatch(batch);
        const qint64 before = serverRecords();
        QNetworkAccessManager first;
        QNetworkAccessManager second;
        QList<QNetworkReply *> replies;
        for (QNetworkAccessManager *manager : {&first, &second}) {
            manager->setProxy(QNetworkProxy::NoProxy);
            QNetworkRequest request(m_base.resolved(QUrl(QStringLiteral("/api/v1/sync/batches"))));
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.addCaCertificates(QSslCertificate::fromPath(m_cert));
            request.setSslConfiguration(tls);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
            replies << manager->post(request, body);
        }
        QTRY_VERIFY_WITH_TIMEOUT(replies.at(0)->isFinished() && replies.at(1)->isFinished(), 20000);
        const QByteArray a = replies.at(0)->readAll();
        const QByteArray b = replies.at(1)->readAll();
        QCOMPARE(replies.at(0)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(replies.at(1)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(a, b); // the same batch gets the same answer
        QCOMPARE(serverRecords() - before, qint64(rows.size()));
        qDeleteAll(replies);
    }

    void aConflictIsReportedNotOverwritten()
    {
        // The server already holds the station's first record id with other content.
        const store::OutboxRecord victim = store::Outbox(*m_station).pending(1).constFirst();
        const QJsonObject forged{{QStringLiteral("forged"), true}};
        centralsync::Batch batch{QStringLiteral("forge-%1").arg(m_stationId), m_stationId, {}};
        batch.records.append({victim.recordId,
                              victim.type,
                              victim.entityKey,
                              1,
                              {},
                              centralsync::canonicalPayload(forged),
                              centralsync::payloadHash(forged)});
        QCOMPARE(
            send("POST", "/api/v1/sync/batches", centralsync::encodeBatch(batch), m_token.toLatin1()).status,
            200);
        const auto summary = centralsync::Uploader::runToCompletion(*m_station, link(), 3, 100);
        QCOMPARE(summary.pending, 0);
        QVERIFY(summary.rejected >= 1);
        const auto quarantined = store::Outbox(*m_station).quarantined();
        QVERIFY(!quarantined.isEmpty());
        QCOMPARE(quarantined.constFirst().recordId, victim.recordId);
        QVERIFY2(quarantined.constFirst().reason.startsWith(QStringLiteral("conflict")),
                 qPrintable(quarantined.constFirst().reason));
        // The server kept the first content: sending the forged record again is a duplicate.
        const auto again = send("POST", "/api/v1/sync/batches",
                                centralsync::encodeBatch({QStringLiteral("again-%1").arg(m_stationId),
                                                          m_stationId, batch.records}),
                                m_token.toLatin1());
        QVERIFY(again.body.contains("\"duplicate\""));
    }

    void aRejectedRecordIsQuarantinedAndTheRestGoesThrough()
    {
        QSqlQuery tamper(m_station->connection());
        QVERIFY(tamper.exec(QStringLiteral("UPDATE outbox SET version = 2, predecessor = NULL WHERE seq = "
                                           "(SELECT min(seq) FROM outbox WHERE type = 'audit')")));
        const qint64 total = outboxTotal();
        const qint64 before = serverRecords();
        const auto summary = centralsync::Uploader::runToCompletion(*m_station, link(), 3, 100);
        QCOMPARE(summary.pending, 0);
        QCOMPARE(summary.rejected, 1);
        QCOMPARE(serverRecords() - before, total - 1);
        const auto quarantined = store::Outbox(*m_station).quarantined();
        QCOMPARE(quarantined.size(), 1);
        QVERIFY(quarantined.constFirst().reason.contains(QStringLiteral("predecessor")));
    }

    void aVersionNeverTravelsBesideItsPredecessor()
    {
        // Two batches fly at once and the second may overtake the first on the way (here the
        // first is held up). The second must not carry the next version of a record in the first,
        // or the server would reject it ("predecessor not stored") and the station would set a
        // good record aside.
        QCOMPARE(centralsync::Uploader::runToCompletion(*m_station, link(), 3).pending, 0);
        store::Outbox outbox(*m_station);
        const auto append = [&](const QString &key, int n) {
            return m_station->transaction([&] {
                return outbox.append(QStringLiteral("case"), key, {{QStringLiteral("n"), n}});
            });
        };
        QVERIFY(append(QStringLiteral("F-1"), 1).ok());
        QVERIFY(append(QStringLiteral("E"), 1).ok()); // batch 1: F-1, E v1
        QVERIFY(append(QStringLiteral("E"), 2).ok()); // batch 2 would start with E v2
        QVERIFY(append(QStringLiteral("F-2"), 1).ok());
        QVERIFY(append(QStringLiteral("F-3"), 1).ok());
        stopServer();
        startServer({}, false);
        ReplyDroppingProxy proxy(quint16(m_base.port()), 0, 1500);
        centralsync::Uploader uploader(*m_station,
                                       link(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()))));
        uploader.setBatchSize(2);
        uploader.setMaxBackoffSeconds(1);
        QSignalSpy done(&uploader, &centralsync::Uploader::finished);
        uploader.start();
        QVERIFY(done.wait(30000));
        QCOMPARE(uploader.summary().pending, 0);
        QCOMPARE(uploader.summary().rejected, 0);
        QVERIFY(outbox.quarantined().isEmpty());
        QCOMPARE(uploader.summary().uploaded + uploader.summary().duplicates, 5);
    }

    void aRowThatDoesNotOpenIsSetAsideHere()
    {
        QSqlQuery tamper(m_station->connection());
        QVERIFY(tamper.exec(QStringLiteral("UPDATE outbox SET sealed_payload = x'00112233' WHERE seq <= 3")));
        const qint64 total = outboxTotal();
        const qint64 before = serverRecords();
        const auto summary = centralsync::Uploader::runToCompletion(*m_station, link(), 3, 2);
        QCOMPARE(summary.pending, 0);
        QCOMPARE(summary.rejected, 3);
        QCOMPARE(serverRecords() - before, total - 3);
        const auto quarantined = store::Outbox(*m_station).quarantined();
        QCOMPARE(quarantined.size(), 3);
        QVERIFY(quarantined.constFirst().reason.contains(QStringLiteral("key")));
    }

    void aRestartInTheMiddleResumes()
    {
        const qint64 total = outboxTotal();
        const qint64 before = serverRecords();
        {
            auto uploader = std::make_unique<centralsync::Uploader>(*m_station, link());
            uploader->setBatchSize(20);
            bool stopped = false;
            connect(uploader.get(), &centralsync::Uploader::progress, this, [&](qint64 done, qint64) {
                if (done >= 40 && !stopped) {
                    stopped = true;
                    uploader.release()->deleteLater(); // the station goes away mid-run
                }
            });
            uploader->start();
            QTRY_VERIFY_WITH_TIMEOUT(stopped, 20000);
        }
        QTest::qWait(200);
        const qint64 left = store::Outbox(*m_station).counts().pending;
        QVERIFY(left > 0 && left < total);
        const auto resumed = centralsync::Uploader::runToCompletion(*m_station, link(), 3, 20);
        QCOMPARE(resumed.pending, 0);
        QCOMPARE(serverRecords() - before, total);
    }

    void theSchedulerUploadsNewWorkByItself()
    {
        QVERIFY(m_station->setSetting(QStringLiteral("sync.server"), m_base.toString()).ok());
        QVERIFY(m_station->setSetting(QStringLiteral("sync.ca"), m_cert).ok());
        QVERIFY(m_station->setSetting(QStringLiteral("sync.station_id"), m_stationId).ok());
        qputenv("APPRAISAL_SYNC_TOKEN", m_token.toLatin1());
        centralsync::SyncScheduler scheduler(*m_station);
        scheduler.setInterval(std::chrono::milliseconds(200));
        QSignalSpy runs(&scheduler, &centralsync::SyncScheduler::runFinished);
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(store::Outbox(*m_station).counts().pending == 0 && !scheduler.running(),
                                 20000);
        const qint64 afterFirst = serverRecords();
        QVERIFY(demo::simulateDay(*m_station, 1).ok()); // more work during the day
        QTRY_VERIFY_WITH_TIMEOUT(store::Outbox(*m_station).counts().pending == 0 && !scheduler.running(),
                                 20000);
        QVERIFY(serverRecords() > afterFirst);
        QVERIFY(runs.size() >= 2);
        const centralsync::SyncStatus status = centralsync::readSyncStatus(*m_station);
        QCOMPARE(status.state, centralsync::SyncStatus::State::Online);
        QVERIFY(status.lastSuccess.isValid());
        qunsetenv("APPRAISAL_SYNC_TOKEN");
    }

    void refusalsAreExplicit()
    {
        QCOMPARE(send("POST", "/api/v1/sync/batches", "{}").status, 401);
        QCOMPARE(send("POST", "/api/v1/sync/batches", "{}", "not-a-token").status, 401);
        const QByteArray otherStation =
            centralsync::encodeBatch({QStringLiteral("b"), QStringLiteral("SOMEONE-ELSE"), {}});
        QCOMPARE(send("POST", "/api/v1/sync/batches", otherStation, m_token.toLatin1()).status, 403);
        const HttpReply malformed =
            send("POST", "/api/v1/sync/batches", "{\"batch_id\":", m_token.toLatin1());
        QCOMPARE(malformed.status, 400);
        QVERIFY(malformed.body.contains("not JSON"));
        QFile flag(m_serverDir.filePath(QStringLiteral("maintenance")));
        QVERIFY(flag.open(QIODevice::WriteOnly));
        flag.close();
        const HttpReply maintenance =
            send("POST", "/api/v1/sync/batches",
                 centralsync::encodeBatch({QStringLiteral("m"), m_stationId, {}}), m_token.toLatin1());
        QCOMPARE(maintenance.status, 503);
        QVERIFY(maintenance.retryAfter.toInt() > 0);
        // The uploader waits and keeps everything: nothing quarantined, everything still pending.
        const auto waiting = centralsync::Uploader::runToCompletion(*m_station, link(), 1, 50);
        QVERIFY(waiting.lastError.contains(QStringLiteral("503")));
        QCOMPARE(waiting.pending, outboxTotal());
        QVERIFY(store::Outbox(*m_station).quarantined().isEmpty());
        QFile::remove(flag.fileName());
        stopServer();
        startServer({QStringLiteral("--max-body-mb"), QStringLiteral("0")});
        QCOMPARE(send("POST", "/api/v1/sync/batches", otherStation, m_token.toLatin1()).status, 413);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
