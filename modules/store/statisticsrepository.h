#pragma once

#include "database.h"

#include <QDate>

namespace store {

// Days from `from` to `to`, both included, in the station's local time (every stored time is local).
struct DayRange {
    QDate from;
    QDate to;
};

struct KeyCount {
    QString key;
    qint64 count = 0;
};

// Check-ins of one day by appraisal type and specialty group (keys as stored).
struct DayTypeCount {
    QDate day;
    QString appraisalType;
    QString specialty;
    qint64 count = 0;
};

struct RangeTotals {
    qint64 arrived = 0;   // tickets issued (one per person and service day)
    qint64 concluded = 0; // conclusions made
    qint64 noShow = 0;    // cases ended as no-show
    qint64 withdrawn = 0; // cases ended as withdrawn
    qint64 walkIns = 0;   // walk-in requests recorded at the desk
};

// The limits the statistics count against, in calendar days (the deadlines module owns the values).
struct TimeLimitRules {
    int conclusionDays = 60;
    int deliveryDays = 15;
    QDate today; // a delivery not made when its days ran out by today is late already
};

// The cases concluded in a range against their legal time limits.
struct TimeLimitCounts {
    qint64 onTime = 0;          // concluded within the conclusion days of acceptance
    qint64 extended = 0;        // later than that, within the recorded extension
    qint64 overdue = 0;         // later than the limit (with any extension)
    qint64 deliveredOnTime = 0; // delivered within the delivery days of the conclusion
    qint64 deliveredLate = 0;   // delivered later, or not delivered when those days ran out
};

// One way a person left: the ending (signed_out after the conclusion, no_show, withdrawn, terminated)
// and the reason given.
struct SignOutCount {
    QString ending;
    QString reason;
    qint64 count = 0;
};

struct ExpertFigures {
    QString expertId;
    QString name;
    qint64 exams = 0;          // examination opinions submitted (current versions)
    qint64 concludedExams = 0; // of those, on cases with a conclusion
    qint64 matches = 0;        // of those, with the conclusion's grade
    qint64 agreementSame = 0;  // the other examiner(s) gave the same grade
    qint64 agreementOneApart = 0;
    qint64 agreementMore = 0;
    qint64 reviews = 0;
    qint64 gradeChangedByReview = 0; // reviews concluding a grade no examiner gave
};

// One examination from "start" to "finish" at a room; `expertId` is the expert whose account
// pressed start (empty when that was not an expert's account).
struct ExamDuration {
    QString roomId;
    QString expertId;
    double minutes = 0;
};

struct RoomNow {
    QString roomId;
    QString name;
    bool paused = false;
    bool busy = false; // someone called to or examined in the room today and not finished
};

// The venue's figures, counted in SQL over indexed time columns: what a month or a year costs does
// not depend on the rest of the history. Read-only.
class StatisticsRepository
{
public:
    explicit StatisticsRepository(Database &database);

    RangeTotals totals(const DayRange &range) const;
    // Check-in to the first call of each ticket issued in the range, in minutes, ascending.
    QList<double> waitMinutes(const DayRange &range) const;
    QList<KeyCount> arrivalsByType(const DayRange &range) const;
    QList<DayTypeCount> arrivalsPerDay(const DayRange &range) const;
    // Conclusions by grade: "1" … "10", "0" for a conclusion without a grade.
    QList<KeyCount> conclusionsByGrade(const DayRange &range) const;
    QList<KeyCount> conclusionsBySelfCare(const DayRange &range) const;
    TimeLimitCounts timeLimits(const DayRange &range, const TimeLimitRules &rules) const;
    // Walk-in requests by state: pending, approved, rejected.
    QList<KeyCount> walkInsByDecision(const DayRange &range) const;
    QList<SignOutCount> signOuts(const DayRange &range) const;
    // Every expert with an examination or a review in the range, by id.
    QList<ExpertFigures> experts(const DayRange &range) const;
    QList<ExamDuration> examDurations(const DayRange &range) const;

    // Today, live.
    QList<KeyCount> arrivalsByHour(const QDate &day) const; // "08" … with the tickets issued that hour
    QList<KeyCount> waitingByLane(const QDate &day) const;  // lane name → tickets waiting now
    QList<RoomNow> rooms(const QDate &day) const;           // the rooms in use (not retired)

private:
    Database &m_database;
};

} // namespace store
