#include "auditlog.h"

#include "auditrow.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace store {

namespace {

const QString kColumns = auditrow::columns();

} // namespace

AuditLog::AuditLog(Database &database) : m_database(database), m_outbox(database) {}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::computeHash(const AuditEntry &entry)
{
    // Length-prefixed fields: no two different rows share a canonical form.
    const QStringList fields{QString::number(entry.seq),
                             entry.at.toString(Qt::ISODateWithMs),
                             entry.actor,
                             entry.action,
                             entry.subject,
                             QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)),
                             entry.prevHash};
    QByteArray canonical;
    for (const QString &field : fields) {
        const QByteArray utf8 = field.toUtf8();
        canonical += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
    }
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

core::Status AuditLog::append(const QString &actor, const QString &action, const QString &subject,
                              const QJsonObject &details)
{
    return m_database.transaction([&]() -> core::Status {
        AuditEntry entry;
        entry.prevHash = genesisHash();
        entry.seq = 1;
        {
            Statement last = m_database.statement(
                QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
            if (!last->exec())
                return core::Status::failure(sqlError(tr("Reading the audit trail"), *last));
            if (last->next()) {
                entry.seq = last->value(0).toLongLong() + 1;
                entry.prevHash = last->value(1).toString();
            }
        }
        entry.at = m_database.clock().now();
        entry.actor = actor;
        entry.action = action;
        entry.subject = subject;
        entry.details = details;
        entry.hash = computeHash(entry);

        Statement insert = m_database.statement(
            QStringLiteral("INSERT INTO audit_log(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns));
        bindAll(*insert, {entry.seq, entry.at.toString(Qt::ISODateWithMs), actor, action, subject,
                          QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)),
                          entry.prevHash, entry.hash});
        if (!insert->exec())
            return core::Status::failure(sqlError(tr("Writing the audit trail"), *insert));
        return m_outbox.append(QStringLiteral("audit"), QString::number(entry.seq),
                               {{QStringLiteral("seq"), entry.seq},
                                {QStringLiteral("at"), entry.at.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("actor"), actor},
                                {QStringLiteral("action"), action},
                                {QStringLiteral("subject"), subject},
                                {QStringLiteral("details"), details},
                                {QStringLiteral("prev_hash"), entry.prevHash},
                                {QStringLiteral("hash"), entry.hash}},
                               Outbox::Versioning::FirstOnly);
    });
}

AuditVerification AuditLog::verify() const
{
    AuditVerification result;
    QSqlQuery query(m_database.connection());
    // Forward only: a year of rows is read once, never held in memory.
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns))) {
        result.intact = false;
        result.reason = sqlError(tr("Reading the audit trail"), query);
        return result;
    }
    QString previous = genesisHash();
    qint64 expectedSeq = 1;
    while (query.next()) {
        const AuditEntry entry = auditrow::entryFrom(query);
        ++result.rows;
        auto broken = [&](const QString &reason) {
            result.intact = false;
            result.firstBrokenSeq = entry.seq;
            result.reason = reason;
        };
        if (entry.seq != expectedSeq)
            broken(tr("row %1 follows row %2: rows in between were deleted")
                       .arg(entry.seq)
                       .arg(expectedSeq - 1));
        else if (entry.prevHash != previous)
            broken(tr("row %1 does not link to the row before it").arg(entry.seq));
        else if (computeHash(entry) != entry.hash)
            broken(tr("row %1 was changed after it was written").arg(entry.seq));
        if (!result.intact)
            return result;
        previous = entry.hash;
        expectedSeq = entry.seq + 1;
    }
    return result;
}

QList<AuditEntry> AuditLog::search(const AuditFilter &filter) const
{
    QList<AuditEntry> list;
    QSqlQuery query(m_database.connection());
    // ISO timestamps of one clock compare correctly as text.
    query.prepare(
        QStringLiteral("SELECT %1 FROM audit_log WHERE (? = '' OR actor = ?) AND (? = '' OR action LIKE ? "
                       "ESCAPE '\\') AND (? = '' OR at >= ?) AND (? = '' OR at <= ?) ORDER BY seq DESC "
                       "LIMIT ?")
            .arg(kColumns));
    QString pattern = filter.action;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString from = filter.from.isValid() ? filter.from.toString(Qt::ISODateWithMs) : QString();
    const QString to = filter.to.isValid() ? filter.to.toString(Qt::ISODateWithMs) : QString();
    bindAll(query, {filter.actor, filter.actor, filter.action, pattern + QLatin1Char('%'), from, from, to, to,
                    filter.limit});
    if (!query.exec())
        return list;
    while (query.next())
        list << auditrow::entryFrom(query);
    return list;
}

QStringList AuditLog::actors() const
{
    QStringList names;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor"))) {
        while (query.next())
            names << query.value(0).toString();
    }
    return names;
}

QList<AuditEntry> AuditLog::entries(qint64 afterSeq, int limit) const
{
    QList<AuditEntry> list;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?").arg(kColumns));
    bindAll(query, {afterSeq, limit});
    if (!query.exec())
        return list;
    while (query.next())
        list << auditrow::entryFrom(query);
    return list;
}

} // namespace store
