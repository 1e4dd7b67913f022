#pragma once

#include "message.h"

#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>
#include <memory>
#include <optional>

namespace httpd {

// Every limit the server keeps, with the defaults appraisal-server documents (--help, README).
struct Limits {
    int maxHeaderBytes = 16 * 1024;                  // request line + header fields; larger: 431 and close
    int maxHeaderCount = 100;                        // header fields; more: 431 and close
    qint64 maxBodyBytes = 16 * 1024 * 1024;          // for routes that do not set their own; larger: 413
    int handshakeTimeoutMs = 10000;                  // TLS handshake
    int headerTimeoutMs = 10000;                     // from a request's first byte to the end of its head
    int bodyTimeoutMs = 30000;                       // longest pause while a body streams in
    int idleTimeoutMs = 30000;                       // keep-alive between requests, and a stalled reply
    int maxConnections = 1000;                       // at once, all clients together (WebSockets included)
    int maxConnectionsPerAddress = 64;               // at once, from one address
    qint64 maxBufferedBodyBytes = 128 * 1024 * 1024; // request bodies held at once; more: 503
};

// Decides from the head alone, before any body byte is read: a refusal (401, 403, 429, 503 …) or
// nothing to go on. It may set request.principal for the handler.
using Guard = std::function<std::optional<Response>(Request &request)>;
using Handler = std::function<Response(const Request &request)>;

struct Route {
    QByteArray method;        // "GET" also takes HEAD
    QString path;             // exact, or with `prefix` the part before one more path segment
    bool prefix = false;      // "/api/v1/reference/" matches "/api/v1/reference/rosters"
    Guard guard;              // none: anyone
    qint64 maxBodyBytes = -1; // -1: Limits::maxBodyBytes
    Handler handler;
};

// The HTTP(S) server: accepts connections itself (never through QTcpServer's pending queue, whose
// limit of 30 counted TLS sockets that never finished their handshake and stalled Qt 6.4's
// QSslServer for good), caps them per address and globally (when full, the connection that has
// waited longest without a request makes room for a newcomer), times out handshakes, heads, bodies
// and idle keep-alives, and frames requests strictly (message.h). WebSocket upgrades on
// `webSocketPath` go to a QWebSocketServer untouched; nextPendingWebSocketConnection() hands them on.
class Server : public QTcpServer
{
    Q_OBJECT
public:
    explicit Server(const Limits &limits = {}, QObject *parent = nullptr);
    ~Server() override;

    const Limits &limits() const { return m_limits; }
    // TLS for connections accepted from now on (a reload on SIGHUP takes effect for new connections).
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool isTls() const { return m_tls.has_value(); }

    void addRoute(Route route);
    // Requests that no route takes: 404 {"error":"not found"}, or 405 if only the method differs.

    void setWebSocketPath(const QString &path);
    bool hasPendingWebSocketConnections() const;
    std::unique_ptr<QWebSocket> nextPendingWebSocketConnection();

    int openConnections() const { return m_open; }
    // Bodies being read count against Limits::maxBufferedBodyBytes: false if `bytes` more would
    // pass it (the request is then answered 503 with Retry-After).
    bool reserveBodyBytes(qint64 bytes);
    void releaseBodyBytes(qint64 bytes);

    // Finds the route for a head; nullptr with `status` 404 or 405 if none.
    const Route *match(const RequestHead &head, int &status) const;
    const QString &webSocketPath() const { return m_webSocketPath; }
    // Called by a connection that hands its socket to the WebSocket server.
    void upgrade(QTcpSocket *socket);

signals:
    void newWebSocketConnection();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void track(QObject *socket, const QString &address);
    bool evictOldestWaiting();

    Limits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QList<Route> m_routes;
    QString m_webSocketPath;
    QWebSocketServer m_webSockets;
    int m_open = 0;
    qint64 m_bodyBytes = 0;
    QHash<QString, int> m_openPerAddress;
};

} // namespace httpd
