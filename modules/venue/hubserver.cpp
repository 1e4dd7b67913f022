#include "hubserver.h"

#include "hubhealth.h"

#include "httpd/server.h"
#include "store/auditlog.h"

#include <QDebug>
#include <QJsonDocument>
#include <QTimer>

namespace venue {

namespace {

constexpr int kRefusedCloseCode = 4401; // the token is not an enrolled station's
constexpr qint64 kEnrolBodyBytes = 4096;

} // namespace

HubServer::HubServer(HubService &service, httpd::Server &http, QString certificateSha256,
                     const StreamLimits &streamLimits, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_http(http)
    , m_certificateSha256(std::move(certificateSha256))
    , m_streamLimits(streamLimits)
    , m_relay(service, service.database(), http.limits().maxBodyBytes)
{
    connect(&m_http, &httpd::Server::newWebSocketConnection, this, &HubServer::accept);
    m_http.setWebSocketPath(QString::fromLatin1(kStreamPath));
    // A plain GET on the stream path (no upgrade) is told what to do.
    m_http.addRoute({"GET", QString::fromLatin1(kStreamPath), false, {}, 0, [](const httpd::Request &) {
                         return httpd::Response::error(400, QStringLiteral("connect with WebSocket"));
                     }});
    addEnrolRoute();
    addSyncRoute();
}

void HubServer::addEnrolRoute()
{
    httpd::Route route;
    route.method = "POST";
    route.path = QString::fromLatin1(kEnrolPath);
    route.maxBodyBytes = kEnrolBodyBytes;
    route.guard = [this](httpd::Request &request) -> std::optional<httpd::Response> {
        const auto wait =
            m_enrolments.retryAfter(request.peer.toString(), m_service.database().clock().now());
        if (!wait)
            return std::nullopt;
        httpd::Response refused = httpd::Response::error(
            429,
            QStringLiteral("too many wrong enrolment codes; try again in %1 s with a new code").arg(*wait));
        refused.setHeader("Retry-After", QByteArray::number(*wait));
        return refused;
    };
    route.handler = [this](const httpd::Request &request) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString station = body.value(QStringLiteral("station")).toString().left(200);
        const auto token = m_service.enrol(body.value(QStringLiteral("code")).toString(), station,
                                           body.value(QStringLiteral("role")).toString());
        if (!token) {
            const QString address = request.peer.toString();
            const bool limitReached = m_enrolments.recordFailure(address, m_service.database().clock().now());
            // The venue admin sees every counted failure, and when guessing was stopped.
            store::AuditLog audit(m_service.database());
            const QJsonObject details{{QStringLiteral("address"), address},
                                      {QStringLiteral("reason"), token.error()}};
            // The enrolment is refused either way; a record that cannot be written goes to the journal.
            const auto journalUnrecorded = [](const core::Status &audited) {
                if (!audited)
                    qWarning().noquote() << audited.error();
            };
            journalUnrecorded(audit.append(station, QStringLiteral("hub.enrol_failed"), address, details));
            if (limitReached)
                journalUnrecorded(
                    audit.append(station, QStringLiteral("hub.enrol_throttled"), address, details));
            return httpd::Response::error(403, token.error());
        }
        return httpd::Response::json(
            QJsonObject{{QStringLiteral("token"), token.value()},
                        {QStringLiteral("hub_certificate_sha256"), m_certificateSha256}});
    };
    m_http.addRoute(std::move(route));
}

void HubServer::addSyncRoute()
{
    httpd::Route route;
    route.method = "POST";
    route.path = QString::fromLatin1(kSyncPath);
    // The token is checked from the headers: an unknown one never gets its body read.
    route.guard = [this](httpd::Request &request) -> std::optional<httpd::Response> {
        if (m_service.stationForToken(request.bearerToken()))
            return std::nullopt;
        httpd::Response refused = httpd::Response::error(
            401, QStringLiteral("a venue station token is required: enrol with a code from the hub"));
        refused.setHeader("WWW-Authenticate", "Bearer realm=\"appraisal-hub\"");
        return refused;
    };
    route.handler = [this](const httpd::Request &request) {
        const bool gzipped =
            request.header("Content-Encoding").trimmed().compare("gzip", Qt::CaseInsensitive) == 0;
        const HubRelay::Reply reply = m_relay.handle(request.bearerToken(), request.body, gzipped);
        httpd::Response response = httpd::Response::json(reply.body, reply.status);
        if (reply.retryAfterSeconds > 0)
            response.setHeader("Retry-After", QByteArray::number(reply.retryAfterSeconds));
        if (reply.status == 401)
            response.setHeader("WWW-Authenticate", "Bearer realm=\"appraisal-hub\"");
        return response;
    };
    m_http.addRoute(std::move(route));
}

HubServer::~HubServer()
{
    for (const auto &client : m_clients) {
        client->socket->disconnect(this);
        client->socket->abort();
    }
}

int HubServer::connectedStations() const
{
    return int(std::count_if(m_clients.cbegin(), m_clients.cend(),
                             [](const auto &client) { return client->identity.has_value(); }));
}

void HubServer::send(QWebSocket &socket, const HubMessage &message)
{
    socket.sendTextMessage(QString::fromUtf8(encode(message)));
}

void HubServer::accept()
{
    while (m_http.hasPendingWebSocketConnections()) {
        auto client = std::make_unique<Client>();
        client->socket = m_http.nextPendingWebSocketConnection();
        Client *raw = client.get();
        // Until hello names an enrolled station, a frame or message may be only a few KB.
        raw->socket->setMaxAllowedIncomingFrameSize(m_streamLimits.beforeHelloBytes);
        raw->socket->setMaxAllowedIncomingMessageSize(m_streamLimits.beforeHelloBytes);
        connect(raw->socket.get(), &QWebSocket::textMessageReceived, this,
                [this, raw](const QString &text) { onMessage(raw, text); });
        connect(raw->socket.get(), &QWebSocket::disconnected, this, [this, raw] { drop(raw); });
        // A connection that does not say who it is within 10 s is closed.
        QTimer::singleShot(10000, raw->socket.get(), [raw] {
            if (!raw->identity)
                raw->socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        });
        m_clients.push_back(std::move(client));
    }
}

void HubServer::drop(Client *client)
{
    // Removed from the list later: this may run inside a loop over the list (a failed send).
    client->socket->disconnect(this);
    QTimer::singleShot(0, this, [this, client] {
        const auto found = std::find_if(m_clients.begin(), m_clients.end(), [client](const auto &candidate) {
            return candidate.get() == client;
        });
        if (found == m_clients.end())
            return;
        (*found)->socket.release()->deleteLater();
        m_clients.erase(found);
    });
    client->identity.reset(); // hears nothing more
}

void HubServer::onMessage(Client *client, const QString &text)
{
    const std::optional<StationMessage> message = decodeStationMessage(text.toUtf8());
    if (!client->identity) {
        const auto identity = message && message->type == StationMessage::Type::Hello
                                  ? m_service.stationForToken(message->token)
                                  : std::nullopt;
        if (!identity) {
            HubMessage refused;
            refused.type = HubMessage::Type::Refused;
            refused.error = QStringLiteral("not an enrolled station: enrol with a code from the hub");
            send(*client->socket, refused);
            client->socket->close(QWebSocketProtocol::CloseCode(kRefusedCloseCode));
            return;
        }
        client->identity = identity;
        client->sentUpTo = message->since;
        client->socket->setMaxAllowedIncomingFrameSize(m_streamLimits.afterHelloBytes);
        client->socket->setMaxAllowedIncomingMessageSize(m_streamLimits.afterHelloBytes);
        HubMessage welcome;
        welcome.type = HubMessage::Type::Welcome;
        welcome.station = identity->station;
        welcome.role = identity->role;
        welcome.latest = m_service.latestSeq();
        send(*client->socket, welcome);
        sendMissed(*client);
        return;
    }
    if (message && message->type == StationMessage::Type::Health) {
        onHealth(*client, *message, text.toUtf8().size());
        return;
    }
    if (!message || message->type != StationMessage::Type::Command) {
        HubMessage error;
        error.type = HubMessage::Type::Error;
        error.error = message ? QStringLiteral("unknown message type %1").arg(message->typeName)
                              : QStringLiteral("a message must be a JSON object");
        send(*client->socket, error);
        return;
    }
    const CommandOutcome outcome =
        m_service.execute(*client->identity, message->key, message->name, message->args, message->actor);
    // Everyone hears of the change before the one who asked gets the answer.
    if (!outcome.events.isEmpty())
        publish();
    HubMessage reply;
    reply.type = HubMessage::Type::Result;
    reply.key = message->key;
    reply.ok = outcome.ok;
    reply.replayed = outcome.replayed;
    reply.result = outcome.result;
    reply.error = outcome.error;
    send(*client->socket, reply);
}

void HubServer::onHealth(Client &client, const StationMessage &message, qint64 bytes)
{
    QString refused;
    if (client.lastHealth.isValid() && client.lastHealth.elapsed() < m_streamLimits.healthIntervalMs)
        refused = QStringLiteral("health reports may come at most every %1 s")
                      .arg(m_streamLimits.healthIntervalMs / 1000);
    else
        refused = HubHealth(m_service.database()).record(*client.identity, message.report, bytes);
    if (refused.isEmpty()) {
        client.lastHealth.start();
        return; // kept: no answer, so a report costs the station nothing
    }
    HubMessage error;
    error.type = HubMessage::Type::Error;
    error.error = refused;
    send(*client.socket, error);
}

void HubServer::sendMissed(Client &client)
{
    for (bool more = true; more;) {
        const QList<HubEvent> events = m_service.eventsSince(client.sentUpTo, 1000);
        more = events.size() == 1000;
        for (const HubEvent &event : events) {
            HubMessage message;
            message.type = HubMessage::Type::Event;
            message.seq = event.seq;
            // The hall display is a public screen: it never receives what staff stations mirror.
            message.data = client.identity && client.identity->role == QLatin1String("display")
                               ? publicEventData(event.data)
                               : event.data;
            send(*client.socket, message);
            client.sentUpTo = event.seq;
        }
    }
    client.socket->flush();
}

void HubServer::publish()
{
    for (std::size_t i = 0; i < m_clients.size(); ++i)
        if (m_clients[i]->identity)
            sendMissed(*m_clients[i]);
}

} // namespace venue
