#pragma once

#include "carddata.h"
#include "samprotocol.h"

#include <QObject>

#include <optional>

class QSocketNotifier;

namespace identity {

// A SAM module on a pseudo-terminal that answers like a real reader holding a configured card:
// tests and the demo read through the real serial path. A stable link path points at the current
// pty, so "unplug" (the pty disappears) and "replug" (a new pty behind the same path) can be staged.
class SamSimulator : public QObject
{
    Q_OBJECT
public:
    enum class Fault { None, BadChecksum, Truncated, NoiseBeforeFrame, Silent, Status };

    explicit SamSimulator(QObject *parent = nullptr);
    ~SamSimulator() override;

    // Opens a new pty; `linkPath` (optional) is made a symlink to it. Returns the path to open.
    core::Result<QString> plug(const QString &linkPath = {});
    void unplug();
    bool isPlugged() const { return m_master >= 0; }
    QString devicePath() const;

    void placeCard(const CardData &card); // the card lies on the reader, ready to be found
    void liftCard();                      // taken away
    // Applies to the next replies until cleared; with Status, every reply carries `statusCode`.
    void setFault(Fault fault, quint8 statusCode = 0);
    int commandsSeen() const { return m_commands; }

private:
    void readCommands();
    void answer(const QByteArray &body);
    void send(QByteArray frameBytes);

    int m_master = -1;
    int m_slaveKeepAlive = -1; // keeps the line open between client sessions, like real hardware
    QString m_slavePath;
    QString m_linkPath;
    QSocketNotifier *m_notifier = nullptr;
    FrameReader m_reader;
    std::optional<CardData> m_card;
    bool m_readSinceLift = false; // lift-and-present: after a read, no find until lifted
    bool m_selected = false;
    Fault m_fault = Fault::None;
    quint8 m_faultStatus = 0;
    int m_commands = 0;
};

} // namespace identity
