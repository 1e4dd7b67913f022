#include "hubclient.h"

#include "centralsync/syncstatus.h"
#include "store/database.h"

#include <QFileInfo>

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QUuid>

namespace venue {

HubLink savedHubLink(store::Database &database)
{
    HubLink link;
    link.url = QUrl(database.setting(store::settings::HubUrl));
    link.certificateSha256 = database.setting(store::settings::HubPin);
    link.token = centralsync::hubToken(QFileInfo(database.path()).absolutePath());
    return link;
}

QString certificateSha256(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

HubClient::HubClient(HubLink link, qint64 lastSeq, QObject *parent)
    : QObject(parent), m_link(std::move(link)), m_lastSeq(lastSeq)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &HubClient::connectNow);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        // The pin is checked on every connection, also when a CA would vouch for the certificate.
        if (!m_link.certificateSha256.isEmpty() &&
            certificateSha256(m_socket.sslConfiguration().peerCertificate()) != m_link.certificateSha256) {
            m_lastError = QStringLiteral("the hub's certificate is not the one pinned at enrolment");
            m_socket.abort();
            return;
        }
        StationMessage hello;
        hello.type = StationMessage::Type::Hello;
        hello.token = m_link.token;
        hello.since = m_lastSeq;
        m_socket.sendTextMessage(QString::fromUtf8(encode(hello)));
    });
    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &) {
        // A self-signed hub certificate is expected; the pinned one is accepted, nothing else.
        if (!m_link.certificateSha256.isEmpty() &&
            certificateSha256(m_socket.sslConfiguration().peerCertificate()) == m_link.certificateSha256)
            m_socket.ignoreSslErrors();
        else
            m_lastError = QStringLiteral("the hub's certificate is not trusted (not the pinned one)");
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &HubClient::onMessage);
    connect(&m_socket, &QWebSocket::disconnected, this, &HubClient::onDisconnected);
}

HubClient::~HubClient()
{
    // Closing the socket would report a disconnection to a half-destroyed client.
    m_running = false;
    m_reconnect.stop();
    m_socket.disconnect(this);
    m_socket.abort();
}

void HubClient::setJournal(CommandJournal *journal)
{
    m_journal = journal;
    if (!m_journal)
        return;
    const int before = int(m_unanswered.size());
    for (const StationMessage &kept : m_journal->waiting()) {
        const bool known =
            std::any_of(m_unanswered.cbegin(), m_unanswered.cend(),
                        [&](const StationMessage &command) { return command.key == kept.key; });
        if (!known)
            m_unanswered.append(kept);
    }
    if (m_unanswered.size() != before)
        emit waitingChanged(int(m_unanswered.size()));
}

void HubClient::start()
{
    m_running = true;
    connectNow();
}

void HubClient::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_socket.close();
}

void HubClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void HubClient::connectNow()
{
    if (!m_running)
        return;
    setState(State::Connecting);
    m_socket.open(m_link.url);
}

void HubClient::onDisconnected()
{
    if (m_state == State::Refused || !m_running)
        return;
    if (m_lastError.isEmpty())
        m_lastError = m_socket.errorString();
    setState(State::Offline);
    // Back off with jitter, at most 10 s: a LAN hub is usually back within seconds.
    const int ceiling = qMin(10000, 250 << qMin(m_failures++, 6));
    m_reconnect.start(ceiling / 2 + int(QRandomGenerator::global()->bounded(ceiling / 2 + 1)));
}

void HubClient::onMessage(const QString &text)
{
    const std::optional<HubMessage> message = decodeHubMessage(text.toUtf8());
    if (!message)
        return;
    switch (message->type) {
    case HubMessage::Type::Welcome:
        m_failures = 0;
        m_lastError.clear();
        setState(State::Online);
        for (const StationMessage &command : std::as_const(m_unanswered))
            transmit(command);
        break;
    case HubMessage::Type::Refused:
        m_lastError = message->error;
        setState(State::Refused);
        break;
    case HubMessage::Type::Event:
        if (message->seq <= m_lastSeq)
            return; // seen already (a replay overlapping what arrived live)
        m_lastSeq = message->seq;
        emit event(message->seq, message->data);
        break;
    case HubMessage::Type::Result: {
        const auto removed =
            m_unanswered.removeIf([&](const StationMessage &command) { return command.key == message->key; });
        if (m_journal)
            m_journal->forget(message->key);
        emit answered(message->key, message->ok, message->result, message->error);
        if (removed > 0)
            emit waitingChanged(int(m_unanswered.size()));
        break;
    }
    case HubMessage::Type::Error:
    case HubMessage::Type::Other:
        break;
    }
}

QString HubClient::send(const QString &name, const QJsonObject &args, const QString &actor, QString key)
{
    if (key.isEmpty())
        key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    StationMessage command;
    command.type = StationMessage::Type::Command;
    command.key = key;
    command.name = name;
    command.args = args;
    command.actor = actor;
    if (isReadCommand(name)) {
        if (m_state == State::Online)
            transmit(command);
        return key;
    }
    if (std::any_of(m_unanswered.cbegin(), m_unanswered.cend(),
                    [&](const StationMessage &given) { return given.key == key; }))
        return key; // given already and still waiting: the hub hears it once more on reconnect
    if (m_journal) {
        if (const core::Status kept = m_journal->keep(command); !kept) {
            m_lastError = kept.error();
            return {};
        }
    }
    m_unanswered.append(command);
    emit waitingChanged(int(m_unanswered.size()));
    if (m_state == State::Online)
        transmit(command);
    return key;
}

HubAnswer HubClient::ask(const QString &name, const QJsonObject &args, const QString &actor, int timeoutMs)
{
    HubAnswer answer;
    QEventLoop loop;
    const QMetaObject::Connection connection =
        connect(this, &HubClient::answered, &loop,
                [&](const QString &answeredKey, bool ok, const QJsonObject &result, const QString &error) {
                    if (answeredKey != answer.key || answer.key.isEmpty())
                        return;
                    answer.answered = true;
                    answer.ok = ok;
                    answer.result = result;
                    answer.error = error;
                    loop.quit();
                });
    answer.key = send(name, args, actor);
    // Known to be away: no point in waiting; the command is kept and goes when the hub is back (a
    // read went nowhere unless online).
    const bool away = m_state == State::Offline || m_state == State::Refused ||
                      (isReadCommand(name) && m_state != State::Online);
    if (!answer.key.isEmpty() && !answer.answered && !away) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    disconnect(connection);
    return answer;
}

bool HubClient::sendHealth(const QJsonObject &report)
{
    if (m_state != State::Online)
        return false;
    StationMessage message;
    message.type = StationMessage::Type::Health;
    message.report = report;
    return m_socket.sendTextMessage(QString::fromUtf8(encode(message))) > 0;
}

void HubClient::transmit(const StationMessage &command)
{
    m_socket.sendTextMessage(QString::fromUtf8(encode(command)));
}

} // namespace venue
