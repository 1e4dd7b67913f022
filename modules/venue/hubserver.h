#pragma once

#include "enrolmentthrottle.h"
#include "hubrelay.h"
#include "hubservice.h"
#include "venueprotocol.h"

#include <QElapsedTimer>
#include <QObject>
#include <QWebSocket>

#include <memory>
#include <vector>

namespace httpd {
class Server;
}

namespace venue {

inline constexpr char kStreamPath[] = "/api/v1/venue/stream";
inline constexpr char kEnrolPath[] = "/api/v1/venue/enrol";

// How large a WebSocket frame or message from a station may be: small until it said hello with an
// enrolled station's token, then room for a command. Larger: the socket is closed (1009).
struct StreamLimits {
    quint64 beforeHelloBytes = 16 * 1024;
    quint64 afterHelloBytes = 1024 * 1024;
    int healthIntervalMs = 10000; // a station's health reports closer together are refused
};

// The hub on the LAN (docs/venue-protocol.md): stations connect over WebSocket on the HTTP(S)
// server's port, say hello with their token and the last event they saw, get what they missed and
// then every new event in order; their commands run through HubService. POST
// /api/v1/venue/enrol trades a one-time code for a station token; POST /api/v1/sync/batches takes
// a station's outbox for upstream (HubRelay). Failed enrolment codes are counted
// (EnrolmentThrottle: 429 with Retry-After) and written to the audit trail for the venue admin.
class HubServer : public QObject
{
    Q_OBJECT
public:
    // `certificateSha256`: hex SHA-256 of the hub's TLS certificate (DER), told to enrolling
    // stations so they pin it; empty without TLS.
    HubServer(HubService &service, httpd::Server &http, QString certificateSha256,
              const StreamLimits &streamLimits = {}, QObject *parent = nullptr);
    ~HubServer() override;

    int connectedStations() const;
    // After the certificate was reloaded (SIGHUP): what enrolling stations are told to pin.
    void setCertificateSha256(const QString &sha256) { m_certificateSha256 = sha256; }

private:
    struct Client {
        std::unique_ptr<QWebSocket> socket;
        std::optional<StationIdentity> identity;
        qint64 sentUpTo = 0;
        QElapsedTimer lastHealth; // invalid until the first health report
    };
    void accept();
    void addEnrolRoute();
    void addSyncRoute();
    void onMessage(Client *client, const QString &text);
    void onHealth(Client &client, const StationMessage &message, qint64 bytes);
    void sendMissed(Client &client);
    void publish();
    void drop(Client *client);
    static void send(QWebSocket &socket, const HubMessage &message);

    HubService &m_service;
    httpd::Server &m_http;
    QString m_certificateSha256;
    StreamLimits m_streamLimits;
    EnrolmentThrottle m_enrolments;
    HubRelay m_relay;
    std::vector<std::unique_ptr<Client>> m_clients;
};

} // namespace venue
