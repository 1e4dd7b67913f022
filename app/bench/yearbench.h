#pragma once

#include "core/clock.h"
#include "core/result.h"

#include <QJsonObject>

namespace store {
class Database;
}

namespace bench {

struct YearBenchOptions {
    int days = 250;
    int casesPerDay = 100;
    QString folder; // empty: a temporary folder, removed afterwards
};

// The file the year scenario leaves in the folder it built: the check-in scenario adds its synthetic
// people to that station only, never to another station's database.
QString yearFolderMark(const QString &folder);

// A station with `days` working days of history (`casesPerDay` cases a day, each with the demo's
// two synthetic materials), built through the real services, then the figures of issue 21 taken
// on it. Needs the keychain (the station started as a process reads its key there).
QJsonObject runYearBench(const YearBenchOptions &options);

// One working day: a batch of `count` new people on the demo venue, each with `materialFiles` (none:
// no materials), then the day as the demo simulation runs it (check-in, draw, both examinations
// called and signed, review, conclusion); the clerk records the delivery of the conclusions of ten
// days before. `timedCheckIns` of them are checked in first, one by one, timed into `checkInMs`.
core::Status simulateWorkingDay(store::Database &db, core::ManualClock &clock, const QDate &day, int count,
                                const QList<QByteArray> &materialFiles, int timedCheckIns,
                                QList<double> *checkInMs);

} // namespace bench
