#pragma once

#include <QJsonObject>

namespace bench {

struct CheckInBenchOptions {
    int count = 1000;
    QString folder; // empty: a temporary folder
};

// 1,000 check-ins through the real services, and the durability floor measured in the same run.
QJsonObject runCheckInBench(const CheckInBenchOptions &options);

} // namespace bench
