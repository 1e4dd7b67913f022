#include "hubserver.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QTimer>

namespace venue {

namespace {

constexpr int kRefusedCloseCode = 4401; // the token is not an enrolled station's

QHttpServerResponse jsonError(QHttpServerResponse::StatusCode status, const QString &message)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}}, status);
}

} // namespace

HubServer::HubServer(HubService &service, QHttpServer &http, QString certificateSha256, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_http(http)
    , m_certificateSha256(std::move(certificateSha256))
    , m_relay(service, service.database())
{
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, &HubServer::accept);
    // Qt 6.4 upgrades a WebSocket request only on a route that handles it without answering.
    m_http.route(QString::fromLatin1(kStreamPath), [](const QHttpServerRequest &request,
                                                      QHttpServerResponder &&responder) {
        if (request.value(QByteArrayLiteral("Upgrade")).compare("websocket", Qt::CaseInsensitive) != 0)
            responder.write(QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                       QStringLiteral("connect with WebSocket")}})
                                .toJson(QJsonDocument::Compact),
                            QByteArrayLiteral("application/json"),
                            QHttpServerResponder::StatusCode::BadRequest);
    });
    m_http.route(QStringLiteral("/api/v1/venue/enrol"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) {
                     const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                     const auto token = m_service.enrol(body.value(QStringLiteral("code")).toString(),
                                                        body.value(QStringLiteral("station")).toString(),
                                                        body.value(QStringLiteral("role")).toString());
                     if (!token)
                         return jsonError(QHttpServerResponse::StatusCode::Forbidden, token.error());
                     return QHttpServerResponse(
                         QJsonObject{{QStringLiteral("token"), token.value()},
                                     {QStringLiteral("hub_certificate_sha256"), m_certificateSha256}});
                 });
    m_http.route(QString::fromLatin1(kSyncPath), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) {
                     const QByteArray authorization =
                         request.value(QByteArrayLiteral("Authorization")).trimmed();
                     const QString token = authorization.startsWith("Bearer ")
                                               ? QString::fromLatin1(authorization.mid(7).trimmed())
                                               : QString();
                     const bool gzipped = request.value(QByteArrayLiteral("Content-Encoding"))
                                              .trimmed()
                                              .compare("gzip", Qt::CaseInsensitive) == 0;
                     const HubRelay::Reply reply = m_relay.handle(token, request.body(), gzipped);
                     QHttpServerResponse response(QByteArrayLiteral("application/json"), reply.body,
                                                  QHttpServerResponse::StatusCode(reply.status));
                     if (reply.retryAfterSeconds > 0)
                         response.setHeader(QByteArrayLiteral("Retry-After"),
                                            QByteArray::number(reply.retryAfterSeconds));
                     return response;
                 });
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
        HubMessage welcome;
        welcome.type = HubMessage::Type::Welcome;
        welcome.station = identity->station;
        welcome.role = identity->role;
        welcome.latest = m_service.latestSeq();
        send(*client->socket, welcome);
        sendMissed(*client);
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
