#include "statisticsservice.h"

#include "deadlines/timelimits.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace statistics {

ExpertNames expertNamesFor(core::Role role)
{
    return role == core::Role::VenueAdmin ? ExpertNames::Shown : ExpertNames::Anonymised;
}

Percentiles percentiles(const QList<double> &ascending)
{
    Percentiles result;
    result.count = ascending.size();
    if (ascending.isEmpty())
        return result;
    // Nearest rank: the smallest value with at least p of the values at or below it.
    const auto at = [&](double p) {
        const qsizetype rank = qsizetype(std::ceil(p * double(ascending.size())));
        return ascending.at(std::clamp<qsizetype>(rank - 1, 0, ascending.size() - 1));
    };
    result.p50 = at(0.5);
    result.p90 = at(0.9);
    return result;
}

std::optional<double> median(const QList<double> &ascending)
{
    if (ascending.isEmpty())
        return std::nullopt;
    return percentiles(ascending).p50;
}

StatisticsService::StatisticsService(store::Database &database) : m_database(database) {}

QDate StatisticsService::currentDay() const
{
    return m_database.clock().today();
}

RangeReport StatisticsService::range(const QDate &from, const QDate &to, ExpertNames names) const
{
    RangeReport report;
    report.from = from;
    report.to = to;
    report.names = names;
    if (!from.isValid() || !to.isValid() || from > to)
        return report;
    const store::StatisticsRepository repository(m_database);
    const store::DayRange days{from, to};
    report.totals = repository.totals(days);
    report.wait = percentiles(repository.waitMinutes(days));
    report.byType = repository.arrivalsByType(days);
    for (const store::KeyCount &grade : repository.conclusionsByGrade(days)) {
        const int value = grade.key.toInt();
        report.byGrade[value >= 1 && value <= 10 ? value : 0] += grade.count;
    }
    report.selfCare = repository.conclusionsBySelfCare(days);
    report.timeLimits =
        repository.timeLimits(days, {deadlines::kConclusionDays, deadlines::kDeliveryDays, currentDay()});
    report.walkInDecisions = repository.walkInsByDecision(days);
    report.signOuts = repository.signOuts(days);
    report.perDay = repository.arrivalsPerDay(days);

    QHash<QString, QList<double>> minutesByExpert; // ascending: the rows come sorted
    for (const store::ExamDuration &exam : repository.examDurations(days))
        if (!exam.expertId.isEmpty())
            minutesByExpert[exam.expertId] << exam.minutes;
    for (const store::ExpertFigures &figures : repository.experts(days)) {
        ExpertLine line;
        line.expert = figures.expertId;
        line.name = figures.name;
        line.exams = figures.exams;
        line.reviews = figures.reviews;
        line.agreementSame = figures.agreementSame;
        line.agreementOneApart = figures.agreementOneApart;
        line.agreementMore = figures.agreementMore;
        line.gradeChangedByReview = figures.gradeChangedByReview;
        line.concludedExams = figures.concludedExams;
        line.matches = figures.matches;
        line.medianExamMinutes = median(minutesByExpert.value(figures.expertId));
        if (figures.concludedExams > 0)
            line.matchesConclusion = double(figures.matches) / double(figures.concludedExams);
        report.experts << line;
    }
    if (names == ExpertNames::Anonymised) {
        // Numbered by the work done; ties in an order nobody can read back to an id (a keyed hash
        // per report), so neither the number nor the order names anyone.
        const QByteArray salt = QCryptographicHash::hash(
            m_database.sealer().idIndex(from.toString(Qt::ISODate) + to.toString(Qt::ISODate)).toUtf8(),
            QCryptographicHash::Sha256);
        const auto tieBreak = [&salt](const ExpertLine &line) {
            return QCryptographicHash::hash(salt + line.expert.toUtf8(), QCryptographicHash::Sha256);
        };
        std::sort(report.experts.begin(), report.experts.end(),
                  [&](const ExpertLine &a, const ExpertLine &b) {
                      if (a.exams != b.exams)
                          return a.exams > b.exams;
                      if (a.reviews != b.reviews)
                          return a.reviews > b.reviews;
                      return tieBreak(a) < tieBreak(b);
                  });
        for (int i = 0; i < report.experts.size(); ++i) {
            report.experts[i].expert = tr("Expert %1").arg(i + 1);
            report.experts[i].name.clear();
        }
    }
    return report;
}

LiveReport StatisticsService::today() const
{
    LiveReport live;
    live.day = currentDay();
    const store::StatisticsRepository repository(m_database);
    const store::DayRange day{live.day, live.day};
    live.arrivalsByHour = repository.arrivalsByHour(live.day);
    live.waitingByLane = repository.waitingByLane(live.day);
    live.wait = percentiles(repository.waitMinutes(day));
    const store::RangeTotals totals = repository.totals(day);
    live.arrived = totals.arrived;
    live.noShows = totals.noShow;
    live.concluded = totals.concluded;
    QHash<QString, QList<double>> minutesByRoom;
    for (const store::ExamDuration &exam : repository.examDurations(day))
        minutesByRoom[exam.roomId] << exam.minutes;
    for (const store::RoomNow &room : repository.rooms(live.day)) {
        RoomLine line;
        line.roomId = room.roomId;
        line.name = room.name;
        line.state = room.paused ? QStringLiteral("paused")
                     : room.busy ? QStringLiteral("busy")
                                 : QStringLiteral("idle");
        const QList<double> minutes = minutesByRoom.value(room.roomId);
        line.exams = minutes.size();
        line.medianExamMinutes = median(minutes);
        live.rooms << line;
    }
    return live;
}

} // namespace statistics
