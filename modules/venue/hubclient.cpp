#include "hubclient.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QUuid>

namespace venue {

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
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                                        {QStringLiteral("token"), m_link.token},
                                                        {QStringLiteral("since"), m_lastSeq}})
                                  .toJson(QJsonDocument::Compact)));
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
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("welcome")) {
        m_failures = 0;
        m_lastError.clear();
        setState(State::Online);
        for (const QJsonObject &command : std::as_const(m_unanswered))
            transmit(command);
    } else if (type == QLatin1String("refused")) {
        m_lastError = message.value(QStringLiteral("error")).toString();
        setState(State::Refused);
    } else if (type == QLatin1String("event")) {
        const qint64 seq = message.value(QStringLiteral("seq")).toInteger();
        if (seq <= m_lastSeq)
            return; // seen already (a replay overlapping what arrived live)
        m_lastSeq = seq;
        emit event(seq, message.value(QStringLiteral("data")).toObject());
    } else if (type == QLatin1String("result")) {
        const QString key = message.value(QStringLiteral("key")).toString();
        m_unanswered.removeIf([&](const QJsonObject &command) {
            return command.value(QStringLiteral("key")).toString() == key;
        });
        emit answered(key, message.value(QStringLiteral("ok")).toBool(),
                      message.value(QStringLiteral("result")).toObject(),
                      message.value(QStringLiteral("error")).toString());
    }
}

QString HubClient::send(const QString &name, const QJsonObject &args, const QString &actor, QString key)
{
    if (key.isEmpty())
        key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject command{{QStringLiteral("type"), QStringLiteral("command")},
                              {QStringLiteral("key"), key},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("args"), args},
                              {QStringLiteral("actor"), actor}};
    m_unanswered.append(command);
    if (m_state == State::Online)
        transmit(command);
    return key;
}

void HubClient::transmit(const QJsonObject &command)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(command).toJson(QJsonDocument::Compact)));
}

} // namespace venue
