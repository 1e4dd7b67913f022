#pragma once

#include "routing/callauthority.h"

#include <QMap>

namespace ui {

// What the hall screen shows, built from the call event stream: the newest call, the last calls
// (newest first) and the number each room is calling now. Masked names only, as the events carry.
class HallBoard
{
public:
    struct Call {
        qint64 seq = 0;
        QString ticket;
        QString lane;
        QString maskedName;
        QString roomId;
        QString roomName;
        QDateTime at;
        bool recall = false;
    };
    struct RoomState {
        QString roomName;
        QString ticket; // being called or examined now; empty when none
        QString lane;   // the lane of that ticket, for its colour
        QString pausedReason;
    };

    explicit HallBoard(int recentLimit = 8) : m_recentLimit(recentLimit) {}

    // Applies events in order; ones at or before lastSeq() are ignored, so a replay after a gap
    // never doubles a call.
    // Returns the calls and recalls among them, oldest first: each one is announced.
    QList<Call> apply(const QList<routing::CallEvent> &events);
    qint64 lastSeq() const { return m_lastSeq; }
    // Moves past events that are not shown (an earlier day's), without applying them.
    void skipTo(qint64 seq) { m_lastSeq = std::max(m_lastSeq, seq); }
    const QList<Call> &recent() const { return m_recent; }
    std::optional<Call> newest() const;
    const QMap<QString, RoomState> &rooms() const { return m_rooms; }

private:
    int m_recentLimit;
    qint64 m_lastSeq = 0;
    QList<Call> m_recent;
    QMap<QString, RoomState> m_rooms; // by room id
};

} // namespace ui

Q_DECLARE_METATYPE(ui::HallBoard::Call)
