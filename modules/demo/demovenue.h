#pragma once

#include "core/result.h"
#include "store/database.h"

#include <QCoreApplication>

namespace demo {

struct LoadSummary {
    QString venueId;
    QString batchId;
    int cases = 0;
    int experts = 0;
    int rooms = 0;
    int accounts = 0;
    int clauses = 0; // sample grading catalog entries
};

// Loads the synthetic demo venue (resources/demo, built in) with a batch for `today`, in one
// transaction. Loading again refreshes the venue data and moves the roster to today's batch.
class DemoVenue
{
    Q_DECLARE_TR_FUNCTIONS(demo::DemoVenue)
public:
    static core::Result<LoadSummary> load(store::Database &database, const QDate &today);
    static QString batchIdFor(const QString &venueId, const QDate &day);
};

} // namespace demo
