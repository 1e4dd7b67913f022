#include "samsimulator.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace identity {

SamSimulator::SamSimulator(QObject *parent) : QObject(parent) {}

SamSimulator::~SamSimulator()
{
    unplug();
}

QString SamSimulator::devicePath() const
{
    return m_linkPath.isEmpty() ? m_slavePath : m_linkPath;
}

core::Result<QString> SamSimulator::plug(const QString &linkPath)
{
    unplug();
    const int master = posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
        if (master >= 0)
            ::close(master);
        return core::Status::failure(
            QStringLiteral("cannot create a pseudo-terminal: %1").arg(qt_error_string(errno)));
    }
    m_master = master;
    m_slavePath = QString::fromLocal8Bit(ptsname(master));
    m_slaveKeepAlive = ::open(ptsname(master), O_RDWR | O_NOCTTY);
    if (m_slaveKeepAlive >= 0) {
        termios raw{};
        tcgetattr(m_slaveKeepAlive, &raw);
        cfmakeraw(&raw);
        tcsetattr(m_slaveKeepAlive, TCSANOW, &raw);
    }
    m_linkPath = linkPath;
    if (!linkPath.isEmpty()) {
        QFile::remove(linkPath);
        if (!QFile::link(m_slavePath, linkPath))
            return core::Status::failure(QStringLiteral("cannot create the link %1").arg(linkPath));
    }
    m_reader.clear();
    m_notifier = new QSocketNotifier(master, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SamSimulator::readCommands);
    return devicePath();
}

void SamSimulator::unplug()
{
    if (m_master < 0)
        return;
    delete m_notifier;
    m_notifier = nullptr;
    ::close(m_master);
    if (m_slaveKeepAlive >= 0)
        ::close(m_slaveKeepAlive);
    m_master = -1;
    m_slaveKeepAlive = -1;
    if (!m_linkPath.isEmpty())
        QFile::remove(m_linkPath);
}

void SamSimulator::placeCard(const CardData &card)
{
    m_card = card;
    m_readSinceLift = false;
    m_selected = false;
}

void SamSimulator::liftCard()
{
    m_card.reset();
    m_readSinceLift = false;
    m_selected = false;
}

void SamSimulator::setFault(Fault fault, quint8 statusCode)
{
    m_fault = fault;
    m_faultStatus = statusCode;
}

void SamSimulator::readCommands()
{
    char buffer[512];
    for (;;) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            break;
        m_reader.feed(QByteArray(buffer, qsizetype(n)));
    }
    while (const auto body = m_reader.next())
        answer(*body);
    if (!m_reader.takeError().isEmpty())
        send(responseFrame(status::kChecksumError));
}

void SamSimulator::answer(const QByteArray &body)
{
    ++m_commands;
    if (body.size() < 2)
        return send(responseFrame(status::kLengthError));
    if (m_fault == Fault::Status)
        return send(responseFrame(m_faultStatus));
    const quint8 cmd = quint8(body.at(0));
    const quint8 para = quint8(body.at(1));
    const bool cardReady = m_card && !m_readSinceLift;
    if (cmd == 0x20 && para == 0x01) {
        send(responseFrame(cardReady ? status::kFindSuccess : status::kFindFailed, QByteArray(4, '\0')));
    } else if (cmd == 0x20 && para == 0x02) {
        m_selected = cardReady;
        send(responseFrame(cardReady ? status::kSuccess : status::kSelectFailed, QByteArray(8, '\0')));
    } else if (cmd == 0x30 && para == 0x01) {
        if (!cardReady || !m_selected)
            return send(responseFrame(status::kReadFailed));
        m_readSinceLift = true;
        m_selected = false;
        send(responseFrame(status::kSuccess, encodeCardText(*m_card)));
    } else if (cmd == 0x11 && para == 0xff) {
        send(responseFrame(status::kSuccess));
    } else if (cmd == 0x12 && para == 0xff) {
        send(responseFrame(status::kSuccess, QByteArray::fromHex("0501000000000000000000000000000000")));
    } else {
        send(responseFrame(status::kCommandError));
    }
}

void SamSimulator::send(QByteArray frameBytes)
{
    switch (m_fault) {
    case Fault::Silent:
        return;
    case Fault::BadChecksum:
        frameBytes[frameBytes.size() - 1] = char(frameBytes.at(frameBytes.size() - 1) ^ 0x5a);
        break;
    case Fault::Truncated:
        frameBytes.truncate(frameBytes.size() / 2);
        break;
    case Fault::NoiseBeforeFrame:
        frameBytes.prepend(QByteArray::fromHex("00ff13aa96"));
        break;
    case Fault::None:
    case Fault::Status:
        break;
    }
    qsizetype written = 0;
    while (written < frameBytes.size()) {
        const ssize_t n =
            ::write(m_master, frameBytes.constData() + written, size_t(frameBytes.size() - written));
        if (n < 0) {
            if (errno == EAGAIN)
                continue;
            return;
        }
        written += n;
    }
}

} // namespace identity
