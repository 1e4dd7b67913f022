#pragma once

#include "rosterparser.h"

#include "accounts/permissions.h"
#include "store/database.h"

namespace roster {

struct ImportSummary {
    int imported = 0;
    QList<RejectedRow> rejected;
    QString batchId;
    bool batchCreated = false;
};

// Imports a roster CSV into `batchId`: bad rows are reported with their line, good rows are saved
// in one transaction (all of them or none). With `createBatch`, a missing batch is created for
// today at the station's configured venue.
class RosterImporter
{
    Q_DECLARE_TR_FUNCTIONS(roster::RosterImporter)
public:
    explicit RosterImporter(store::Database &database);
    core::Result<ImportSummary> import(const accounts::Session &session, const QString &csvText,
                                       const QString &batchId, bool createBatch);

private:
    store::Database &m_database;
};

} // namespace roster
