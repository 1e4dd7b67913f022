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

// The bare window the station is compared with: shows one QWidget, prints "ready", stays idle.
int runBareWindow();

} // namespace bench
