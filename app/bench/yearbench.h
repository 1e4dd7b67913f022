#pragma once

#include <QJsonObject>

namespace bench {

struct YearBenchOptions {
    int days = 250;
    int casesPerDay = 100;
    QString folder; // empty: a temporary folder, removed afterwards
};

// A station with `days` working days of history (`casesPerDay` cases a day, each with the demo's
// two synthetic materials), built through the real services, then the figures of issue 21 taken
// on it. Needs the keychain (the station started as a process reads its key there).
QJsonObject runYearBench(const YearBenchOptions &options);

} // namespace bench
