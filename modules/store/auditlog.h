#pragma once

#include "outbox.h"

#include <QJsonObject>

namespace store {

struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;
    QString actor;   // account user name, or the name tried at a failed login
    QString action;  // "login", "login_failed", "case.checked_in", …
    QString subject; // what it acted on: acceptance number, account, setting
    QJsonObject details;
    QString prevHash;
    QString hash;
};

struct AuditVerification {
    bool intact = true;
    qint64 rows = 0;
    qint64 firstBrokenSeq = 0; // 0 when intact
    QString reason;
};

// Append-only, hash-chained record of who did what. Rows also go to the outbox, so the central
// system holds a copy that a local edit cannot reach.
// Which audit rows to show; empty fields match everything.
struct AuditFilter {
    QString actor;  // exact user name
    QString action; // prefix, e.g. "case." or "login"
    QDateTime from;
    QDateTime to;
    int limit = 2000;
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(store::AuditLog)
public:
    explicit AuditLog(Database &database);

    // Joins the caller's transaction when there is one, so an action and its audit row commit together.
    core::Status append(const QString &actor, const QString &action, const QString &subject = {},
                        const QJsonObject &details = {});
    AuditVerification verify() const;
    QList<AuditEntry> entries(qint64 afterSeq = 0, int limit = 1000) const;
    // Newest first.
    QList<AuditEntry> search(const AuditFilter &filter) const;
    QStringList actors() const;

    static QString genesisHash();
    static QString computeHash(const AuditEntry &entry);

private:
    Database &m_database;
    Outbox m_outbox;
};

} // namespace store
