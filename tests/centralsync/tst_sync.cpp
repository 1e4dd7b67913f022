// The station's outbox reaches a real appraisal-server exactly once: over TLS on loopback, through a
// connection that drops the reply after the server committed, twice at once, with conflicts,
// rejections and a restart in the middle. With APPRAISAL_TEST_DB=postgresql://… the server keeps
// its records in PostgreSQL (see with-postgres.sh); otherwise in SQLite.
#include "testkey.h"

#include "centralsync/referencedownload.h"
#include "centralsync/syncscheduler.h"
#include "demo/daysimulation.h"
#include "demo/demovenue.h"
#include "store/outbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString binary(const char *name)
{
    return qEnvironmentVariable("APPRAISAL_BIN_DIR") + QLatin1Char('/') + QString::fromLatin1(name);
}

// Passes plain HTTP through, but the first `drop` replies are cut: the client's connection is
// closed as soon as the server starts to answer, after the server has committed.
class ReplyDroppingProxy : public QObject
{
public:
    ReplyDroppingProxy(quint16 target, int drop) : m_target(target), m_drop(drop)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(QHostAddress::LocalHost, m_target);
                connect(client, &QTcpSocket::readyRead, upstream, [client, upstream, this] {
                    const QByteArray bytes = client->readAll();
                    m_requests += bytes.count("POST ");
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
    int m_requests = 0;
};

struct HttpReply {
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
};

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_serverDir;
    QString m_cert;
    QString m_key;
    std::unique_ptr<QProcess> m_server;
    QUrl m_base;
    core::ManualClock m_clock{QDateTime(QDate::currentDate(), QTime(9, 0))};
    std::unique_ptr<QTemporaryDir> m_stationDir;
    std::unique_ptr<store::Database> m_station;
    QString m_stationId;
    QString m_token;

    QStringList storageArguments() const
    {
        const QString db = qEnvironmentVariable("APPRAISAL_TEST_DB");
        return db.isEmpty() ? QStringList{QStringLiteral("--data-dir"), m_serverDir.path()}
                            : QStringList{QStringLiteral("--data-dir"), m_serverDir.path(),
                                          QStringLiteral("--db"), db};
    }

    void startServer(const QStringList &extra = {}, bool tls = true)
    {
        m_server = std::make_unique<QProcess>();
        m_server->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
        if (tls)
            arguments << QStringLiteral("--tls-cert") << m_cert << QStringLiteral("--tls-key") << m_key;
        m_server->start(binary("appraisal-server"), arguments + storageArguments() + extra);
        QVERIFY(m_server->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server->canReadLine() || m_server->state() == QProcess::NotRunning, 10000);
        const QString line = QString::fromUtf8(m_server->readLine()).trimmed();
        const auto match =
            QRegularExpression(QStringLiteral("^listening on (https?://127\\.0\\.0\\.1:\\d+)$")).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        m_base = QUrl(match.captured(1));
    }

    void stopServer()
    {
        if (m_server && m_server->state() != QProcess::NotRunning) {
            m_server->terminate();
            m_server->waitForFinished(10000);
        }
        m_server.reset();
    }

    QString createToken(const QString &station)
    {
        QProcess process;
        process.start(binary("appraisal-server"),
                      QStringList{QStringLiteral("token"), QStringLiteral("create"),
                                  QStringLiteral("--station"), station} +
                          storageArguments());
        process.waitForFinished(10000);
        return QString::fromLatin1(process.readAllStandardOutput()).trimmed();
    }

    centralsync::ServerLink link(const QUrl &base = {}) const
    {
        centralsync::ServerLink result;
        result.base = base.isEmpty() ? m_base : base;
        result.token = m_token;
        result.stationId = m_stationId;
        result.trustedCas = QSslCertificate::fromPath(m_cert);
        return result;
    }

    HttpReply send(const QByteArray &method, const char *path, const QByteArray &body = {},
                   const QByteArray &token = {}, const QUrl &base = {})
    {
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request((base.isEmpty() ? m_base : base).resolved(QUrl(QString::fromLatin1(path))));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(m_cert));
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                reply->rawHeader("Retry-After")};
    }

    qint64 serverRecords()
    {
        return QJsonDocument::fromJson(send("GET", "/api/v1/health").body)[QStringLiteral("records")]
            .toInteger();
    }
    qint64 outboxTotal() { return store::Outbox(*m_station).counts().total; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cert = m_serverDir.filePath(QStringLiteral("cert.pem"));
        m_key = m_serverDir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_key,
                       QStringLiteral("-out"), m_cert, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
    }

    // Each test: a fresh station with a simulated day in its outbox and a token of its own.
    void init()
    {
        m_stationDir = std::make_unique<QTemporaryDir>();
        m_station =
            store::Database::open(store::databasePath(m_stationDir->path()), m_clock, testDataKey()).database;
        QVERIFY(m_station);
        QVERIFY(demo::DemoVenue::load(*m_station, m_clock.today()).ok());
        QVERIFY(demo::simulateDay(*m_station, 2).ok());
        // Station ids differ per test so that a shared PostgreSQL keeps them apart.
        m_stationId = QStringLiteral("ST-%1").arg(QDateTime::currentMSecsSinceEpoch());
        m_token = createToken(m_stationId);
        QVERIFY(!m_token.isEmpty());
        startServer();
    }

    void cleanup()
    {
        stopServer();
        m_station.reset();
        m_stationDir.reset();
        QFile::remove(m_serverDir.filePath(QStringLiteral("maintenance")));
    }

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
                                  row.payload, centralsync::payloadHash(row.payload)});
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
                              forged,
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

    void referenceDataComesDownOnceAndKeepsLocalChanges()
    {
        // The central system publishes two experts (one is the station's own E101), a room and a clause.
        QTemporaryDir files;
        const auto publish = [&](const QString &kind, const QJsonArray &items) {
            const QString path = files.filePath(kind + QStringLiteral(".json"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson());
            file.close();
            QProcess process;
            process.start(binary("appraisal-server"),
                          QStringList{QStringLiteral("reference"), QStringLiteral("import"),
                                      QStringLiteral("--kind"), kind, path} +
                              storageArguments());
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitCode(), 0);
        };
        const QString suffix = m_stationId; // keeps runs against a shared PostgreSQL apart
        publish(QStringLiteral("experts"),
                {QJsonObject{{QStringLiteral("key"), QStringLiteral("C-") + suffix},
                             {QStringLiteral("id"), QStringLiteral("C-") + suffix},
                             {QStringLiteral("name"), QStringLiteral("中心专家")},
                             {QStringLiteral("specialties"), QJsonArray{QStringLiteral("neurology")}},
                             {QStringLiteral("employer"), QStringLiteral("省人民医院")},
                             {QStringLiteral("on_duty"), false}},
                 QJsonObject{{QStringLiteral("key"), QStringLiteral("E101")},
                             {QStringLiteral("id"), QStringLiteral("E101")},
                             {QStringLiteral("name"), QStringLiteral("陈建国（中心）")},
                             {QStringLiteral("specialties"), QJsonArray{QStringLiteral("orthopaedics")}}}});
        publish(QStringLiteral("clauses"),
                {QJsonObject{{QStringLiteral("key"), QStringLiteral("9.9.9(") + suffix + QLatin1Char(')')},
                             {QStringLiteral("clause"), QStringLiteral("9.9.9(") + suffix + QLatin1Char(')')},
                             {QStringLiteral("grade"), 6},
                             {QStringLiteral("group"), QStringLiteral("surgery")},
                             {QStringLiteral("text"), QStringLiteral("中心下发的条款")}}});
        // The station's own change to E101 has not gone up yet: it must not be overwritten.
        QSqlQuery local(m_station->connection());
        QVERIFY(local.exec(QStringLiteral(
                    "SELECT count(*) FROM outbox WHERE type = 'expert' AND entity_key = 'E101' "
                    "AND sync_state = 'pending'")) &&
                local.next());
        QVERIFY(local.value(0).toInt() > 0);
        const qint64 pendingBefore = store::Outbox(*m_station).counts().pending;
        const auto first = centralsync::downloadReference(*m_station, link());
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.applied.value(QStringLiteral("experts")), 1);
        QCOMPARE(first.keptLocal.value(QStringLiteral("experts")), 1);
        QVERIFY(first.applied.value(QStringLiteral("clauses")) >= 1);
        QVERIFY(local.exec(QStringLiteral("SELECT name FROM experts WHERE id = 'C-%1'").arg(suffix)) &&
                local.next());
        QCOMPARE(local.value(0).toString(), QStringLiteral("中心专家"));
        QVERIFY(local.exec(QStringLiteral("SELECT name FROM experts WHERE id = 'E101'")) && local.next());
        QCOMPARE(local.value(0).toString(), QStringLiteral("陈建国"));       // the local record, untouched
        QCOMPARE(store::Outbox(*m_station).counts().pending, pendingBefore); // nothing echoed back
        // Again: nothing changed, so nothing comes (304 on the stored ETag).
        const auto second = centralsync::downloadReference(*m_station, link());
        QVERIFY(second.error.isEmpty());
        QCOMPARE(second.applied.value(QStringLiteral("experts")), 0);
        QCOMPARE(second.applied.value(QStringLiteral("clauses")), 0);
        // Once the local change is up, the central version applies.
        QVERIFY(centralsync::Uploader::runToCompletion(*m_station, link(), 3, 200).pending == 0);
        QVERIFY(local.exec(QStringLiteral("DELETE FROM reference_cursors")));
        const auto third = centralsync::downloadReference(*m_station, link());
        QVERIFY(third.error.isEmpty());
        QVERIFY(local.exec(QStringLiteral("SELECT name FROM experts WHERE id = 'E101'")) && local.next());
        QCOMPARE(local.value(0).toString(), QStringLiteral("陈建国（中心）"));
        // A cursor from another server store (another epoch) reads everything again and deletes nothing.
        QVERIFY(local.exec(
            QStringLiteral("UPDATE reference_cursors SET cursor = 'another-epoch:999999', etag = ''")));
        const qint64 experts = [&] {
            QSqlQuery count(m_station->connection());
            count.exec(QStringLiteral("SELECT count(*) FROM experts"));
            count.next();
            return count.value(0).toLongLong();
        }();
        const auto afterReset = centralsync::downloadReference(*m_station, link());
        QVERIFY(afterReset.error.isEmpty());
        QVERIFY(afterReset.applied.value(QStringLiteral("experts")) >= 2);
        QSqlQuery count(m_station->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM experts")) && count.next());
        QCOMPARE(count.value(0).toLongLong(), experts);
        // Without a token: refused.
        QCOMPARE(send("GET", "/api/v1/reference/experts").status, 401);
        QCOMPARE(send("GET", "/api/v1/reference/nothing", {}, m_token.toLatin1()).status, 404);
    }

    void referenceDataComesInPages()
    {
        // 650 rooms: more than a page of 500, so the station follows the cursor to a second page.
        QTemporaryDir files;
        QJsonArray rooms;
        for (int i = 0; i < 650; ++i) {
            const QString id = QStringLiteral("P%1-%2").arg(m_stationId).arg(i);
            rooms.append(QJsonObject{{QStringLiteral("key"), id},
                                     {QStringLiteral("id"), id},
                                     {QStringLiteral("name"), QStringLiteral("诊室 %1").arg(i)},
                                     {QStringLiteral("specialties"), QJsonArray{QStringLiteral("surgery")}}});
        }
        QFile file(files.filePath(QStringLiteral("rooms.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("items"), rooms}}).toJson(QJsonDocument::Compact));
        file.close();
        QProcess process;
        process.start(binary("appraisal-server"),
                      QStringList{QStringLiteral("reference"), QStringLiteral("import"),
                                  QStringLiteral("--kind"), QStringLiteral("rooms"), file.fileName()} +
                          storageArguments());
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
        // The server pages: limit 400 gives 400 and "more", the cursor leads on.
        const HttpReply first = send("GET", "/api/v1/reference/rooms?limit=400", {}, m_token.toLatin1());
        QCOMPARE(first.status, 200);
        const QJsonObject page = QJsonDocument::fromJson(first.body).object();
        QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 400);
        QVERIFY(page.value(QStringLiteral("more")).toBool());
        const QByteArray next = "/api/v1/reference/rooms?limit=1000&since=" +
                                page.value(QStringLiteral("cursor")).toString().toLatin1();
        const QJsonObject rest =
            QJsonDocument::fromJson(send("GET", next.constData(), {}, m_token.toLatin1()).body).object();
        QVERIFY(rest.value(QStringLiteral("items")).toArray().size() >= 250);
        QVERIFY(!rest.value(QStringLiteral("more")).toBool());
        QCOMPARE(send("GET", "/api/v1/reference/rooms?since=bad", {}, m_token.toLatin1()).status, 400);
        // The station takes all of them, over two pages of 500.
        const auto summary = centralsync::downloadReference(*m_station, link(), {QStringLiteral("rooms")});
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QVERIFY(summary.applied.value(QStringLiteral("rooms")) >= 650);
        QSqlQuery count(m_station->connection());
        QVERIFY(
            count.exec(QStringLiteral("SELECT count(*) FROM rooms WHERE id LIKE 'P%1-%'").arg(m_stationId)) &&
            count.next());
        QCOMPARE(count.value(0).toInt(), 650);
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
