#pragma once

#include "venueprotocol.h"

#include <QJsonObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace venue {

// How a station reaches its hub: wss://HOST:PORT/, its token, and the hub certificate's SHA-256
// (hex, of the DER form) it pinned at enrolment; with a pin only that certificate is accepted.
struct HubLink {
    QUrl url;
    QString token;
    QString certificateSha256;
};

// A station's connection to the hub. It keeps the event stream current from the last sequence
// number it saw (after any drop it reconnects with backoff and the hub replays what it missed),
// and sends commands with idempotency keys: a command not yet answered is sent again after a
// reconnect, and the hub acts on it once.
class HubClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Connecting, Online, Offline, Refused };
    Q_ENUM(State)

    HubClient(HubLink link, qint64 lastSeq = 0, QObject *parent = nullptr);
    ~HubClient() override;

    void start();
    void stop();
    State state() const { return m_state; }
    qint64 lastSeq() const { return m_lastSeq; }
    QString lastError() const { return m_lastError; }
    int waitingCommands() const { return int(m_unanswered.size()); }

    // Queues the command (sent at once when online) and returns its key (a new UUID unless given).
    QString send(const QString &name, const QJsonObject &args, const QString &actor = {}, QString key = {});

signals:
    void stateChanged(venue::HubClient::State state);
    void event(qint64 seq, const QJsonObject &data);
    void answered(const QString &key, bool ok, const QJsonObject &result, const QString &error);

private:
    void connectNow();
    void onMessage(const QString &text);
    void onDisconnected();
    void setState(State state);
    void transmit(const StationMessage &command);

    HubLink m_link;
    QTimer m_reconnect; // before the socket: closing the socket in its destructor must find it
    QWebSocket m_socket;
    State m_state = State::Offline;
    qint64 m_lastSeq = 0;
    int m_failures = 0;
    bool m_running = false;
    QString m_lastError;
    QList<StationMessage> m_unanswered; // in the order they were given
};

QString certificateSha256(const QSslCertificate &certificate);

} // namespace venue
