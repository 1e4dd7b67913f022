#pragma once

#include "carddata.h"
#include "samprotocol.h"

#include "core/clock.h"

#include <QObject>

class QSerialPort;
class QTimer;

namespace identity {

// Reads ID cards continuously through a SAM module on a serial port: find → select → read, one
// command at a time, each with a time-out. A card that was read is reported once; the next read
// needs it lifted and presented again. When the port fails (reader unplugged, even mid-read) it
// says so and reopens the port by itself every second until the reader is back.
class CardReader : public QObject
{
    Q_OBJECT
public:
    struct Timing {
        int pollMs = 300;
        int commandTimeoutMs = 1500;
        int reconnectMs = 1000;
    };
    enum class State { Stopped, Disconnected, Waiting, Reading };

    CardReader(QString portName, const core::Clock &clock, Timing timing, QObject *parent = nullptr);
    CardReader(QString portName, const core::Clock &clock, QObject *parent = nullptr);
    ~CardReader() override;

    void start();
    void stop();
    State state() const { return m_state; }
    QString portName() const { return m_portName; }

signals:
    void cardRead(const identity::CardData &card);
    void readFailed(const QString &message); // a card was there but could not be read
    void connectionChanged(bool connected, const QString &message);

private:
    void tryOpen();
    void poll();
    void send(const quint8 (&command)[2]);
    void onReadyRead();
    void onTimeout();
    void onPortError();
    void handle(const Response &response);
    void disconnectPort(const QString &message);
    void setState(State state);

    QString m_portName;
    const core::Clock &m_clock;
    Timing m_timing;
    QSerialPort *m_port = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_timeoutTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    FrameReader m_frames;
    State m_state = State::Stopped;
    quint8 m_pending =
        0; // second byte of the command awaiting its reply (0 = none); 0x01/0x02 find/select, 0x11 read
    bool m_cardStillThere = false; // lift-and-present: the card just read has not been lifted yet
};

} // namespace identity
