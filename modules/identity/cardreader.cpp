#include "cardreader.h"

#include <QCoreApplication>
#include <QSerialPort>
#include <QTimer>

namespace identity {

namespace {

enum Pending : quint8 { None = 0, Find = 1, Select = 2, Read = 3 };

} // namespace

CardReader::CardReader(QString portName, const core::Clock &clock, QObject *parent)
    : CardReader(std::move(portName), clock, Timing{}, parent)
{
}

CardReader::CardReader(QString portName, const core::Clock &clock, Timing timing, QObject *parent)
    : QObject(parent), m_portName(std::move(portName)), m_clock(clock), m_timing(timing)
{
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(m_timing.pollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &CardReader::poll);
    m_timeoutTimer = new QTimer(this);
    m_timeoutTimer->setSingleShot(true);
    connect(m_timeoutTimer, &QTimer::timeout, this, &CardReader::onTimeout);
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setInterval(m_timing.reconnectMs);
    connect(m_reconnectTimer, &QTimer::timeout, this, &CardReader::tryOpen);
}

CardReader::~CardReader()
{
    stop();
}

void CardReader::setState(State state)
{
    m_state = state;
}

void CardReader::start()
{
    if (m_state != State::Stopped)
        return;
    setState(State::Disconnected);
    tryOpen();
    if (m_state == State::Disconnected)
        m_reconnectTimer->start();
}

void CardReader::stop()
{
    m_pollTimer->stop();
    m_timeoutTimer->stop();
    m_reconnectTimer->stop();
    if (m_port) {
        m_port->disconnect(this);
        m_port->close();
        m_port->deleteLater();
        m_port = nullptr;
    }
    m_pending = None;
    setState(State::Stopped);
}

void CardReader::tryOpen()
{
    if (m_port)
        return;
    auto *port = new QSerialPort(m_portName, this);
    port->setBaudRate(QSerialPort::Baud115200);
    port->setDataBits(QSerialPort::Data8);
    port->setParity(QSerialPort::NoParity);
    port->setStopBits(QSerialPort::OneStop);
    port->setFlowControl(QSerialPort::NoFlowControl);
    if (!port->open(QIODevice::ReadWrite)) {
        delete port;
        return; // still unplugged; the reconnect timer tries again
    }
    m_port = port;
    connect(m_port, &QSerialPort::readyRead, this, &CardReader::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, &CardReader::onPortError);
    m_reconnectTimer->stop();
    m_frames.clear();
    m_pending = None;
    setState(State::Waiting);
    emit connectionChanged(true, tr("Card reader connected on %1.").arg(m_portName));
    m_pollTimer->start();
    poll();
}

void CardReader::disconnectPort(const QString &message)
{
    m_pollTimer->stop();
    m_timeoutTimer->stop();
    if (m_port) {
        m_port->disconnect(this);
        m_port->close();
        m_port->deleteLater();
        m_port = nullptr;
    }
    m_pending = None;
    m_frames.clear();
    setState(State::Disconnected);
    emit connectionChanged(false, message);
    m_reconnectTimer->start();
}

void CardReader::onPortError()
{
    if (!m_port || m_port->error() == QSerialPort::NoError || m_port->error() == QSerialPort::TimeoutError)
        return;
    disconnectPort(
        tr("The card reader on %1 is disconnected (%2). Check the cable; reading resumes by itself "
           "when it is back.")
            .arg(m_portName, m_port->errorString()));
}

void CardReader::poll()
{
    if (!m_port || m_pending != None)
        return;
    send(command::kFindCard);
}

void CardReader::send(const quint8 (&cmd)[2])
{
    m_pending = cmd[0] == 0x30 ? Read : (cmd[1] == 0x02 ? Select : Find);
    if (m_pending != Find)
        setState(State::Reading);
    if (m_port->write(commandFrame(cmd[0], cmd[1])) < 0)
        return onPortError();
    m_timeoutTimer->start(m_timing.commandTimeoutMs);
}

void CardReader::onReadyRead()
{
    if (!m_port)
        return;
    const QByteArray bytes = m_port->readAll();
    if (bytes.isEmpty() && !m_port->isOpen())
        return disconnectPort(tr("The card reader on %1 is disconnected.").arg(m_portName));
    m_frames.feed(bytes);
    while (const auto body = m_frames.next()) {
        const auto response = parseResponse(*body);
        if (response && m_pending != None)
            handle(*response);
    }
    if (const QString error = m_frames.takeError(); !error.isEmpty()) {
        // A damaged reply: give up this exchange; the next poll starts over.
        m_timeoutTimer->stop();
        if (m_pending == Read || m_pending == Select)
            emit readFailed(error);
        m_pending = None;
        setState(State::Waiting);
    }
}

void CardReader::onTimeout()
{
    const bool wasReading = m_pending == Read || m_pending == Select;
    m_pending = None;
    m_frames.clear();
    setState(State::Waiting);
    if (wasReading)
        emit readFailed(tr("The card reader did not answer in time. Hold the card still on the reader."));
}

void CardReader::handle(const Response &response)
{
    m_timeoutTimer->stop();
    const quint8 step = m_pending;
    m_pending = None;
    if (step == Find) {
        if (response.sw3 == status::kFindFailed || response.sw3 != status::kFindSuccess) {
            m_cardStillThere = false; // lifted: the next card (or the same one again) may be read
            setState(State::Waiting);
            return;
        }
        if (m_cardStillThere)
            return;
        return send(command::kSelectCard);
    }
    if (step == Select) {
        if (!isSuccess(response.sw3)) {
            setState(State::Waiting);
            return emit readFailed(statusMessage(response.sw3));
        }
        return send(command::kReadText);
    }
    setState(State::Waiting);
    if (!isSuccess(response.sw3))
        return emit readFailed(statusMessage(response.sw3));
    const auto card = parseCardText(response.data, m_clock.today());
    if (!card)
        return emit readFailed(card.error());
    m_cardStillThere = true;
    emit cardRead(card.value());
}

} // namespace identity
