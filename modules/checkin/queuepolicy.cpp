#include "queuepolicy.h"

#include <QHash>
#include <algorithm>

namespace checkin {

QDate serviceDay(const QDateTime &now, const QTime &resetAt)
{
    const QTime reset = resetAt.isValid() ? resetAt : QTime(0, 0);
    return now.time() < reset ? now.date().addDays(-1) : now.date();
}

QList<store::Ticket> callOrder(const QList<store::Ticket> &waiting, const QList<core::Lane> &lanes,
                               int otherLaneCallsSoFar)
{
    QHash<QString, QList<store::Ticket>> byLane;
    for (const store::Ticket &ticket : waiting)
        byLane[ticket.lane] << ticket;
    for (auto &queue : byLane)
        std::sort(queue.begin(), queue.end(),
                  [](const store::Ticket &a, const store::Ticket &b) { return a.number < b.number; });

    QList<store::Ticket> order = byLane.take(QString::fromLatin1(core::kGreenLane));

    // One round of the other lanes, in their configured order, each repeated by its ratio.
    QStringList round;
    for (const core::Lane &lane : lanes) {
        if (lane.key == QLatin1String(core::kGreenLane))
            continue;
        for (int i = 0; i < qMax(1, lane.ratio); ++i)
            round << lane.key;
    }
    // Lanes missing from the configuration still get served, after the configured ones.
    for (auto it = byLane.cbegin(); it != byLane.cend(); ++it)
        if (!round.contains(it.key()))
            round << it.key();
    if (round.isEmpty())
        return order;

    int position = otherLaneCallsSoFar % round.size();
    qsizetype remaining = 0;
    for (const auto &queue : std::as_const(byLane))
        remaining += queue.size();
    while (remaining > 0) {
        QList<store::Ticket> &queue = byLane[round.at(position)];
        if (!queue.isEmpty()) {
            order << queue.takeFirst();
            --remaining;
        }
        position = (position + 1) % round.size();
    }
    return order;
}

} // namespace checkin
