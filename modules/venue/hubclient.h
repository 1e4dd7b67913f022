#pragma once

#include "commandjournal.h"
#include "venueprotocol.h"

#include <QJsonObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace venue {

// The hub's answer to one command, as HubClient::ask waits for it.
struct HubAnswer {
    QString key;           // the command's idempotency key; empty: not kept, so not sent
    bool answered = false; // false: no answer in time; the command stays queued (and journaled)
    bool ok = false;
    QJsonObject result;
    QString error;
};

struct HubLink;
} // namespace venue
namespace store {
class Database;
}
namespace venue {

// The link saved at enrolment (settings venue.hub_url and venue.hub_pin) with the station's hub
// token (centralsync::hubToken); the url is empty when the station is not enrolled.
HubLink savedHubLink(store::Database &database);

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
// reconnect, and the hub acts on it once. With a journal, unanswered commands are on disk first, so
// they also survive a restart of the station.
class HubClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Connecting, Online, Offline, Refused };
    Q_ENUM(State)

    HubClient(HubLink link, qint64 lastSeq = 0, QObject *parent = nullptr);
    ~HubClient() override;

    // Commands are kept in `journal` (not owned) before they are sent; what it still holds from an
    // earlier run is sent again, first, once the hub answers the hello.
    void setJournal(CommandJournal *journal);
    void start();
    void stop();
    State state() const { return m_state; }
    qint64 lastSeq() const { return m_lastSeq; }
    QString lastError() const { return m_lastError; }
    int waitingCommands() const { return int(m_unanswered.size()); }

    // Queues the command (sent at once when online) and returns its key (a new UUID unless given);
    // empty when the journal could not keep it (lastError() says why), and then nothing is sent.
    // A read (isReadCommand) is sent only when online and never kept.
    QString send(const QString &name, const QJsonObject &args, const QString &actor = {}, QString key = {});
    // Sends and waits up to `timeoutMs` for the answer, in a local event loop that takes no user
    // input: what a station's screen does when it needs the hub's decision before it goes on.
    HubAnswer ask(const QString &name, const QJsonObject &args, const QString &actor, int timeoutMs);
    // Sends the station's health report ({"level","checks"}) when online; otherwise drops it (the
    // next one, a minute later, says more). False when it was not sent.
    bool sendHealth(const QJsonObject &report);
    // The commands given and not yet answered, in order (also those kept from an earlier run).
    const QList<StationMessage> &waiting() const { return m_unanswered; }

signals:
    void stateChanged(venue::HubClient::State state);
    void event(qint64 seq, const QJsonObject &data);
    void answered(const QString &key, bool ok, const QJsonObject &result, const QString &error);
    void waitingChanged(int commands); // commands given and not yet answered by the hub

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
    CommandJournal *m_journal = nullptr;
};

QString certificateSha256(const QSslCertificate &certificate);

} // namespace venue
