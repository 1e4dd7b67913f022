#include "reportformat.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace statistics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("statistics", text);
}

QJsonValue optionalNumber(const std::optional<double> &value, double (*round)(double))
{
    return value ? QJsonValue(round(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

double roundedMinutes(double minutes)
{
    return std::round(minutes * 10.0) / 10.0;
}

double roundedShare(double share)
{
    return std::round(share * 1000.0) / 1000.0;
}

QJsonObject toJson(const RangeReport &report)
{
    QJsonObject byType;
    for (const core::AppraisalType type : core::allAppraisalTypes())
        byType.insert(core::toKey(type), 0);
    for (const store::KeyCount &type : report.byType)
        byType.insert(type.key, type.count);
    QJsonObject byGrade;
    for (int grade = 1; grade <= 10; ++grade)
        byGrade.insert(QString::number(grade), report.byGrade[grade]);
    byGrade.insert(QStringLiteral("none"), report.byGrade[0]);
    QJsonArray experts;
    for (const ExpertLine &line : report.experts)
        experts.append(QJsonObject{
            {QStringLiteral("expert"), line.expert},
            {QStringLiteral("exams"), line.exams},
            {QStringLiteral("reviews"), line.reviews},
            {QStringLiteral("agreement_same"), line.agreementSame},
            {QStringLiteral("agreement_one_apart"), line.agreementOneApart},
            {QStringLiteral("agreement_more"), line.agreementMore},
            {QStringLiteral("grade_changed_by_review"), line.gradeChangedByReview},
            {QStringLiteral("matches_conclusion"), optionalNumber(line.matchesConclusion, roundedShare)},
            {QStringLiteral("median_exam_minutes"), optionalNumber(line.medianExamMinutes, roundedMinutes)},
        });
    return {
        {QStringLiteral("from"), report.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), report.to.toString(Qt::ISODate)},
        {QStringLiteral("arrived"), report.totals.arrived},
        {QStringLiteral("concluded"), report.totals.concluded},
        {QStringLiteral("no_show"), report.totals.noShow},
        {QStringLiteral("withdrawn"), report.totals.withdrawn},
        {QStringLiteral("walk_ins"), report.totals.walkIns},
        {QStringLiteral("wait_minutes"),
         QJsonObject{{QStringLiteral("p50"), roundedMinutes(report.wait.p50)},
                     {QStringLiteral("p90"), roundedMinutes(report.wait.p90)}}},
        {QStringLiteral("by_type"), byType},
        {QStringLiteral("by_grade"), byGrade},
        {QStringLiteral("time_limits"),
         QJsonObject{{QStringLiteral("on_time"), report.timeLimits.onTime},
                     {QStringLiteral("extended"), report.timeLimits.extended},
                     {QStringLiteral("overdue"), report.timeLimits.overdue},
                     {QStringLiteral("delivered_on_time"), report.timeLimits.deliveredOnTime},
                     {QStringLiteral("delivered_late"), report.timeLimits.deliveredLate}}},
        {QStringLiteral("experts"), experts},
    };
}

QString toText(const RangeReport &report)
{
    QStringList lines;
    lines
        << tr("Statistics %1 to %2").arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate));
    lines << tr("arrived %1, concluded %2, no-show %3, withdrawn %4, walk-ins %5")
                 .arg(report.totals.arrived)
                 .arg(report.totals.concluded)
                 .arg(report.totals.noShow)
                 .arg(report.totals.withdrawn)
                 .arg(report.totals.walkIns);
    lines << tr("wait from check-in to first call: p50 %1 min, p90 %2 min")
                 .arg(roundedMinutes(report.wait.p50))
                 .arg(roundedMinutes(report.wait.p90));
    QStringList types;
    for (const core::AppraisalType type : core::allAppraisalTypes()) {
        qint64 count = 0;
        for (const store::KeyCount &row : report.byType)
            if (row.key == core::toKey(type))
                count = row.count;
        types << QStringLiteral("%1 %2").arg(core::displayName(type)).arg(count);
    }
    lines << tr("by type: %1").arg(types.join(QStringLiteral(", ")));
    QStringList grades;
    for (int grade = 1; grade <= 10; ++grade)
        grades << QStringLiteral("%1: %2").arg(grade).arg(report.byGrade[grade]);
    grades << tr("none: %1").arg(report.byGrade[0]);
    lines << tr("by grade: %1").arg(grades.join(QStringLiteral(", ")));
    lines << tr("time limits: concluded within 60 days %1, within the extension %2, overdue %3; delivered "
                "within 15 days %4, late %5")
                 .arg(report.timeLimits.onTime)
                 .arg(report.timeLimits.extended)
                 .arg(report.timeLimits.overdue)
                 .arg(report.timeLimits.deliveredOnTime)
                 .arg(report.timeLimits.deliveredLate);
    for (const ExpertLine &line : report.experts) {
        const QString share =
            line.matchesConclusion
                ? QStringLiteral("%1 %").arg(std::round(*line.matchesConclusion * 1000) / 10)
                : QStringLiteral("–");
        lines
            << tr("%1 %2: exams %3, reviews %4, agreement same %5 / one apart %6 / more %7, grade changed by "
                  "review %8, matches the conclusion %9")
                   .arg(line.expert, line.name)
                   .arg(line.exams)
                   .arg(line.reviews)
                   .arg(line.agreementSame)
                   .arg(line.agreementOneApart)
                   .arg(line.agreementMore)
                   .arg(line.gradeChangedByReview)
                   .arg(share);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace statistics
