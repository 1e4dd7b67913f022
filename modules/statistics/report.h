#pragma once

#include "store/statisticsrepository.h"

#include <optional>

namespace statistics {

// Nearest-rank percentiles of a list of minutes; 0 when the list is empty.
struct Percentiles {
    double p50 = 0;
    double p90 = 0;
    qint64 count = 0;
};

// Whether a report names the experts: only the venue admin sees names; everyone else sees
// "Expert 1", "Expert 2" … numbered by the figures, so the order gives nothing away.
enum class ExpertNames { Shown, Anonymised };

struct ExpertLine {
    QString expert; // the expert's id, or "Expert N" when anonymised
    QString name;   // empty when anonymised
    qint64 exams = 0;
    qint64 reviews = 0;
    qint64 agreementSame = 0;
    qint64 agreementOneApart = 0;
    qint64 agreementMore = 0;
    qint64 gradeChangedByReview = 0;
    qint64 concludedExams = 0;
    qint64 matches = 0;
    std::optional<double> medianExamMinutes;
    // matches / concludedExams; none while no examination of the expert's case is concluded.
    std::optional<double> matchesConclusion;
};

struct RangeReport {
    QDate from;
    QDate to;
    store::RangeTotals totals;
    Percentiles wait; // check-in to first call
    QList<store::KeyCount> byType;
    qint64 byGrade[11] = {}; // [0]: concluded without a grade; [1] … [10]: grades
    QList<store::KeyCount> selfCare;
    store::TimeLimitCounts timeLimits;
    QList<store::KeyCount> walkInDecisions;
    QList<store::SignOutCount> signOuts;
    QList<store::DayTypeCount> perDay;
    QList<ExpertLine> experts;
    ExpertNames names = ExpertNames::Shown;
};

struct RoomLine {
    QString roomId;
    QString name;
    QString state; // busy | idle | paused
    std::optional<double> medianExamMinutes;
    qint64 exams = 0;
};

// Today, as it stands: what the dashboard's live section shows.
struct LiveReport {
    QDate day;
    QList<store::KeyCount> arrivalsByHour;
    QList<store::KeyCount> waitingByLane;
    Percentiles wait;
    QList<RoomLine> rooms;
    qint64 arrived = 0;
    qint64 noShows = 0;
    qint64 concluded = 0;
};

} // namespace statistics
