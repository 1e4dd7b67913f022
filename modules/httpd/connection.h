#pragma once

#include "chunkeddecoder.h"
#include "message.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QTcpSocket;

namespace httpd {

class Server;
struct Route;

// One client connection: TLS handshake (if any), then requests one after another. Reads only what
// the current step needs: the head is found by peeking at most Limits::maxHeaderBytes, a body is
// read only after the route's guard and size check passed, and a refused request is answered and
// the connection closed after a short, bounded drain (so the client sees the answer, not a reset).
class Connection : public QObject
{
    Q_OBJECT
public:
    Connection(Server &server, QTcpSocket *socket);
    ~Connection() override;

    // Still in its TLS handshake or waiting for a request head: what the server closes first when
    // it is full, so that a newcomer always gets in.
    bool waiting() const { return m_state == State::Handshake || m_state == State::Head; }
    qint64 acceptedAt() const { return m_acceptedAt; }
    void evict() { close(); }

private:
    enum class State { Handshake, Head, Body, Writing, Draining, Closed };
    void start();
    void process();
    bool readHead();
    bool readBody();
    void dispatch();
    void refuse(int status, const QString &reason);
    bool reserve(qint64 bytes);
    void releaseReserved();
    void send(const Response &response, bool closeAfter);
    void nextRequest();
    void close();
    qint64 unsentBytes() const;
    void arm(int milliseconds);
    void onTimeout();

    Server &m_server;
    QTcpSocket *m_socket; // owned: a child of this connection until a WebSocket upgrade takes it
    QTimer m_timer;
    State m_state = State::Handshake;
    bool m_sawRequestByte = false;
    bool m_servedOne = false;
    qsizetype m_scanned = 0; // bytes of the head already searched for its end
    Request m_request;
    const Route *m_route = nullptr;
    qint64 m_bodyLeft = 0;
    std::unique_ptr<ChunkedDecoder> m_chunked;
    bool m_closeAfterWrite = false;
    qint64 m_drained = 0;
    qint64 m_acceptedAt = 0; // ms since epoch
    qint64 m_reserved = 0;   // body bytes counted against Limits::maxBufferedBodyBytes
};

} // namespace httpd
