#include "server.h"

#include "connection.h"

#include <QSslSocket>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

namespace httpd {

namespace {

// The peer of an accepted descriptor, before any Qt object exists for it; IPv4-mapped IPv6
// addresses count as their IPv4 address.
QString peerKey(qintptr descriptor)
{
    sockaddr_storage storage = {};
    socklen_t length = sizeof storage;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return {};
    QHostAddress address(reinterpret_cast<sockaddr *>(&storage));
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4);
    return address.toString();
}

} // namespace

Server::Server(const Limits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_webSockets(QStringLiteral("appraisal-server"), QWebSocketServer::NonSecureMode)
{
    m_webSockets.setHandshakeTimeout(m_limits.headerTimeoutMs);
    connect(&m_webSockets, &QWebSocketServer::newConnection, this, &Server::newWebSocketConnection);
    // accept() failing for lack of descriptors (EMFILE) makes QTcpServer pause accepting for
    // good; try again shortly, when time-outs have freed some.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        QTimer::singleShot(200, this, &QTcpServer::resumeAccepting);
    });
}

Server::~Server()
{
    // Connections are children; they go before the WebSocket server they may refer to.
    const auto connections = findChildren<Connection *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
}

void Server::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

void Server::addRoute(Route route)
{
    m_routes.append(std::move(route));
}

void Server::setWebSocketPath(const QString &path)
{
    m_webSocketPath = path;
}

bool Server::hasPendingWebSocketConnections() const
{
    return m_webSockets.hasPendingConnections();
}

std::unique_ptr<QWebSocket> Server::nextPendingWebSocketConnection()
{
    return std::unique_ptr<QWebSocket>(m_webSockets.nextPendingConnection());
}

const Route *Server::match(const RequestHead &head, int &status) const
{
    status = 404;
    const QByteArray method = head.method == "HEAD" ? QByteArrayLiteral("GET") : head.method;
    for (const Route &route : m_routes) {
        const bool pathMatches =
            route.prefix ? head.path.startsWith(route.path) && head.path.size() > route.path.size() &&
                               !head.path.mid(route.path.size()).contains(QLatin1Char('/'))
                         : head.path == route.path;
        if (!pathMatches)
            continue;
        if (route.method == method)
            return &route;
        status = 405;
    }
    return nullptr;
}

void Server::incomingConnection(qintptr descriptor)
{
    const QString address = peerKey(descriptor);
    if (m_openPerAddress.value(address) >= m_limits.maxConnectionsPerAddress) {
        ::close(int(descriptor)); // over its address's cap: refused at once, nothing allocated
        return;
    }
    if (m_open >= m_limits.maxConnections && !evictOldestWaiting()) {
        ::close(int(descriptor));
        return;
    }
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *tls = new QSslSocket;
        tls->setSslConfiguration(*m_tls);
        socket = tls;
    } else {
        socket = new QTcpSocket;
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    track(socket, address);
    new Connection(*this, socket);
}

bool Server::evictOldestWaiting()
{
    // Full: the connection that has waited longest without sending a request makes room, so many
    // idle or slow connections (from many addresses) cannot keep a real client out.
    Connection *oldest = nullptr;
    const auto connections = findChildren<Connection *>(Qt::FindDirectChildrenOnly);
    for (Connection *connection : connections)
        if (connection->waiting() && (!oldest || connection->acceptedAt() < oldest->acceptedAt()))
            oldest = connection;
    if (!oldest)
        return false;
    oldest->evict(); // counted out at once: its socket disconnects now
    return m_open < m_limits.maxConnections;
}

void Server::track(QObject *socket, const QString &address)
{
    ++m_open;
    ++m_openPerAddress[address];
    // Counted until the socket is gone or, once a WebSocket owns it, disconnected.
    auto released = std::make_shared<bool>(false);
    const auto release = [this, address, released] {
        if (*released)
            return;
        *released = true;
        --m_open;
        if (--m_openPerAddress[address] <= 0)
            m_openPerAddress.remove(address);
    };
    connect(socket, &QObject::destroyed, this, release);
    if (auto *tcp = qobject_cast<QTcpSocket *>(socket))
        connect(tcp, &QTcpSocket::disconnected, this, release);
}

bool Server::reserveBodyBytes(qint64 bytes)
{
    if (bytes > m_limits.maxBufferedBodyBytes - m_bodyBytes)
        return false;
    m_bodyBytes += bytes;
    return true;
}

void Server::releaseBodyBytes(qint64 bytes)
{
    m_bodyBytes -= bytes;
}

void Server::upgrade(QTcpSocket *socket)
{
    socket->setParent(nullptr);
    m_webSockets.handleConnection(socket);
}

} // namespace httpd
