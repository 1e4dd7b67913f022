#include "venuebench.h"

#include "callingbench.h"
#include "stats.h"

#include "httpd/loopbackcertificate.h"
#include "httpd/server.h"
#include "httpd/tls.h"
#include "venue/hubclient.h"
#include "venue/hubserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

namespace bench {

namespace {

QJsonObject failure(const QString &message)
{
    return {{QStringLiteral("error"), message}};
}

// Runs the event loop until `done` holds or `timeoutMs` passed.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return true;
}

} // namespace

QJsonObject runVenueBench(int count, int stations)
{
    if (stations < 2)
        return failure(QStringLiteral("--stations must be at least 2 (a display and a room)"));
    QTemporaryDir folder;
    if (const core::Status made = httpd::makeLoopbackCertificate(folder.path()); !made)
        return failure(made.error());
    QStandardPaths::setTestModeEnabled(true); // the data key stays out of the real keychain
    core::SystemClock clock;
    auto opened =
        store::Database::open(store::databasePath(folder.path()), clock, crypto::DataKey::generate());
    if (!opened.database)
        return failure(opened.error);
    store::Database &db = *opened.database;
    // Everyone is called once per round: no-show and back in the queue keep the queues full.
    if (const core::Status prepared = prepareCallingVenue(db, 40); !prepared)
        return failure(prepared.error());

    QFile certFile(QDir(folder.path()).filePath(QStringLiteral("cert.pem")));
    QFile keyFile(QDir(folder.path()).filePath(QStringLiteral("key.pem")));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot read the test certificate"));
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    httpd::Server http;
    http.setTlsConfiguration(
        httpd::strictServerConfiguration(certificate, QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem)));
    routing::CryptoRandom random;
    venue::HubService hub(db, random);
    venue::HubServer server(hub, http, venue::certificateSha256(certificate));
    const quint16 port = http.listen(QHostAddress::LocalHost, 0) ? http.serverPort() : 0;
    if (port == 0)
        return failure(QStringLiteral("the hub cannot listen on loopback"));

    // Declared before the stations, whose signals write them, so they outlive them.
    QString shownTicket; // the last call the display received
    QHash<QString, QJsonObject> answers;
    // Enrolled stations: 0 is the hall display, the others exam rooms.
    std::vector<std::unique_ptr<venue::HubClient>> clients;
    for (int i = 0; i < stations; ++i) {
        const auto code = hub.createEnrolmentCode(10);
        const auto token = code ? hub.enrol(code.value(), QStringLiteral("bench-%1").arg(i),
                                            i == 0 ? QStringLiteral("display") : QStringLiteral("room"))
                                : core::Result<QString>(code.status());
        if (!token)
            return failure(token.error());
        venue::HubLink link{
            QUrl(QStringLiteral("wss://127.0.0.1:%1%2").arg(port).arg(QLatin1String(venue::kStreamPath))),
            token.value(), venue::certificateSha256(certificate)};
        clients.push_back(std::make_unique<venue::HubClient>(link));
        clients.back()->start();
    }
    if (!waitFor(
            [&] {
                return std::all_of(clients.cbegin(), clients.cend(), [](const auto &client) {
                    return client->state() == venue::HubClient::State::Online;
                });
            },
            30000))
        return failure(QStringLiteral("not every station came online"));

    venue::HubClient &display = *clients.front();
    QObject::connect(&display, &venue::HubClient::event, &display, [&](qint64, const QJsonObject &data) {
        if (data.value(QStringLiteral("action")) == QStringLiteral("call"))
            shownTicket = data.value(QStringLiteral("ticket_id")).toString();
    });
    for (const auto &client : clients)
        QObject::connect(client.get(), &venue::HubClient::answered, client.get(),
                         [&](const QString &key, bool ok, const QJsonObject &result, const QString &error) {
                             answers.insert(key, ok ? result : QJsonObject{{QStringLiteral("error"), error}});
                         });
    const auto run = [&](venue::HubClient &client, const QString &name,
                         const QJsonObject &args) -> QJsonObject {
        const QString key = client.send(name, args);
        if (!waitFor([&] { return answers.contains(key); }, 10000))
            return {{QStringLiteral("error"), QStringLiteral("%1 was not answered").arg(name)}};
        return answers.take(key);
    };

    QList<double> times;
    for (int i = 0; times.size() < count; ++i) {
        venue::HubClient &room = *clients.at(1 + i % (stations - 1));
        const QString roomId = kCallingRooms.at(i % kCallingRooms.size());
        shownTicket.clear();
        QElapsedTimer timer;
        timer.start();
        const QString key = room.send(QStringLiteral("call_next"), {{QStringLiteral("room"), roomId}});
        QString calledTicket;
        if (!waitFor(
                [&] {
                    if (calledTicket.isEmpty() && answers.contains(key))
                        calledTicket = answers.value(key).value(QStringLiteral("ticket_id")).toString();
                    return !shownTicket.isEmpty() && answers.contains(key);
                },
                10000))
            return failure(QStringLiteral("call %1 did not reach the display").arg(i + 1));
        times << double(timer.nsecsElapsed()) / 1e6;
        const QJsonObject answer = answers.take(key);
        if (answer.contains(QStringLiteral("error")))
            return failure(answer.value(QStringLiteral("error")).toString());
        if (shownTicket != answer.value(QStringLiteral("ticket_id")).toString())
            return failure(QStringLiteral("the display received another call than the one made"));
        // Not here, and back in the queue: the room can call again.
        const QJsonObject ticket{{QStringLiteral("room"), roomId},
                                 {QStringLiteral("ticket_id"), shownTicket}};
        for (const QString &step : {QStringLiteral("no_show"), QStringLiteral("requeue")})
            if (const QJsonObject done = run(room, step, ticket); done.contains(QStringLiteral("error")))
                return failure(
                    QStringLiteral("%1: %2").arg(step, done.value(QStringLiteral("error")).toString()));
    }
    for (const auto &client : clients) {
        client->disconnect();
        client->stop();
    }
    clients.clear();
    return {{QStringLiteral("stations"), stations},
            {QStringLiteral("count"), int(times.size())},
            {QStringLiteral("p50_ms"), rounded(percentile(times, 0.50))},
            {QStringLiteral("p95_ms"), rounded(percentile(times, 0.95))}};
}

} // namespace bench
