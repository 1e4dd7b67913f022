#include "connection.h"

#include "server.h"

#include <QDateTime>
#include <QSslSocket>

#include <sys/socket.h>

namespace httpd {

namespace {
constexpr qint64 kChunkRead = 64 * 1024;     // bytes taken from the socket per step
constexpr qint64 kDrainBudget = 1024 * 1024; // bytes discarded after a refusal before a hard close
constexpr int kDrainMs = 2000;               // and how long that may take
} // namespace

Connection::Connection(Server &server, QTcpSocket *socket)
    : QObject(&server), m_server(server), m_socket(socket)
{
    m_socket->setParent(this);
    m_acceptedAt = QDateTime::currentMSecsSinceEpoch();
    // Qt reads from the kernel no further than this: the head limit plus one read step.
    m_socket->setReadBufferSize(qMax<qint64>(m_server.limits().maxHeaderBytes + 4, kChunkRead));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Connection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::process);
    // Queued: flush() inside process() may emit bytesWritten, and process() must not re-enter itself.
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::process, Qt::QueuedConnection);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::close);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError) // else: disconnected follows
            close();
    });
    auto *tls = qobject_cast<QSslSocket *>(m_socket);
    if (tls) {
        connect(tls, &QSslSocket::encryptedBytesWritten, this, &Connection::process, Qt::QueuedConnection);
        connect(tls, &QSslSocket::encrypted, this, &Connection::start);
        connect(tls, &QSslSocket::sslErrors, this, &Connection::close);
        arm(m_server.limits().handshakeTimeoutMs);
        tls->startServerEncryption();
    } else {
        start();
    }
}

Connection::~Connection()
{
    releaseReserved();
}

bool Connection::reserve(qint64 bytes)
{
    if (bytes <= 0)
        return true;
    if (!m_server.reserveBodyBytes(bytes))
        return false;
    m_reserved += bytes;
    return true;
}

void Connection::releaseReserved()
{
    m_server.releaseBodyBytes(m_reserved);
    m_reserved = 0;
}

void Connection::start()
{
    m_state = State::Head;
    m_request = {};
    m_request.peer = m_socket->peerAddress();
    arm(m_server.limits().headerTimeoutMs);
    process();
}

qint64 Connection::unsentBytes() const
{
    // With TLS, bytes are first encrypted, then sent: both buffers must be empty.
    const auto *tls = qobject_cast<const QSslSocket *>(m_socket);
    return m_socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
}

void Connection::arm(int milliseconds)
{
    m_timer.start(milliseconds);
}

void Connection::onTimeout()
{
    switch (m_state) {
    case State::Head:
        // Mid-head: say why; idle between requests: just close, as RFC 9112 9.5 allows.
        if (m_sawRequestByte) {
            refuse(408, QStringLiteral("the request head did not arrive in time"));
            process();
            return;
        }
        close();
        return;
    case State::Body:
        refuse(408, QStringLiteral("the request body stalled"));
        process();
        return;
    default:
        close();
        return;
    }
}

void Connection::close()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    deleteLater();
}

void Connection::process()
{
    for (bool progress = true; progress;) {
        switch (m_state) {
        case State::Head:
            progress = readHead();
            break;
        case State::Body:
            progress = readBody();
            break;
        case State::Writing:
            if (unsentBytes() > 0)
                return;
            if (m_closeAfterWrite) {
                // Answered and closing: end our direction (the client reads the answer, then end
                // of stream) and discard what it still sends, bounded, so that closing does not
                // reset the connection before the answer is read (a "lingering close").
                ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
                m_state = State::Draining;
                arm(kDrainMs);
                progress = true;
            } else {
                nextRequest();
                progress = true;
            }
            break;
        case State::Draining: {
            const QByteArray discarded = m_socket->read(kChunkRead);
            m_drained += discarded.size();
            if (m_drained > kDrainBudget) {
                close();
                return;
            }
            progress = !discarded.isEmpty();
            break;
        }
        case State::Handshake:
        case State::Closed:
            return;
        }
    }
}

void Connection::nextRequest()
{
    m_servedOne = true;
    m_sawRequestByte = false;
    m_scanned = 0;
    m_route = nullptr;
    m_chunked.reset();
    m_request = {};
    m_request.peer = m_socket->peerAddress();
    m_state = State::Head;
    arm(m_server.limits().idleTimeoutMs);
}

bool Connection::readHead()
{
    // RFC 9112 2.2: empty lines before a request line are ignored.
    while (m_scanned == 0 && m_socket->peek(2) == "\r\n")
        m_socket->skip(2);
    const qint64 available = m_socket->bytesAvailable();
    if (available == 0)
        return false;
    if (!m_sawRequestByte) {
        m_sawRequestByte = true;
        if (m_servedOne)
            arm(m_server.limits().headerTimeoutMs);
    }
    const int limit = m_server.limits().maxHeaderBytes;
    // Peeked, not read: a WebSocket upgrade hands the socket on with its handshake still unread.
    const QByteArray data = m_socket->peek(qMin<qint64>(available, limit + 4));
    const qsizetype end = headEnd(data, m_scanned - 3);
    if (end < 0) {
        m_scanned = data.size();
        if (data.size() < limit)
            return false;
        refuse(431, QStringLiteral("the request head is larger than %1 bytes").arg(limit));
        return true;
    }
    HeadResult parsed = parseHead(QByteArrayView(data).first(end), {m_server.limits().maxHeaderCount});
    if (!parsed.head) {
        m_socket->skip(end);
        refuse(parsed.error.status, parsed.error.reason);
        return true;
    }
    static_cast<RequestHead &>(m_request) = std::move(*parsed.head);
    int status = 404;
    m_route = m_server.match(m_request, status);
    if (m_request.webSocketUpgrade && !m_server.webSocketPath().isEmpty() &&
        m_request.path == m_server.webSocketPath() && m_request.method == "GET") {
        m_state = State::Closed;
        m_timer.stop();
        m_socket->disconnect(this);
        m_socket->setReadBufferSize(0); // frames are bounded by the WebSocket's own limits
        m_server.upgrade(m_socket);
        m_socket = nullptr;
        deleteLater();
        return false;
    }
    m_socket->skip(end);
    if (!m_route) {
        // Unknown route with no body: the connection stays usable; otherwise answer and close.
        const bool bodyFollows = m_request.chunked || m_request.contentLength > 0;
        send(Response::error(status, status == 405 ? QStringLiteral("method not allowed")
                                                   : QStringLiteral("not found")),
             bodyFollows || m_request.closeAfter);
        return true;
    }
    // Decided from the head alone: the guard (authentication, maintenance, rate limits) …
    if (m_route->guard) {
        if (std::optional<Response> refusal = m_route->guard(m_request)) {
            send(*refusal, true);
            return true;
        }
    }
    // … and the size, before a single body byte is read.
    const qint64 maxBody =
        m_route->maxBodyBytes >= 0 ? m_route->maxBodyBytes : m_server.limits().maxBodyBytes;
    if (m_request.contentLength > maxBody) {
        refuse(413, QStringLiteral("the body is larger than %1 bytes").arg(maxBody));
        return true;
    }
    // All bodies in memory together stay under a budget: beyond it, come back shortly.
    if (!reserve(m_request.contentLength)) {
        Response busy =
            Response::error(503, QStringLiteral("the server is receiving too much at once; try again"));
        busy.setHeader("Retry-After", "5");
        send(busy, true);
        return true;
    }
    if (m_request.expectContinue && (m_request.chunked || m_request.contentLength > 0))
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_bodyLeft = m_request.contentLength;
    if (m_request.chunked)
        m_chunked = std::make_unique<ChunkedDecoder>(maxBody, limit);
    else
        m_request.body.reserve(qsizetype(qMin<qint64>(m_bodyLeft, kChunkRead)));
    m_state = State::Body;
    arm(m_server.limits().bodyTimeoutMs);
    return true;
}

bool Connection::readBody()
{
    if (m_chunked) {
        if (m_chunked->state() == ChunkedDecoder::State::Reading) {
            const QByteArray data = m_socket->peek(kChunkRead);
            if (data.isEmpty())
                return false;
            m_socket->skip(m_chunked->feed(data));
            arm(m_server.limits().bodyTimeoutMs);
            if (!reserve(m_chunked->body().size() - m_reserved)) {
                Response busy = Response::error(
                    503, QStringLiteral("the server is receiving too much at once; try again"));
                busy.setHeader("Retry-After", "5");
                send(busy, true);
                return true;
            }
        }
        if (m_chunked->state() == ChunkedDecoder::State::Failed) {
            refuse(m_chunked->failureStatus(), m_chunked->failureReason());
            return true;
        }
        if (m_chunked->state() == ChunkedDecoder::State::Reading)
            return true;
        m_request.body = m_chunked->takeBody();
    } else if (m_bodyLeft > 0) {
        const QByteArray data = m_socket->read(qMin(m_bodyLeft, kChunkRead));
        if (data.isEmpty())
            return false;
        m_request.body += data;
        m_bodyLeft -= data.size();
        arm(m_server.limits().bodyTimeoutMs);
        if (m_bodyLeft > 0)
            return true;
    }
    dispatch();
    return true;
}

void Connection::dispatch()
{
    const bool head = m_request.method == "HEAD";
    Response response = m_route->handler(m_request);
    m_request.body.clear();
    releaseReserved();
    m_state = State::Writing;
    m_closeAfterWrite = m_request.closeAfter;
    m_socket->write(serialize(response, m_closeAfterWrite, head));
    // Out now: the next request (perhaps already waiting) must not hold this answer back.
    m_socket->flush();
    arm(m_server.limits().idleTimeoutMs);
}

void Connection::refuse(int status, const QString &reason)
{
    send(Response::error(status, reason), true);
}

void Connection::send(const Response &response, bool closeAfter)
{
    releaseReserved(); // a refused body is not kept
    m_state = State::Writing;
    m_closeAfterWrite = closeAfter;
    m_socket->write(serialize(response, closeAfter, m_request.method == "HEAD"));
    m_socket->flush();
    arm(m_server.limits().idleTimeoutMs);
}

} // namespace httpd
