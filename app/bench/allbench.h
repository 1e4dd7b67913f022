#pragma once

#include <QJsonObject>
#include <QStringList>

namespace bench {

// Every scenario in one run (check-in, calling, sync, venue), plus the cold start of the station
// to its login window and its idle resident memory, each beside a bare Qt Widgets window measured
// in the same run; writes the report to `reportPath` (docs/benchmarks.md).
QJsonObject runAllBenches(const QString &reportPath);

struct StartupFigures {
    double readyMs = 0;
    qint64 idleRssKib = 0;
    QString error;
};
// Starts a program that prints "ready" once its first window is up and times that; with
// `readMemory`, lets it sit idle for two seconds and reads its resident memory.
StartupFigures measureStartup(const QString &executable, const QStringList &arguments,
                              bool readMemory = true);

// The station and the bare window, each started `rounds` times in turns, so that what the machine
// does meanwhile weighs on both alike: the median of each (one start is noise on a shared machine:
// 338 ms once after a 2.5 GB write, 43 ms repeated). Memory, when read, is of the last start.
constexpr int kStartupRounds = 7;
struct StartupComparison {
    StartupFigures station;
    StartupFigures bare;
};
StartupComparison compareStartup(const QString &station, const QStringList &arguments, int rounds,
                                 bool readMemory);

// The bare window the station is compared with: shows one QWidget, prints "ready", stays idle.
int runBareWindow();

} // namespace bench
