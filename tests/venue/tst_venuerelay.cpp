// A station's own work (a simulated day: check-ins, exam drafts, findings, signatures, opinions)
// forwarded to the venue hub and from there to a real central appraisal-server: the station
// uploads to the hub over TLS with its pinned certificate and venue token, the hub keeps every
// record as it came, and the hub's own upload takes them to the central system. Retries store
// nothing twice; a tampered record, a reused id and a wrong token or pin are refused.
#include "../centralsync/syncfixture.h"
#include "loopbackhub.h"

#include "centralsync/protocol.h"
#include "centralsync/syncstatus.h"

#include <QSqlQuery>

class TestVenueRelay : public SyncFixture
{
    Q_OBJECT

    QTemporaryDir m_hubDir;
    std::unique_ptr<store::Database> m_hubData;
    routing::CryptoRandom m_random;
    LoopbackHub m_hub;
    QString m_stationToken;

    void enrolStation(const QString &pin)
    {
        for (const auto &[key, value] :
             {std::pair{QStringLiteral("venue.hub_url"), m_hub.link({}).url.toString()},
              std::pair{QStringLiteral("venue.hub_pin"), pin},
              std::pair{QStringLiteral("venue.station"), QStringLiteral("room-1")}})
            QVERIFY(m_station->setSetting(key, value).ok());
        qputenv("APPRAISAL_HUB_TOKEN", m_stationToken.toLatin1());
    }
    int hubRecordsFrom(const QString &origin)
    {
        QSqlQuery query(m_hubData->connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE origin = ?"));
        query.addBindValue(origin);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }
    // A raw POST to the hub, trusting its certificate for this check only.
    HttpReply postToHub(const QByteArray &body, const QString &token)
    {
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(QUrl(
            QStringLiteral("https://127.0.0.1:%1%2").arg(m_hub.port).arg(QLatin1String(venue::kSyncPath))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = manager.post(request, body);
        connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), {}};
    }
    static centralsync::Outcome outcomeOf(const HttpReply &reply)
    {
        const auto results = centralsync::decodeResults(reply.body);
        return results && results->size() == 1 ? results->first().outcome : centralsync::Outcome::Rejected;
    }

private slots:
    void initTestCase()
    {
        makeCertificate();
        m_hubData =
            store::Database::open(store::databasePath(m_hubDir.path()), m_clock, testDataKey()).database;
        QVERIFY(m_hubData);
        QVERIFY(demo::DemoVenue::load(*m_hubData, m_clock.today()).ok());
        QVERIFY(m_hub.setUp(*m_hubData, m_random));
        const auto code = m_hub.service->createEnrolmentCode(10);
        const auto token =
            m_hub.service->enrol(code.value(), QStringLiteral("room-1"), QStringLiteral("room"));
        QVERIFY(token.ok());
        m_stationToken = token.value();
    }
    void init() { setUpStation(); }
    void cleanup() { tearDown(); }

    void theStationsWorkReachesTheCentralSystemThroughTheHub()
    {
        enrolStation(venue::certificateSha256(m_hub.certificate));
        QString problem;
        const centralsync::ServerLink toHub = centralsync::configuredLink(*m_station, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(toHub.throughHub);
        QCOMPARE(toHub.base.port(), int(m_hub.port));
        // Exam work is among it: the opinions with their findings, clauses and signatures.
        QSqlQuery opinions(m_station->connection());
        QVERIFY(opinions.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'opinion'")) &&
                opinions.next());
        QVERIFY(opinions.value(0).toInt() > 0);
        const qint64 total = outboxTotal();
        QVERIFY(total > 100);

        const auto first = centralsync::Uploader::runToCompletion(*m_station, toHub, 3, 50);
        QVERIFY2(first.lastError.isEmpty(), qPrintable(first.lastError));
        QCOMPARE(first.uploaded, int(total));
        QCOMPARE(first.pending, 0);
        QCOMPARE(hubRecordsFrom(QStringLiteral("room-1")), int(total));
        // The same ids at the hub as at the station.
        QSqlQuery ids(m_station->connection());
        QVERIFY(ids.exec(QStringLiteral("SELECT record_id FROM outbox ORDER BY seq LIMIT 1")) && ids.next());
        QSqlQuery atHub(m_hubData->connection());
        atHub.prepare(QStringLiteral("SELECT origin FROM outbox WHERE record_id = ?"));
        atHub.addBindValue(ids.value(0));
        QVERIFY(atHub.exec() && atHub.next());
        QCOMPARE(atHub.value(0).toString(), QStringLiteral("room-1"));
        // Nothing new: nothing sent again.
        QCOMPARE(centralsync::Uploader::runToCompletion(*m_station, toHub, 3, 50).uploaded, 0);

        // The hub's own upload takes the station's records and its own to the central system.
        const QString hubId = QStringLiteral("HUB-%1").arg(QDateTime::currentMSecsSinceEpoch());
        centralsync::ServerLink upstream = link();
        upstream.stationId = hubId;
        upstream.token = createToken(hubId);
        const qint64 before = serverRecords();
        const qint64 atHubTotal = store::Outbox(*m_hubData).counts().pending;
        const auto relayed = centralsync::Uploader::runToCompletion(*m_hubData, upstream, 3, 200);
        QVERIFY2(relayed.lastError.isEmpty(), qPrintable(relayed.lastError));
        QCOMPARE(relayed.uploaded, int(atHubTotal));
        QCOMPARE(serverRecords() - before, atHubTotal);
    }

    void theHubRefusesWhatItMustNotKeep()
    {
        const QByteArray payload =
            centralsync::canonicalPayload({{QStringLiteral("note"), QStringLiteral("x")}});
        const QString id = QStringLiteral("relay-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const auto batch = [&](const QString &station, const QByteArray &bytes, const QString &sha) {
            return centralsync::encodeBatch(
                {QStringLiteral("b-") + id, station, {{id, QStringLiteral("note"), id, 1, {}, bytes, sha}}});
        };
        const QString sha = centralsync::sha256Hex(payload);
        QCOMPARE(
            postToHub(batch(QStringLiteral("room-1"), payload, sha), QStringLiteral("not-a-token")).status,
            401);
        QCOMPARE(postToHub(batch(QStringLiteral("desk-9"), payload, sha), m_stationToken).status, 403);
        const auto display = m_hub.service->enrol(m_hub.service->createEnrolmentCode(10).value(),
                                                  QStringLiteral("hall"), QStringLiteral("display"));
        QCOMPARE(postToHub(batch(QStringLiteral("hall"), payload, sha), display.value()).status, 403);
        QCOMPARE(postToHub("{not json", m_stationToken).status, 400);

        const QByteArray other =
            centralsync::canonicalPayload({{QStringLiteral("note"), QStringLiteral("y")}});
        const HttpReply tampered = postToHub(batch(QStringLiteral("room-1"), other, sha), m_stationToken);
        QCOMPARE(tampered.status, 200);
        QCOMPARE(outcomeOf(tampered), centralsync::Outcome::Rejected);
        QCOMPARE(outcomeOf(postToHub(batch(QStringLiteral("room-1"), payload, sha), m_stationToken)),
                 centralsync::Outcome::Stored);
        QCOMPARE(outcomeOf(postToHub(batch(QStringLiteral("room-1"), payload, sha), m_stationToken)),
                 centralsync::Outcome::Duplicate);
        QCOMPARE(outcomeOf(postToHub(batch(QStringLiteral("room-1"), other, centralsync::sha256Hex(other)),
                                     m_stationToken)),
                 centralsync::Outcome::Conflict);
    }

    void aStationTrustsOnlyThePinnedHub()
    {
        enrolStation(QString(64, QLatin1Char('0')));
        QString problem;
        const centralsync::ServerLink toHub = centralsync::configuredLink(*m_station, &problem);
        const int before = hubRecordsFrom(QStringLiteral("room-1"));
        const auto refused = centralsync::Uploader::runToCompletion(*m_station, toHub, 2, 50);
        QVERIFY(!refused.lastError.isEmpty());
        QCOMPARE(refused.uploaded, 0);
        QCOMPARE(hubRecordsFrom(QStringLiteral("room-1")), before);
        QCOMPARE(refused.pending, outboxTotal());
    }
};

QTEST_MAIN(TestVenueRelay)
#include "tst_venuerelay.moc"
