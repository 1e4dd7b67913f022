#pragma once

#include "auditlog.h"

#include <QMap>

namespace store {

// Checks that cost what happened since the last one, not a year of history (issue 21).

struct IncrementalAudit {
    AuditVerification verification; // `rows`: the rows checked in this run
    qint64 fromSeq = 1;             // the first row checked
};

// `appraisal-admin audit verify` without --full: the hash chain from the last verified row on. The
// checkpoint (that row's number and hash) is sealed with the station's data key and bound to its
// own id, so editing the database cannot move it over changed rows; the checkpoint row itself is
// checked again. A checkpoint that does not open counts for nothing: the whole chain is read.
// An edit of a row before the checkpoint is found by the full verification only.
IncrementalAudit verifyAuditIncrementally(Database &database);

// Row counts per table like Database::rowCounts(), without scanning the two tables that grow with
// every action: the outbox from the tally its triggers keep, the audit trail from its last row
// (never deleted from; the chain has no gaps, audit verify checks that).
QMap<QString, qint64> rowCountsCheaply(Database &database);

} // namespace store
