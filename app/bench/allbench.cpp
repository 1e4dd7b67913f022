#include "allbench.h"

#include "callingbench.h"
#include "checkinbench.h"
#include "dashboardbench.h"
#include "stats.h"
#include "syncbench.h"
#include "venuebench.h"
#include "yearbench.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace bench {

namespace {

// The dashboard's goal is about a full year at 100 cases a day: `all` measures exactly that.
constexpr int kDashboardCasesPerDay = 100;

QString program(const char *name)
{
    return QCoreApplication::applicationDirPath() + QLatin1Char('/') + QString::fromLatin1(name);
}

// Resident memory of a process in KiB (VmRSS), 0 when unknown.
qint64 residentKib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

} // namespace

StartupFigures measureStartup(const QString &executable, const QStringList &arguments, bool readMemory)
{
    StartupFigures startup;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(executable, arguments);
    while (process.state() != QProcess::NotRunning && !process.canReadLine())
        process.waitForReadyRead(100);
    startup.readyMs = double(timer.nsecsElapsed()) / 1e6;
    if (!process.readLine().startsWith("ready")) {
        startup.error = QStringLiteral("%1 did not report ready: %2")
                            .arg(executable, QString::fromUtf8(process.readAllStandardError().right(400)));
        return startup;
    }
    if (readMemory) {
        QThread::msleep(2000);
        startup.idleRssKib = residentKib(process.processId());
    }
    process.terminate();
    if (!process.waitForFinished(5000))
        process.kill();
    return startup;
}

StartupComparison compareStartup(const QString &station, const QStringList &arguments, int rounds,
                                 bool readMemory)
{
    QList<double> stationMs;
    QList<double> bareMs;
    StartupComparison comparison;
    for (int round = 0; round < rounds; ++round) {
        const bool last = round == rounds - 1;
        comparison.station = measureStartup(station, arguments, readMemory && last);
        comparison.bare = measureStartup(QCoreApplication::applicationFilePath(),
                                         {QStringLiteral("bare-window")}, readMemory && last);
        if (!comparison.station.error.isEmpty() || !comparison.bare.error.isEmpty())
            return comparison;
        stationMs << comparison.station.readyMs;
        bareMs << comparison.bare.readyMs;
    }
    comparison.station.readyMs = percentile(stationMs, 0.5);
    comparison.bare.readyMs = percentile(bareMs, 0.5);
    return comparison;
}

namespace {

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly))
        for (const QByteArray &line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown");
}

qint64 memoryMib()
{
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly))
        for (const QByteArray &line : meminfo.readAll().split('\n'))
            if (line.startsWith("MemTotal:"))
                return line.mid(9).trimmed().split(' ').first().toLongLong() / 1024;
    return 0;
}

QString number(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 6) : QStringLiteral("—");
}

QString report(const QJsonObject &figures)
{
    const QJsonObject machine = figures.value(QStringLiteral("machine")).toObject();
    const auto row = [&](const QString &what, const QString &scenario, const QString &key,
                         const QString &unit, const QString &goal) {
        const QString figure = QStringLiteral("%1 %2")
                                   .arg(number(figures.value(scenario).toObject().value(key)), unit)
                                   .trimmed();
        return QStringLiteral("| %1 | %2 | %3 |\n").arg(what, figure, goal);
    };
    QString text =
        QStringLiteral(
            "# Benchmarks\n\n"
            "Written by `appraisal-bench all --json` (do not edit by hand). Every figure comes from the real "
            "code paths on this machine, in one run.\n\n"
            "## Machine\n\n"
            "- %1, %2 logical CPUs, %3 MiB memory\n"
            "- %4, Qt %5\n"
            "- run at %6\n\n"
            "## Figures\n\n"
            "| what | figure | goal |\n| --- | --- | --- |\n")
            .arg(machine.value(QStringLiteral("cpu")).toString())
            .arg(machine.value(QStringLiteral("cpus")).toInt())
            .arg(machine.value(QStringLiteral("memory_mib")).toInteger())
            .arg(machine.value(QStringLiteral("os")).toString(),
                 machine.value(QStringLiteral("qt")).toString(),
                 machine.value(QStringLiteral("at")).toString());
    text += row(QStringLiteral("check-in, p50"), QStringLiteral("checkin"), QStringLiteral("p50_ms"),
                QStringLiteral("ms"), {});
    text += row(QStringLiteral("check-in, p95"), QStringLiteral("checkin"), QStringLiteral("p95_ms"),
                QStringLiteral("ms"), {});
    text += row(QStringLiteral("bare durable commit, p95 (the floor)"), QStringLiteral("checkin"),
                QStringLiteral("commit_ms"), QStringLiteral("ms"), {});
    text += row(QStringLiteral("ticket as ESC/POS, p95"), QStringLiteral("checkin"),
                QStringLiteral("escpos_p95_ms"), QStringLiteral("ms"), {});
    text += row(QStringLiteral("ticket as PDF, p95"), QStringLiteral("checkin"), QStringLiteral("pdf_p95_ms"),
                QStringLiteral("ms"), {});
    text += row(QStringLiteral("call to hall display (one PC), p50"), QStringLiteral("calling"),
                QStringLiteral("p50_ms"), QStringLiteral("ms"), {});
    text += row(QStringLiteral("call to hall display (one PC), p95"), QStringLiteral("calling"),
                QStringLiteral("p95_ms"), QStringLiteral("ms"), {});
    text += row(QStringLiteral("sync upload"), QStringLiteral("sync"), QStringLiteral("records_per_s"),
                QStringLiteral("records/s"), {});
    text += row(QStringLiteral("raw SQLite insert, same rows"), QStringLiteral("sync"),
                QStringLiteral("raw_insert_per_s"), QStringLiteral("rows/s"), {});
    text += row(QStringLiteral("sync ÷ raw insert"), QStringLiteral("sync"), QStringLiteral("ratio"), {},
                QStringLiteral("≥ 0.25"));
    text += row(QStringLiteral("call to display via the venue hub, 20 stations, p50"),
                QStringLiteral("venue"), QStringLiteral("p50_ms"), QStringLiteral("ms"), {});
    text +=
        row(QStringLiteral("call to display via the venue hub, 20 stations, p95"), QStringLiteral("venue"),
            QStringLiteral("p95_ms"), QStringLiteral("ms"), QStringLiteral("≤ 100 ms"));
    text += row(QStringLiteral("cold start to the login window"), QStringLiteral("startup"),
                QStringLiteral("station_ms"), QStringLiteral("ms"), {});
    text += row(QStringLiteral("cold start of a bare Qt Widgets window"), QStringLiteral("startup"),
                QStringLiteral("bare_window_ms"), QStringLiteral("ms"), {});
    text += row(QStringLiteral("idle station, resident memory"), QStringLiteral("startup"),
                QStringLiteral("station_rss_mib"), QStringLiteral("MiB"), {});
    text += row(QStringLiteral("idle bare window, resident memory"), QStringLiteral("startup"),
                QStringLiteral("bare_window_rss_mib"), QStringLiteral("MiB"), {});
    const QJsonObject dashboard = figures.value(QStringLiteral("dashboard")).toObject();
    text +=
        QStringLiteral("\n## The dashboard on a year of work\n\n"
                       "`appraisal-bench dashboard`: %1 working days of %2 cases (%3 cases), median of five "
                       "runs each; goal: under 300 ms.\n\n| what | figure | goal |\n| --- | --- | --- |\n")
            .arg(number(dashboard.value(QStringLiteral("days"))), QString::number(kDashboardCasesPerDay),
                 number(dashboard.value(QStringLiteral("cases"))));
    text += row(QStringLiteral("statistics of the last 30 days"), QStringLiteral("dashboard"),
                QStringLiteral("month_ms"), QStringLiteral("ms"), QStringLiteral("< 300 ms"));
    text += row(QStringLiteral("statistics of the whole year"), QStringLiteral("dashboard"),
                QStringLiteral("year_ms"), QStringLiteral("ms"), QStringLiteral("< 300 ms"));
    text += row(QStringLiteral("today, live"), QStringLiteral("dashboard"), QStringLiteral("today_ms"),
                QStringLiteral("ms"), QStringLiteral("< 300 ms"));
    text +=
        row(QStringLiteral("page opened (this month, charts built and painted)"), QStringLiteral("dashboard"),
            QStringLiteral("page_open_ms"), QStringLiteral("ms"), QStringLiteral("< 300 ms"));
    const QJsonObject day1 = figures.value(QStringLiteral("year_day1")).toObject();
    const QJsonObject year = figures.value(QStringLiteral("year")).toObject();
    text +=
        QStringLiteral("\n## A year at a busy venue\n\n"
                       "`appraisal-bench year`: day 1 (%1 cases) beside %2 days of history (%3 cases); goal: "
                       "every figure within 1.5× of day 1, startup ≤ 1.5× a bare Qt window, no UI stall "
                       "over 50 ms while a backup runs.\n\n"
                       "| figure | day 1 | after %2 days | ratio |\n| --- | --- | --- | --- |\n")
            .arg(number(day1.value(QStringLiteral("cases"))), number(year.value(QStringLiteral("days"))),
                 number(year.value(QStringLiteral("cases"))));
    for (const char *key :
         {"db_mib", "materials_mib", "startup_ms", "bare_window_ms", "login_ms", "checkin_p95_ms",
          "commit_ms", "status_counts_ms", "backup_ms", "backup_ui_stall_ms", "audit_verify_ms",
          "deadline_list_ms", "display_catchup_ms", "worklist_ms"}) {
        const QString name = QString::fromLatin1(key);
        const double first = day1.value(name).toDouble();
        const double later = year.value(name).toDouble();
        text += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                    .arg(name, number(day1.value(name)), number(year.value(name)),
                         first > 0 ? QString::number(later / first, 'f', 2) : QStringLiteral("—"));
    }
    text += QStringLiteral(
        "\n## Reproduce\n\n"
        "```sh\n"
        "cmake -S . -B build -G Ninja && cmake --build build\n"
        "QT_QPA_PLATFORM=offscreen packaging/with-keyring.sh build/bin/appraisal-bench all --json   # "
        "rewrites docs/benchmarks.md\n"
        "```\n\n"
        "Each scenario also runs alone (`appraisal-bench checkin|calling|sync|venue|year|dashboard --json`); "
        "the "
        "README's "
        "Benchmarks section says what each one times. The start-up rows time the station from its start "
        "until its login window is up (`appraisal-station --startup-probe`, demo venue, offscreen) and a "
        "bare "
        "`QWidget` the same way, then read each one's resident memory after two idle seconds. "
        "The keychain wrapper gives the station its data key without a desktop session.\n");
    return text;
}

} // namespace

namespace {

// "ready" once the window has been painted, as the station says it of its login window
// (ui::FirstPaint): a timer after show() could fire before the first paint.
class ReadyAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_told) {
            m_told = true;
            QTimer::singleShot(0, [] {
                std::fputs("ready\n", stdout);
                std::fflush(stdout);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_told = false;
};

} // namespace

int runBareWindow()
{
    QWidget window;
    window.resize(1280, 800);
    window.installEventFilter(new ReadyAfterFirstPaint(&window));
    window.show();
    return qApp->exec();
}

// The year scenario inside `all`: history enough to show growth, in minutes rather than hours (the
// full 250 × 100 runs alone: appraisal-bench year).
constexpr int kYearDays = 60;
constexpr int kYearCasesPerDay = 30;

QJsonObject runAllBenches(const QString &reportPath)
{
    QJsonObject figures;
    // The upload first: it waits on the disk most, and the others' thousands of durable commits
    // leave the disk busy writing back for a while.
    figures.insert(QStringLiteral("sync"), runSyncBench(10000, {}));
    figures.insert(QStringLiteral("venue"), runVenueBench(200, 20));
    figures.insert(QStringLiteral("checkin"), runCheckInBench({1000, {}}));
    figures.insert(QStringLiteral("calling"), runCallingBench(500));
    figures.insert(QStringLiteral("year_day1"), runYearBench({1, kYearCasesPerDay, {}}));
    figures.insert(QStringLiteral("year"), runYearBench({kYearDays, kYearCasesPerDay, {}}));
    figures.insert(QStringLiteral("dashboard"), runDashboardBench({}));

    // The station starts on a demo venue prepared by the admin tool, with the key in the keychain.
    QTemporaryDir folder;
    QProcess admin;
    admin.start(program("appraisal-admin"),
                {QStringLiteral("demo"), QStringLiteral("load"), QStringLiteral("--data-dir"), folder.path(),
                 QStringLiteral("--json")});
    admin.waitForFinished(120000);
    QJsonObject startup;
    if (admin.exitCode() != 0) {
        startup.insert(QStringLiteral("error"),
                       QStringLiteral("appraisal-admin demo load failed: %1")
                           .arg(QString::fromUtf8(admin.readAllStandardError().right(400))));
    } else {
        const auto [station, bare] =
            compareStartup(program("appraisal-station"),
                           {QStringLiteral("--data-dir"), folder.path(), QStringLiteral("--startup-probe")},
                           kStartupRounds, true);
        if (!station.error.isEmpty() || !bare.error.isEmpty())
            startup.insert(QStringLiteral("error"), station.error.isEmpty() ? bare.error : station.error);
        startup.insert(QStringLiteral("station_ms"), rounded(station.readyMs));
        startup.insert(QStringLiteral("bare_window_ms"), rounded(bare.readyMs));
        startup.insert(QStringLiteral("station_rss_mib"), rounded(station.idleRssKib / 1024.0));
        startup.insert(QStringLiteral("bare_window_rss_mib"), rounded(bare.idleRssKib / 1024.0));
    }
    figures.insert(QStringLiteral("startup"), startup);
    figures.insert(QStringLiteral("machine"),
                   QJsonObject{{QStringLiteral("cpu"), cpuModel()},
                               {QStringLiteral("cpus"), QThread::idealThreadCount()},
                               {QStringLiteral("memory_mib"), memoryMib()},
                               {QStringLiteral("os"), QSysInfo::prettyProductName()},
                               {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                               {QStringLiteral("at"), QDateTime::currentDateTime().toString(Qt::ISODate)}});
    QFile file(reportPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        figures.insert(QStringLiteral("error"), QStringLiteral("cannot write %1").arg(reportPath));
        return figures;
    }
    file.write(report(figures).toUtf8());
    figures.insert(QStringLiteral("report"), reportPath);
    for (const QString &scenario : figures.keys())
        if (figures.value(scenario).toObject().contains(QStringLiteral("error")))
            figures.insert(
                QStringLiteral("error"),
                QStringLiteral("%1: %2").arg(
                    scenario, figures.value(scenario).toObject().value(QStringLiteral("error")).toString()));
    return figures;
}

} // namespace bench
