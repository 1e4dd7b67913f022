#pragma once

#include <QJsonObject>

namespace bench {

// Every scenario in one run (check-in, calling, sync, venue), plus the cold start of the station
// to its login window and its idle resident memory, each beside a bare Qt Widgets window measured
// in the same run; writes the report to `reportPath` (docs/benchmarks.md).
QJsonObject runAllBenches(const QString &reportPath);

// The bare window the station is compared with: shows one QWidget, prints "ready", stays idle.
int runBareWindow();

} // namespace bench
