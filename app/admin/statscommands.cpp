#include "command.h"

#include "statistics/reportformat.h"
#include "statistics/statisticsservice.h"
#include "store/database.h"

namespace admin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("admin", text);
}

// Only YYYY-MM-DD: a date like 2026-2-30 or 20261201 is refused, not guessed.
QDate strictDate(const QString &text)
{
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    return date.isValid() && date.toString(QStringLiteral("yyyy-MM-dd")) == text ? date : QDate();
}

int printStatistics(QCommandLineParser &parser)
{
    const QString fromText = parser.value(QStringLiteral("from"));
    const QString toText = parser.value(QStringLiteral("to"));
    if (fromText.isEmpty() || toText.isEmpty()) {
        printError(tr("Give the days to count: --from YYYY-MM-DD --to YYYY-MM-DD (both included)."));
        return UsageError;
    }
    const QDate from = strictDate(fromText);
    const QDate to = strictDate(toText);
    for (const auto &[text, date, option] : {std::tuple{fromText, from, QStringLiteral("--from")},
                                             std::tuple{toText, to, QStringLiteral("--to")}})
        if (!date.isValid()) {
            printError(tr("%1 %2 is not a date; write it as YYYY-MM-DD, e.g. 2026-12-01.").arg(option, text));
            return UsageError;
        }
    if (from > to) {
        printError(tr("--from %1 is after --to %2; give the earlier day first.").arg(fromText, toText));
        return UsageError;
    }
    core::SystemClock clock;
    const auto station = openStationServices(dataDirFrom(parser), clock, Create::Never);
    if (!station)
        return Failed;
    // The command line is the administrator at the machine: experts by their ids, never by name.
    const statistics::RangeReport report =
        station->services().statistics().range(from, to, statistics::ExpertNames::Shown);
    if (parser.isSet(jsonOption()))
        printJson(statistics::toJson(report));
    else
        printLine(statistics::toText(report));
    return Ok;
}

} // namespace

QList<Command> statsCommands()
{
    return {
        {QStringLiteral("stats"), QString(),
         tr("The venue's figures for a range of days, as the dashboard shows them: arrivals, conclusions, "
            "no-shows, withdrawals, walk-ins, the wait from check-in to the first call (p50, p90 in "
            "minutes), "
            "cases by appraisal type, conclusions by grade (1–10, none: concluded without a grade), the "
            "legal "
            "time limits of the cases concluded in the range (on_time: within 60 days of acceptance; "
            "extended: "
            "later, within the recorded extension; overdue: later than that; delivered_on_time: delivered "
            "within 15 days of the conclusion; delivered_late: delivered later, or not delivered when the 15 "
            "days ran out), and per expert: examinations, reviews, agreement with the other examiner on the "
            "grade (same, one apart, more), reviews that concluded a grade no examiner gave "
            "(grade_changed_by_review), the share of the expert's examinations on concluded cases with the "
            "conclusion's grade (matches_conclusion, 0–1, null when none is concluded) and the median "
            "examination in minutes (median_exam_minutes). See the README for every field."),
         [](QCommandLineParser &parser) {
             parser.addOption({QStringLiteral("from"), tr("First day counted (YYYY-MM-DD)."),
                               QStringLiteral("YYYY-MM-DD")});
             parser.addOption(
                 {QStringLiteral("to"), tr("Last day counted (YYYY-MM-DD)."), QStringLiteral("YYYY-MM-DD")});
             parser.addOption(dataDirOption());
             parser.addOption(jsonOption());
         },
         printStatistics},
    };
}

} // namespace admin
