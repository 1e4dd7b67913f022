#pragma once

#include "store/auditlog.h"
#include "store/incrementalchecks.h"

namespace administration {

// The audit trail as the venue admin's audit page reads it: who acted, the entries a filter picks,
// and whether the hash chain is intact. Entries are written by the services that act, never here.
class AuditTrail
{
public:
    explicit AuditTrail(store::Database &database) : m_database(database), m_audit(database) {}

    QStringList actors() const { return m_audit.actors(); }
    QList<store::AuditEntry> search(const store::AuditFilter &filter) const { return m_audit.search(filter); }
    // The whole chain, every row: time grows with history (`audit verify --full`).
    store::AuditVerification verify() const { return m_audit.verify(); }
    // From the last sealed checkpoint on: what the page shows on every reload and `audit verify`
    // without --full, costing what happened since the previous check, not a year of history.
    store::IncrementalAudit verifySinceCheckpoint() const
    {
        return store::verifyAuditIncrementally(m_database);
    }

private:
    store::Database &m_database;
    store::AuditLog m_audit;
};

} // namespace administration
