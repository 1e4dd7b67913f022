#pragma once

// How an audit_log row is read, shared by the audit log and its incremental verification (store
// internal: not included outside the module).

#include "auditlog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace store::auditrow {

// The columns of audit_log in the order entryFrom() reads them.
inline QString columns()
{
    return QStringLiteral("seq, at, actor, action, subject, details, prev_hash, hash");
}

inline AuditEntry entryFrom(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.subject = query.value(4).toString();
    entry.details = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    entry.prevHash = query.value(6).toString();
    entry.hash = query.value(7).toString();
    return entry;
}

} // namespace store::auditrow
