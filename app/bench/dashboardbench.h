#pragma once

#include <QJsonObject>

namespace bench {

struct DashboardBenchOptions {
    int days = 250;
    int casesPerDay = 100;
};

// A station with `days` working days of history at `casesPerDay` (the year scenario's generator,
// without medical materials: the figures do not read them), then what the dashboard page loads:
// the statistics of the last 30 days and of the whole history, today live, and the page opened on
// the month (charts built and painted, offscreen). Goal: under 300 ms.
QJsonObject runDashboardBench(const DashboardBenchOptions &options);

} // namespace bench
