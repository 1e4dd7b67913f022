#pragma once

#include "store/ticketrepository.h"

#include <QHash>
#include <QTime>

namespace checkin {

// The service day a moment belongs to: numbering restarts at the configured reset time
// (setting store::settings::QueueResetTime, HH:mm), so a venue working past midnight keeps one day.
QDate serviceDay(const QDateTime &now, const QTime &resetAt);

// The moment a lane with its own reset time (core::Lane::resetTime) last started its numbers
// again within the service day `day` that began at `venueReset`: the latest `laneReset` at or
// before `now` and after the day's start. Invalid when the lane follows the venue's day (no time
// of its own, or its time has not come since the day began): its numbers simply go on.
QDateTime laneRestart(const QDateTime &now, const QDate &day, const QTime &venueReset,
                      const QTime &laneReset);

// The order in which waiting tickets are called. Lanes with strict priority (the green channel, and
// any lane marked strict) come first, one lane after the other in the configured order, by
// number. The other lanes share calls by their ratio in a fixed round (ratios 2 and 1 give A A B),
// continued from where the day's calls left off, so no lane starves and a new arrival never
// jumps a person of the same lane. Tickets already called are not in the list, so never reordered.
QList<store::Ticket> callOrder(const QList<store::Ticket> &waiting, const QList<core::Lane> &lanes,
                               int otherLaneCallsSoFar);

// The same order, counted without the tickets themselves: how many waiting people are called
// before the waiting ticket that has `waitingBeforeInLane` people of its own lane ahead of it.
// `waitingPerLane` counts every waiting ticket by lane key.
int peopleAhead(const QString &lane, int waitingBeforeInLane, const QHash<QString, int> &waitingPerLane,
                const QList<core::Lane> &lanes, int otherLaneCallsSoFar);

} // namespace checkin
