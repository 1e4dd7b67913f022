#pragma once

#include "store/auditlog.h"

namespace administration {

// The audit trail as the venue admin's audit page reads it: who acted, the entries a filter picks,
// and whether the hash chain is intact. Entries are written by the services that act, never here.
class AuditTrail
{
public:
    explicit AuditTrail(store::Database &database) : m_audit(database) {}

    QStringList actors() const { return m_audit.actors(); }
    QList<store::AuditEntry> search(const store::AuditFilter &filter) const { return m_audit.search(filter); }
    store::AuditVerification verify() const { return m_audit.verify(); }

private:
    store::AuditLog m_audit;
};

} // namespace administration
