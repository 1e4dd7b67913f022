#include "hallboard.h"

namespace ui {

QList<HallBoard::Call> HallBoard::apply(const QList<routing::CallEvent> &events)
{
    QList<Call> calls;
    for (const routing::CallEvent &event : events) {
        if (event.seq <= m_lastSeq)
            continue;
        m_lastSeq = event.seq;
        RoomState &room = m_rooms[event.roomId];
        room.roomName = event.roomName;
        if (event.action == QLatin1String("call") || event.action == QLatin1String("recall")) {
            Call call{event.seq,    event.ticketLabel, event.lane, event.maskedName,
                      event.roomId, event.roomName,    event.at,   event.action == QLatin1String("recall")};
            // A recall moves the person back to the top rather than listing them twice.
            m_recent.removeIf(
                [&](const Call &c) { return c.ticket == call.ticket && c.roomId == call.roomId; });
            m_recent.prepend(call);
            calls << call;
            while (m_recent.size() > m_recentLimit)
                m_recent.removeLast();
            room.ticket = event.ticketLabel;
            room.lane = event.lane;
        } else if (event.action == QLatin1String("start")) {
            room.ticket = event.ticketLabel;
            room.lane = event.lane;
        } else if (event.action == QLatin1String("no_show") || event.action == QLatin1String("finish") ||
                   event.action == QLatin1String("transfer")) {
            if (room.ticket == event.ticketLabel)
                room.ticket.clear();
            if (event.action != QLatin1String("finish"))
                m_recent.removeIf(
                    [&](const Call &c) { return c.ticket == event.ticketLabel && c.roomId == event.roomId; });
        } else if (event.action == QLatin1String("pause")) {
            room.pausedReason = event.detail;
        } else if (event.action == QLatin1String("resume")) {
            room.pausedReason.clear();
        }
    }
    return calls;
}

std::optional<HallBoard::Call> HallBoard::newest() const
{
    if (m_recent.isEmpty())
        return std::nullopt;
    return m_recent.constFirst();
}

} // namespace ui
