#include "queuepolicy.h"

#include <QHash>
#include <algorithm>

namespace checkin {

QDate serviceDay(const QDateTime &now, const QTime &resetAt)
{
    const QTime reset = resetAt.isValid() ? resetAt : QTime(0, 0);
    return now.time() < reset ? now.date().addDays(-1) : now.date();
}

QDateTime laneRestart(const QDateTime &now, const QDate &day, const QTime &venueReset, const QTime &laneReset)
{
    if (!laneReset.isValid())
        return {};
    QDateTime dayStart = now; // keeps the clock's time spec, so it compares with stored times
    dayStart.setDate(day);
    dayStart.setTime(venueReset.isValid() ? venueReset : QTime(0, 0));
    QDateTime restart = now;
    restart.setTime(laneReset);
    if (restart > now)
        restart = restart.addDays(-1);
    return restart > dayStart ? restart : QDateTime();
}

namespace {

// Strict priority: the green channel always, and every lane the venue marked strict.
bool isStrict(const QString &key, const QList<core::Lane> &lanes)
{
    if (key == QLatin1String(core::kGreenLane))
        return true;
    for (const core::Lane &lane : lanes)
        if (lane.key == key)
            return lane.strict;
    return false;
}

// The strict lanes in the order they are served: the configured order, the green channel first
// when it is not configured.
QStringList strictOrder(const QList<core::Lane> &lanes)
{
    QStringList order;
    for (const core::Lane &lane : lanes)
        if (isStrict(lane.key, lanes))
            order << lane.key;
    if (!order.contains(QLatin1String(core::kGreenLane)))
        order.prepend(QString::fromLatin1(core::kGreenLane));
    return order;
}

// One round of the lanes without strict priority in their configured order, each repeated by its
// ratio, plus lanes that have people waiting but are missing from the configuration.
QStringList roundOf(const QList<core::Lane> &lanes, const QStringList &waitingLanes)
{
    QStringList round;
    for (const core::Lane &lane : lanes) {
        if (isStrict(lane.key, lanes))
            continue;
        for (int i = 0; i < qMax(1, lane.ratio); ++i)
            round << lane.key;
    }
    QStringList others = waitingLanes;
    others.sort(); // a stable order whatever order the caller's hash gave
    for (const QString &lane : std::as_const(others))
        if (!isStrict(lane, lanes) && !round.contains(lane))
            round << lane;
    return round;
}

} // namespace

int peopleAhead(const QString &lane, int waitingBeforeInLane, const QHash<QString, int> &waitingPerLane,
                const QList<core::Lane> &lanes, int otherLaneCallsSoFar)
{
    // Strict lanes are served one after the other before the rest.
    int ahead = 0;
    for (const QString &strict : strictOrder(lanes)) {
        if (strict == lane)
            return ahead + waitingBeforeInLane;
        ahead += waitingPerLane.value(strict);
    }
    const QStringList round = roundOf(lanes, waitingPerLane.keys());
    QHash<QString, int> remaining = waitingPerLane;
    for (const QString &strict : strictOrder(lanes))
        remaining.remove(strict);
    int mineLeft = waitingBeforeInLane; // people of the same lane still to be called before this one
    int position = otherLaneCallsSoFar % qMax(1, int(round.size()));
    for (;;) {
        const QString &turn = round.at(position);
        position = (position + 1) % int(round.size());
        int &left = remaining[turn];
        if (left <= 0)
            continue;
        if (turn == lane) {
            if (mineLeft == 0)
                return ahead;
            --mineLeft;
        }
        --left;
        ++ahead;
    }
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

    QList<store::Ticket> order;
    for (const QString &strict : strictOrder(lanes))
        order << byLane.take(strict);

    const QStringList round = roundOf(lanes, byLane.keys());
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
