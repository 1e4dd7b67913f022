#include "dashboardfill.h"

#include "statistics/reportformat.h"

#include "core/caseflow.h"
#include "core/types.h"

#include <QChart>
#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace ui::dashboard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ui::dashboard", text);
}

QString number(qint64 value)
{
    return QString::number(value);
}

QString minutes(double value)
{
    return QString::number(statistics::roundedMinutes(value));
}

QString optionalMinutes(const std::optional<double> &value)
{
    return value ? minutes(*value) : QStringLiteral("–");
}

QString percent(const std::optional<double> &share)
{
    return share ? QStringLiteral("%1 %").arg(std::round(*share * 1000.0) / 10.0) : QStringLiteral("–");
}

QString typeName(const QString &key)
{
    const auto type = core::appraisalTypeFromKey(key);
    return type ? core::displayName(*type) : key;
}

QString specialtyName(const QString &key)
{
    const auto specialty = core::specialtyFromKey(key);
    return specialty ? core::displayName(*specialty) : key;
}

QString selfCareName(const QString &key)
{
    if (key == QLatin1String("complete"))
        return tr("complete dependency");
    if (key == QLatin1String("most"))
        return tr("mostly dependent");
    if (key == QLatin1String("partial"))
        return tr("partly dependent");
    if (key == QLatin1String("none") || key.isEmpty())
        return tr("no dependency");
    return key;
}

QString walkInName(const QString &key)
{
    if (key == QLatin1String("pending"))
        return tr("waiting for a decision");
    if (key == QLatin1String("approved"))
        return tr("approved");
    if (key == QLatin1String("rejected"))
        return tr("refused");
    return key;
}

QString endingName(const QString &key)
{
    if (key == QLatin1String("signed_out"))
        return tr("signed out after the conclusion");
    const auto state = core::caseStateFromKey(key);
    return state ? core::displayName(*state) : key;
}

QString roomStateName(const QString &key)
{
    if (key == QLatin1String("busy"))
        return tr("busy");
    if (key == QLatin1String("paused"))
        return tr("paused");
    return tr("idle");
}

// A one-series bar chart of a table's first (label) and second (count) column; long labels read
// better beside horizontal bars than squeezed under vertical ones.
QChart *countChart(const ChartTable &table, const QString &series, bool horizontal = false)
{
    QStringList categories;
    QList<double> values;
    for (const QStringList &row : table.rows) {
        categories << row.value(0);
        values << row.value(1).toDouble();
    }
    return barChart(categories, {{series, values}}, false, horizontal);
}

// Room for every label of a horizontal chart with `bars` bars.
void fitBars(const QHash<QString, DashboardCard *> &cards, const char *name, qsizetype bars)
{
    if (DashboardCard *card = cards.value(QLatin1String(name)))
        card->setMinimumHeight(std::max(270, int(90 + 32 * bars)));
}

void set(const QHash<QString, DashboardCard *> &cards, const char *name, const ChartTable &table,
         QChart *chart)
{
    if (DashboardCard *card = cards.value(QLatin1String(name)))
        card->setContent(table, chart);
    else
        delete chart;
}

} // namespace

QList<CardSpec> cardSpecs()
{
    return {{"arrivalsPerHourCard", true}, {"waitingPerLaneCard", true}, {"roomsCard", true},
            {"casesPerDayCard", false},    {"specialtiesCard", false},   {"gradesCard", false},
            {"selfCareCard", false},       {"timeLimitsCard", false},    {"walkInsCard", false},
            {"signOutsCard", false},       {"expertsCard", false}};
}

QString cardTitle(const QString &objectName, statistics::ExpertNames names)
{
    if (objectName == QLatin1String("arrivalsPerHourCard"))
        return tr("Today: arrivals per hour");
    if (objectName == QLatin1String("waitingPerLaneCard"))
        return tr("Today: people waiting per lane");
    if (objectName == QLatin1String("roomsCard"))
        return tr("Today: rooms and median examination (minutes)");
    if (objectName == QLatin1String("casesPerDayCard"))
        return tr("Cases per day by appraisal type");
    if (objectName == QLatin1String("specialtiesCard"))
        return tr("Cases by specialty group");
    if (objectName == QLatin1String("gradesCard"))
        return tr("Conclusions by grade");
    if (objectName == QLatin1String("selfCareCard"))
        return tr("Conclusions by self-care dependency");
    if (objectName == QLatin1String("timeLimitsCard"))
        return tr("Legal time limits of the cases concluded");
    if (objectName == QLatin1String("walkInsCard"))
        return tr("Walk-ins and their decisions");
    if (objectName == QLatin1String("signOutsCard"))
        return tr("Sign-outs by reason");
    if (objectName == QLatin1String("expertsCard"))
        return names == statistics::ExpertNames::Shown ? tr("Experts: agreement on the grade")
                                                       : tr("Experts (anonymised): agreement on the grade");
    return objectName;
}

void fillLive(const QHash<QString, DashboardCard *> &cards, const statistics::LiveReport &live)
{
    ChartTable arrivals{{tr("Hour"), tr("Arrivals")}, {}};
    for (const store::KeyCount &hour : live.arrivalsByHour)
        arrivals.rows << QStringList{QStringLiteral("%1:00").arg(hour.key), number(hour.count)};
    set(cards, "arrivalsPerHourCard", arrivals, countChart(arrivals, tr("Arrivals")));

    ChartTable lanes{{tr("Lane"), tr("Waiting")}, {}};
    for (const store::KeyCount &lane : live.waitingByLane)
        lanes.rows << QStringList{lane.key, number(lane.count)};
    set(cards, "waitingPerLaneCard", lanes, countChart(lanes, tr("Waiting")));

    ChartTable rooms{{tr("Room"), tr("Median examination (min)"), tr("Examinations"), tr("State")}, {}};
    QStringList names;
    QList<double> medians;
    for (const statistics::RoomLine &room : live.rooms) {
        rooms.rows << QStringList{room.name, optionalMinutes(room.medianExamMinutes), number(room.exams),
                                  roomStateName(room.state)};
        // Through the catalogue: Chinese puts the state in full-width brackets.
        names << QCoreApplication::translate("ui::dashboard", "%1 (%2)", "room name (room state)")
                     .arg(room.name, roomStateName(room.state));
        medians << room.medianExamMinutes.value_or(0);
    }
    set(cards, "roomsCard", rooms, barChart(names, {{tr("Median examination (min)"), medians}}, false, true));
    fitBars(cards, "roomsCard", names.size());
}

void fillRange(const QHash<QString, DashboardCard *> &cards, const statistics::RangeReport &report)
{
    // Per day by type (stacked); the table also names the specialty group.
    ChartTable perDay{{tr("Day"), tr("Appraisal type"), tr("Specialty group"), tr("Cases")}, {}};
    QStringList days;
    QStringList types;
    QHash<QString, qint64> bySpecialty;
    for (const store::DayTypeCount &row : report.perDay) {
        perDay.rows << QStringList{row.day.toString(Qt::ISODate), typeName(row.appraisalType),
                                   specialtyName(row.specialty), number(row.count)};
        const QString day = row.day.toString(QStringLiteral("MM-dd"));
        if (!days.contains(day))
            days << day;
        if (!types.contains(row.appraisalType))
            types << row.appraisalType;
        bySpecialty[row.specialty] += row.count;
    }
    QList<QPair<QString, QList<double>>> typeSeries;
    for (const QString &type : std::as_const(types)) {
        QList<double> values(days.size(), 0.0);
        for (const store::DayTypeCount &row : report.perDay)
            if (row.appraisalType == type)
                values[days.indexOf(row.day.toString(QStringLiteral("MM-dd")))] += double(row.count);
        typeSeries.append({typeName(type), values});
    }
    set(cards, "casesPerDayCard", perDay, barChart(days, typeSeries, true));

    ChartTable specialties{{tr("Specialty group"), tr("Cases")}, {}};
    for (const core::Specialty specialty : core::allSpecialties())
        specialties.rows << QStringList{core::displayName(specialty),
                                        number(bySpecialty.value(core::toKey(specialty)))};
    set(cards, "specialtiesCard", specialties, countChart(specialties, tr("Cases"), true));

    ChartTable grades{{tr("Grade"), tr("Conclusions")}, {}};
    for (int grade = 1; grade <= 10; ++grade)
        grades.rows << QStringList{QString::number(grade), number(report.byGrade[grade])};
    grades.rows << QStringList{tr("not graded"), number(report.byGrade[0])};
    ChartTable gradeBars = grades;
    gradeBars.rows.last()[0] = tr("none"); // short enough to stand under its bar
    set(cards, "gradesCard", grades, countChart(gradeBars, tr("Conclusions")));

    ChartTable selfCare{{tr("Self-care dependency"), tr("Conclusions")}, {}};
    for (const store::KeyCount &level : report.selfCare)
        selfCare.rows << QStringList{selfCareName(level.key), number(level.count)};
    set(cards, "selfCareCard", selfCare, countChart(selfCare, tr("Conclusions"), true));

    const store::TimeLimitCounts &limits = report.timeLimits;
    ChartTable timeLimits{{tr("Time limit"), tr("Cases")},
                          {{tr("concluded within 60 days"), number(limits.onTime)},
                           {tr("within the extension"), number(limits.extended)},
                           {tr("overdue"), number(limits.overdue)},
                           {tr("delivered within 15 days"), number(limits.deliveredOnTime)},
                           {tr("delivered late"), number(limits.deliveredLate)}}};
    set(cards, "timeLimitsCard", timeLimits, countChart(timeLimits, tr("Cases"), true));

    ChartTable walkIns{{tr("Decision"), tr("Walk-ins")}, {}};
    for (const store::KeyCount &decision : report.walkInDecisions)
        walkIns.rows << QStringList{walkInName(decision.key), number(decision.count)};
    set(cards, "walkInsCard", walkIns, countChart(walkIns, tr("Walk-ins"), true));

    ChartTable signOuts{{tr("Ending"), tr("Reason"), tr("People")}, {}};
    QStringList endings;
    QList<double> endingCounts;
    for (const store::SignOutCount &row : report.signOuts) {
        signOuts.rows << QStringList{endingName(row.ending), row.reason, number(row.count)};
        const QString ending = endingName(row.ending);
        if (!endings.contains(ending)) {
            endings << ending;
            endingCounts << 0;
        }
        endingCounts[endings.indexOf(ending)] += double(row.count);
    }
    set(cards, "signOutsCard", signOuts, barChart(endings, {{tr("People"), endingCounts}}, false, true));

    const bool named = report.names == statistics::ExpertNames::Shown;
    ChartTable experts{{tr("Expert")}, {}};
    if (named)
        experts.headers << tr("Name");
    experts.headers << tr("Examinations") << tr("Reviews") << tr("Median examination (min)")
                    << tr("Same grade") << tr("One grade apart") << tr("More apart")
                    << tr("Grade changed by review") << tr("Matches the conclusion");
    // On a narrow card the median, the review's changes, the reviews and the match fold (in that
    // order) into the line under the table; the agreement stays in columns.
    const int first = named ? 3 : 2; // Reviews
    experts.foldOrder = QList<int>(experts.headers.size(), 0);
    experts.foldOrder[first + 1] = 1;
    experts.foldOrder[first + 5] = 2;
    experts.foldOrder[first] = 3;
    experts.foldOrder[first + 6] = 4;
    QStringList labels;
    QList<double> same;
    QList<double> oneApart;
    QList<double> more;
    for (const statistics::ExpertLine &line : report.experts) {
        QStringList row{line.expert};
        if (named)
            row << line.name;
        row << number(line.exams) << number(line.reviews) << optionalMinutes(line.medianExamMinutes)
            << number(line.agreementSame) << number(line.agreementOneApart) << number(line.agreementMore)
            << number(line.gradeChangedByReview) << percent(line.matchesConclusion);
        experts.rows << row;
        labels << (named && !line.name.isEmpty() ? line.name : line.expert);
        same << double(line.agreementSame);
        oneApart << double(line.agreementOneApart);
        more << double(line.agreementMore);
    }
    set(cards, "expertsCard", experts,
        barChart(labels,
                 {{tr("Same grade"), same}, {tr("One grade apart"), oneApart}, {tr("More apart"), more}},
                 true, true));
    fitBars(cards, "expertsCard", labels.size());
}

QString liveSummary(const statistics::LiveReport &live)
{
    qint64 waiting = 0;
    for (const store::KeyCount &lane : live.waitingByLane)
        waiting += lane.count;
    int busy = 0;
    int idle = 0;
    int paused = 0;
    for (const statistics::RoomLine &room : live.rooms)
        (room.state == QLatin1String("busy")     ? busy
         : room.state == QLatin1String("paused") ? paused
                                                 : idle)++;
    return tr("Today %1: %2 arrived, %3 waiting, wait to the first call p50 %4 min / p90 %5 min; rooms %6 "
              "busy, "
              "%7 idle, %8 paused; %9 no-shows, %10 concluded so far")
        .arg(QLocale().toString(live.day, QLocale::ShortFormat))
        .arg(live.arrived)
        .arg(waiting)
        .arg(minutes(live.wait.p50), minutes(live.wait.p90))
        .arg(busy)
        .arg(idle)
        .arg(paused)
        .arg(live.noShows)
        .arg(live.concluded);
}

QString rangeSummary(const statistics::RangeReport &report)
{
    return tr("%1 to %2: %3 arrived, %4 concluded, %5 no-shows, %6 withdrawn, %7 walk-ins; wait to the first "
              "call p50 %8 min / p90 %9 min")
        .arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate))
        .arg(report.totals.arrived)
        .arg(report.totals.concluded)
        .arg(report.totals.noShow)
        .arg(report.totals.withdrawn)
        .arg(report.totals.walkIns)
        .arg(minutes(report.wait.p50), minutes(report.wait.p90));
}

} // namespace ui::dashboard
