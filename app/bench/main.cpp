#include "allbench.h"
#include "callingbench.h"
#include "checkinbench.h"
#include "dashboardbench.h"
#include "syncbench.h"
#include "tablefitbench.h"
#include "venuebench.h"
#include "yearbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace {

void print(const QJsonObject &figures, bool json)
{
    if (json) {
        std::fputs(QJsonDocument(figures).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputs("\n", stdout);
        return;
    }
    for (auto it = figures.constBegin(); it != figures.constEnd(); ++it)
        std::printf("%-16s %s\n", qPrintable(it.key()), qPrintable(it.value().toVariant().toString()));
}

} // namespace

int main(int argc, char **argv)
{
    // Ticket rendering lays out text: a GUI application on the offscreen platform, no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // the calling scenario repaints the hall display
    QCoreApplication::setApplicationName(QStringLiteral("appraisal-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APPRAISAL_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Benchmarks of the appraisal-site workstation. Scenarios:\n"
        "  checkin   check-ins through the real services (card frame parsed, roster match, "
        "ticket, commit with "
        "its outbox row); prints p50_ms, p95_ms, commit_ms (p95 of bare WAL+FULL single-row "
        "commits in the same "
        "run), escpos_p95_ms and pdf_p95_ms (ticket rendering). With --data-dir naming a year "
        "scenario's folder, the check-ins go into that station (opened with its key), on a year of "
        "history; once a day per folder.\n"
        "  calling   calls through the real call authority (default 500), each timed from "
        "\"call next\" until the hall display has read the event, updated and repainted; "
        "prints p50_ms, p95_ms.\n"
        "  sync      outbox records (default 10000) uploaded by the real uploader to appraisal-server "
        "over TLS on loopback; prints records_per_s, raw_insert_per_s (one SQLite transaction "
        "inserting the same rows, same run) and ratio.\n"
        "  venue     a venue hub over TLS on loopback with --stations connected stations (default 20: a "
        "hall display and exam rooms); \"call next\" from the rooms (default 200), each timed until "
        "the display station has the call event; prints p50_ms, p95_ms.\n"
        "  year      a station with --days working days of history (default 250) of --cases-per-day cases "
        "(default 100), each with the demo's two synthetic materials, built through the real services (the "
        "last day timed), then: db_mib, materials_mib, startup_ms and bare_window_ms (processes started to "
        "their first window, seven times each in turns, the medians), login_ms (password checked, main "
        "window built and painted), checkin_p95_ms "
        "(the last day), commit_ms (bare durable commit, same run), status_counts_ms, backup_ms, "
        "backup_ui_stall_ms (longest event-loop delay while the backup runs), audit_verify_ms, "
        "deadline_list_ms and deadline_list_rows (the clerk's first page and how many rows it held), "
        "display_catchup_ms, worklist_ms (every expert's exam and review lists, median of "
        "five rounds). Needs the keychain (packaging/with-keyring.sh).\n"
        "  dashboard a station with --days working days (default 250) of --cases-per-day cases (default 100) "
        "made by the year scenario's generator (no materials), then the dashboard's data load, each the "
        "median "
        "of five runs: month_ms (statistics of the last 30 days), year_ms (the whole history), today_ms "
        "(today "
        "live), page_open_ms (the page built, shown and painted on this month, offscreen); goal under 300 "
        "ms. "
        "Needs the keychain.\n"
        "  tablefit  the wide lists' fitting (ui::TableFit) on the audit trail's real model with --count "
        "rows "
        "(default 2000, the page's limit), styled and shown; each step timed until the page is painted: "
        "reset_ms (reload), narrow_ms and narrow_max_ms (a drag around 700 pixels, the list on 911x512), "
        "narrow_folded (columns folded), scroll_ms (a page down), wide_ms and wide_max_ms (a drag around "
        "1600 pixels).\n"
        "  all       every scenario above with its defaults, plus the cold start of appraisal-station to its "
        "login window (the median of seven starts) and its idle resident memory beside a bare Qt Widgets "
        "window in the same run; writes "
        "--report (default docs/benchmarks.md, run it from the source folder)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("scenario"),
        QStringLiteral("checkin | calling | sync | venue | year | dashboard | tablefit | all"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption count(QStringLiteral("count"),
                                   QStringLiteral("Operations to time (default: 1000 check-ins, 500 calls)."),
                                   QStringLiteral("N"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Folder for the bench database (default: a temporary folder, "
                       "removed afterwards). Put it on the disk you want to measure; the year scenario "
                       "wants an empty folder; checkin takes an empty folder or a year scenario's "
                       "(marked by its appraisal-bench-year.txt), no other station's."),
        QStringLiteral("D"));
    const QCommandLineOption stations(
        QStringLiteral("stations"), QStringLiteral("Connected stations in the venue scenario (default 20)."),
        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption reportPath(QStringLiteral("report"),
                                        QStringLiteral("Where the all scenario writes its report (default "
                                                       "docs/benchmarks.md)."),
                                        QStringLiteral("FILE"), QStringLiteral("docs/benchmarks.md"));
    const QCommandLineOption days(
        QStringLiteral("days"), QStringLiteral("Working days of history in the year scenario (default 250)."),
        QStringLiteral("N"), QStringLiteral("250"));
    const QCommandLineOption casesPerDay(QStringLiteral("cases-per-day"),
                                         QStringLiteral("Cases a day in the year scenario (default 100)."),
                                         QStringLiteral("M"), QStringLiteral("100"));
    parser.addOptions({json, count, dataDir, stations, reportPath, days, casesPerDay});
    parser.process(app);
    const QStringList scenario = parser.positionalArguments();
    if (scenario == QStringList{QStringLiteral("bare-window")}) // what `all` compares the station with
        return bench::runBareWindow();
    if (scenario == QStringList{QStringLiteral("all")}) {
        const QJsonObject figures = bench::runAllBenches(parser.value(reportPath));
        print(figures, parser.isSet(json));
        return figures.contains(QStringLiteral("error")) ? 1 : 0;
    }
    if (scenario == QStringList{QStringLiteral("year")}) {
        bool daysOk = false;
        bool casesOk = false;
        const bench::YearBenchOptions year{parser.value(days).toInt(&daysOk),
                                           parser.value(casesPerDay).toInt(&casesOk), parser.value(dataDir)};
        if (!daysOk || !casesOk || year.days < 1 || year.casesPerDay < 1) {
            std::fputs("--days and --cases-per-day must be positive numbers\n", stderr);
            return 2;
        }
        const QJsonObject figures = bench::runYearBench(year);
        print(figures, parser.isSet(json));
        return figures.contains(QStringLiteral("error")) ? 1 : 0;
    }
    if (scenario == QStringList{QStringLiteral("tablefit")}) {
        bool ok = true;
        const int rows = parser.isSet(count) ? parser.value(count).toInt(&ok) : 2000;
        if (!ok || rows < 1) {
            std::fputs("--count must be a positive number\n", stderr);
            return 2;
        }
        print(bench::runTableFitBench(rows), parser.isSet(json));
        return 0;
    }
    if (scenario == QStringList{QStringLiteral("dashboard")}) {
        bool daysOk = false;
        bool casesOk = false;
        const bench::DashboardBenchOptions dashboard{parser.value(days).toInt(&daysOk),
                                                     parser.value(casesPerDay).toInt(&casesOk)};
        if (!daysOk || !casesOk || dashboard.days < 1 || dashboard.casesPerDay < 1) {
            std::fputs("--days and --cases-per-day must be positive numbers\n", stderr);
            return 2;
        }
        const QJsonObject figures = bench::runDashboardBench(dashboard);
        print(figures, parser.isSet(json));
        return figures.contains(QStringLiteral("error")) ? 1 : 0;
    }
    if (scenario.size() != 1 || !QStringList{QStringLiteral("checkin"), QStringLiteral("calling"),
                                             QStringLiteral("sync"), QStringLiteral("venue")}
                                     .contains(scenario.first())) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return 2;
    }
    const bool calling = scenario.first() == QLatin1String("calling");
    const bool sync = scenario.first() == QLatin1String("sync");
    const bool venue = scenario.first() == QLatin1String("venue");
    bool ok = true;
    const int n = parser.isSet(count) ? parser.value(count).toInt(&ok)
                                      : (sync      ? 10000
                                         : calling ? 500
                                         : venue   ? 200
                                                   : 1000);
    if (!ok || n < 1) {
        std::fputs("--count must be a positive number\n", stderr);
        return 2;
    }
    const QJsonObject figures = venue     ? bench::runVenueBench(n, parser.value(stations).toInt())
                                : sync    ? bench::runSyncBench(n, parser.value(dataDir))
                                : calling ? bench::runCallingBench(n)
                                          : bench::runCheckInBench({n, parser.value(dataDir)});
    print(figures, parser.isSet(json));
    return figures.contains(QStringLiteral("error")) ? 1 : 0;
}
