// The venue hub collects its stations' health (docs/venue-protocol.md, "Health"): a station's
// monitor reports over a real loopback hub (TLS WebSocket), the hub keeps the last report per
// station, GET /api/v1/health gives the venue's worst level, and hostile reports are refused.
#include "loopbackhub.h"
#include "testkey.h"

#include "crypto/filekeystore.h"
#include "health/monitor.h"
#include "healthroutes.h"
#include "store/healthrepository.h"
#include "venue/hubhealth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

class TestHubHealth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_hubDir;
    QTemporaryDir m_stationDir;
    core::ManualClock m_hubClock{QDateTime::currentDateTime()};
    core::ManualClock m_stationClock{QDateTime::currentDateTime()};
    std::unique_ptr<store::Database> m_hubDb;
    std::unique_ptr<store::Database> m_stationDb;
    routing::CryptoRandom m_random;
    LoopbackHub m_hub;

    QJsonObject getHealth()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/health").arg(m_hub.port)));
        QNetworkReply *reply = network.get(request);
        connect(reply, &QNetworkReply::sslErrors, reply,
                [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            return {};
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return body;
    }

    // A raw WebSocket that said hello as an enrolled station; the hub's messages land in `heard`.
    std::unique_ptr<QWebSocket> rawStation(const QString &name, QList<QJsonObject> &heard)
    {
        const auto code = m_hub.service->createEnrolmentCode(10);
        const auto token = m_hub.service->enrol(code.value(), name, QStringLiteral("desk"));
        auto socket = std::make_unique<QWebSocket>();
        connect(socket.get(), &QWebSocket::sslErrors, socket.get(),
                [raw = socket.get()](const QList<QSslError> &) { raw->ignoreSslErrors(); });
        connect(socket.get(), &QWebSocket::textMessageReceived, this,
                [&heard](const QString &text) { heard << QJsonDocument::fromJson(text.toUtf8()).object(); });
        QSignalSpy connected(socket.get(), &QWebSocket::connected);
        socket->open(m_hub.link(token.value()).url);
        if (!connected.wait(10000))
            return nullptr;
        socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                                        {QStringLiteral("token"), token.value()},
                                                        {QStringLiteral("since"), 0}})
                                  .toJson(QJsonDocument::Compact)));
        return socket;
    }

    static QString message(const QJsonObject &object)
    {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

private slots:
    void initTestCase()
    {
        m_hubDb = std::move(
            store::Database::open(store::databasePath(m_hubDir.path()), m_hubClock, testDataKey()).database);
        m_stationDb = std::move(
            store::Database::open(store::databasePath(m_stationDir.path()), m_stationClock, testDataKey())
                .database);
        QVERIFY(m_hubDb && m_stationDb);
        const QString keyFile = m_stationDir.filePath(QStringLiteral("data.key"));
        QVERIFY(crypto::FileKeyStore(keyFile).save(testDataKey()).isEmpty());
        qputenv("APPRAISAL_KEY_FILE", keyFile.toLocal8Bit());
        QVERIFY(m_hub.setUp(*m_hubDb, m_random));
        server::ServerInfo info{QStringLiteral("hub"), QStringLiteral("test"), {}};
        info.venue = [this] {
            return venue::HubHealth(*m_hubDb).summary(false);
        };
        server::addHealthRoutes(*m_hub.http, info);
    }

    void stationMonitorReportsToTheHub()
    {
        QCOMPARE(
            getHealth().value(QStringLiteral("venue")).toObject().value(QStringLiteral("level")).toString(),
            QStringLiteral("ok"));
        std::unique_ptr<venue::HubClient> client =
            m_hub.station(QStringLiteral("room-R1"), QStringLiteral("room"));
        client->start();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), venue::HubClient::State::Online, 10000);
        health::Monitor monitor(*m_stationDb, m_stationDir.path(), {client.get(), nullptr, nullptr});
        // Little disk left: a warning the venue admin must see for this PC.
        monitor.setFreeSpace([](const QString &) -> std::optional<qint64> { return 2000LL * 1024 * 1024; });
        monitor.evaluateNow();
        QVERIFY(monitor.waitForReport(20000));
        QCOMPARE(monitor.report().level(), health::Level::Warning);
        QTRY_COMPARE_WITH_TIMEOUT(store::HealthRepository(*m_hubDb).stationsReporting(), 1, 10000);

        const QJsonObject venue = getHealth().value(QStringLiteral("venue")).toObject();
        QCOMPARE(venue.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
        QCOMPARE(venue.value(QStringLiteral("stations_total")).toInt(), 1);
        const QJsonObject station = venue.value(QStringLiteral("stations")).toArray().first().toObject();
        QCOMPARE(station.value(QStringLiteral("station")).toString(), QStringLiteral("room-R1"));
        QCOMPARE(station.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
        QCOMPARE(station.value(QStringLiteral("stale")).toBool(), false);
        const QJsonArray problems = station.value(QStringLiteral("problems")).toArray();
        QVERIFY(!problems.isEmpty());
        for (const QJsonValue &problem : problems)
            QVERIFY(problem.toObject().value(QStringLiteral("level")).toString() != QLatin1String("ok"));

        // The venue admin's page asks the hub for every PC, with advice.
        const venue::HubAnswer answer =
            client->ask(QStringLiteral("venue_health"), {}, QStringLiteral("admin"), 5000);
        QVERIFY(answer.answered && answer.ok);
        const QJsonObject full = answer.result.value(QStringLiteral("stations")).toArray().first().toObject();
        QCOMPARE(full.value(QStringLiteral("checks")).toArray().size(), 14);

        // A station that stops reporting counts as a warning at least.
        m_hubClock.advanceSeconds(11 * 60);
        const QJsonObject later = getHealth().value(QStringLiteral("venue")).toObject();
        QCOMPARE(later.value(QStringLiteral("stations"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("stale"))
                     .toBool(),
                 true);
        m_hubClock.set(QDateTime::currentDateTime());
        client->stop();
    }

    void hostileReportsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("report");
        QTest::addColumn<QString>("refusal");
        const QJsonObject ok{{QStringLiteral("name"), QStringLiteral("disk_space")},
                             {QStringLiteral("level"), QStringLiteral("ok")},
                             {QStringLiteral("value"), QStringLiteral("x")},
                             {QStringLiteral("advice"), QString()}};
        const auto report = [](const QString &level, const QJsonArray &checks) {
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("health")},
                               {QStringLiteral("level"), level},
                               {QStringLiteral("checks"), checks}};
        };
        QTest::newRow("unknown level")
            << report(QStringLiteral("fine"), {ok}) << QStringLiteral("level must be");
        QTest::newRow("checks not a list")
            << QJsonObject{{QStringLiteral("type"), QStringLiteral("health")},
                           {QStringLiteral("level"), QStringLiteral("ok")},
                           {QStringLiteral("checks"), QStringLiteral("all fine")}}
            << QStringLiteral("checks must be a list");
        QJsonArray many;
        for (int i = 0; i < 40; ++i)
            many.append(ok);
        QTest::newRow("too many checks")
            << report(QStringLiteral("ok"), many) << QStringLiteral("at most 32 checks");
        QJsonObject badName = ok;
        badName.insert(QStringLiteral("name"), QStringLiteral("<script>"));
        QTest::newRow("bad check name")
            << report(QStringLiteral("ok"), {badName}) << QStringLiteral("each check needs");
        QTest::newRow("level not the worst")
            << report(QStringLiteral("critical"), {ok}) << QStringLiteral("the worst level");
        QJsonObject huge = ok;
        huge.insert(QStringLiteral("value"), QString(40000, QLatin1Char('x')));
        QTest::newRow("too large") << report(QStringLiteral("ok"), {huge})
                                   << QStringLiteral("at most 32768 bytes");
    }

    void hostileReportsAreRefused()
    {
        QFETCH(QJsonObject, report);
        QFETCH(QString, refusal);
        QList<QJsonObject> heard;
        const auto socket = rawStation(
            QStringLiteral("desk-%1").arg(QString::fromLatin1(QTest::currentDataTag())).left(60), heard);
        QVERIFY(socket);
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 10000); // welcome
        const qint64 before = store::HealthRepository(*m_hubDb).stationsReporting();
        socket->sendTextMessage(message(report));
        QTRY_VERIFY_WITH_TIMEOUT(heard.size() >= 2, 10000);
        QCOMPARE(heard.last().value(QStringLiteral("type")).toString(), QStringLiteral("error"));
        QVERIFY2(heard.last().value(QStringLiteral("error")).toString().contains(refusal),
                 qPrintable(heard.last().value(QStringLiteral("error")).toString()));
        QCOMPARE(store::HealthRepository(*m_hubDb).stationsReporting(), before);
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState); // refused, not dropped
    }

    // Unknown fields are ignored (not kept), and a station reports at most every 10 s.
    void unknownFieldsIgnoredAndRateLimited()
    {
        QList<QJsonObject> heard;
        const auto socket = rawStation(QStringLiteral("desk-rate"), heard);
        QVERIFY(socket);
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 10000);
        const QJsonObject report{
            {QStringLiteral("type"), QStringLiteral("health")},
            {QStringLiteral("level"), QStringLiteral("critical")},
            {QStringLiteral("extra"), QStringLiteral("ignored")},
            {QStringLiteral("checks"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("keychain")},
                                    {QStringLiteral("level"), QStringLiteral("critical")},
                                    {QStringLiteral("value"), QStringLiteral("gone")},
                                    {QStringLiteral("secret"), QStringLiteral("not kept")}}}}};
        socket->sendTextMessage(message(report));
        socket->sendTextMessage(message(report));
        QTRY_VERIFY_WITH_TIMEOUT(heard.size() >= 2, 10000);
        QVERIFY(heard.last()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("at most every 10 s")));
        const QList<store::StationHealthRow> rows = store::HealthRepository(*m_hubDb).stationHealth(10);
        const auto row = std::find_if(rows.cbegin(), rows.cend(), [](const store::StationHealthRow &r) {
            return r.station == QLatin1String("desk-rate");
        });
        QVERIFY(row != rows.cend());
        QCOMPARE(row->level, QStringLiteral("critical"));
        QCOMPARE(row->checks.first().toObject().keys(),
                 (QStringList{QStringLiteral("advice"), QStringLiteral("level"), QStringLiteral("name"),
                              QStringLiteral("value")}));
        QCOMPARE(
            getHealth().value(QStringLiteral("venue")).toObject().value(QStringLiteral("level")).toString(),
            QStringLiteral("critical"));
    }
};

QTEST_GUILESS_MAIN(TestHubHealth)
#include "tst_hubhealth.moc"
