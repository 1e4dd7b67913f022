#include "allbench.h"

#include "callingbench.h"
#include "checkinbench.h"
#include "stats.h"
#include "syncbench.h"
#include "venuebench.h"

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

struct Startup {
    double readyMs = 0;
    qint64 idleRssKib = 0;
    QString error;
};

// Starts a program that prints "ready" once its first window is up; times that, lets it sit idle
// for two seconds and reads its resident memory.
Startup measureStartup(const QString &executable, const QStringList &arguments)
{
    Startup startup;
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
    QThread::msleep(2000);
    startup.idleRssKib = residentKib(process.processId());
    process.terminate();
    if (!process.waitForFinished(5000))
        process.kill();
    return startup;
}

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
    text += QStringLiteral(
        "\n## Reproduce\n\n"
        "```sh\n"
        "cmake -S . -B build -G Ninja && cmake --build build\n"
        "QT_QPA_PLATFORM=offscreen packaging/with-keyring.sh build/bin/appraisal-bench all --json   # "
        "rewrites docs/benchmarks.md\n"
        "```\n\n"
        "Each scenario also runs alone (`appraisal-bench checkin|calling|sync|venue --json`); the README's "
        "Benchmarks section says what each one times. The start-up rows time the station from its start "
        "until its login window is up (`appraisal-station --startup-probe`, demo venue, offscreen) and a "
        "bare "
        "`QWidget` the same way, then read each one's resident memory after two idle seconds. "
        "The keychain wrapper gives the station its data key without a desktop session.\n");
    return text;
}

} // namespace

int runBareWindow()
{
    QWidget window;
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(0, [] {
        std::fputs("ready\n", stdout);
        std::fflush(stdout);
    });
    return qApp->exec();
}

QJsonObject runAllBenches(const QString &reportPath)
{
    QJsonObject figures;
    // The upload first: it waits on the disk most, and the others' thousands of durable commits
    // leave the disk busy writing back for a while.
    figures.insert(QStringLiteral("sync"), runSyncBench(10000, {}));
    figures.insert(QStringLiteral("venue"), runVenueBench(200, 20));
    figures.insert(QStringLiteral("checkin"), runCheckInBench({1000, {}}));
    figures.insert(QStringLiteral("calling"), runCallingBench(500));

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
        const Startup station =
            measureStartup(program("appraisal-station"),
                           {QStringLiteral("--data-dir"), folder.path(), QStringLiteral("--startup-probe")});
        const Startup bare =
            measureStartup(QCoreApplication::applicationFilePath(), {QStringLiteral("bare-window")});
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
