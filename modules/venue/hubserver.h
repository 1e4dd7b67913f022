#pragma once

#include "hubrelay.h"
#include "hubservice.h"
#include "venueprotocol.h"

#include <QObject>
#include <QWebSocket>

#include <memory>
#include <vector>

class QHttpServer;

namespace venue {

inline constexpr char kStreamPath[] = "/api/v1/venue/stream";

// The hub on the LAN (docs/venue-protocol.md): stations connect over WebSocket on the HTTP(S)
// server's port, say hello with their token and the last event they saw, get what they missed and
// then every new event in order; their commands run through HubService. POST
// /api/v1/venue/enrol trades a one-time code for a station token; POST /api/v1/sync/batches takes
// a station's outbox for upstream (HubRelay).
class HubServer : public QObject
{
    Q_OBJECT
public:
    // `certificateSha256`: hex SHA-256 of the hub's TLS certificate (DER), told to enrolling
    // stations so they pin it; empty without TLS.
    HubServer(HubService &service, QHttpServer &http, QString certificateSha256, QObject *parent = nullptr);
    ~HubServer() override;

    int connectedStations() const;

private:
    struct Client {
        std::unique_ptr<QWebSocket> socket;
        std::optional<StationIdentity> identity;
        qint64 sentUpTo = 0;
    };
    void accept();
    void onMessage(Client *client, const QString &text);
    void sendMissed(Client &client);
    void publish();
    void drop(Client *client);
    static void send(QWebSocket &socket, const HubMessage &message);

    HubService &m_service;
    QHttpServer &m_http;
    QString m_certificateSha256;
    HubRelay m_relay;
    std::vector<std::unique_ptr<Client>> m_clients;
};

} // namespace venue
