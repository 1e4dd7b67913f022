#include "incrementalchecks.h"

#include "auditrow.h"

#include <QDebug>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace store {

namespace {

const QString kCheckpointId = QStringLiteral("audit-checkpoint");
const QString kColumns = auditrow::columns();

AuditVerification brokenAt(qint64 seq, const QString &reason)
{
    AuditVerification result;
    result.intact = false;
    result.firstBrokenSeq = seq;
    result.reason = reason;
    return result;
}

qint64 scalar(Database &database, const QString &sql)
{
    Statement query = database.statement(sql);
    return query->exec() && query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace

IncrementalAudit verifyAuditIncrementally(Database &database)
{
    IncrementalAudit run;
    qint64 afterSeq = 0;
    QString previous = AuditLog::genesisHash();
    {
        Statement read =
            database.statement(QStringLiteral("SELECT sealed FROM audit_checkpoint WHERE id = 1"));
        if (read->exec() && read->next()) {
            const auto opened = database.sealer().open(read->value(0).toByteArray(), kCheckpointId);
            const QList<QByteArray> parts = opened ? opened->split(' ') : QList<QByteArray>();
            if (parts.size() == 2) {
                afterSeq = parts.at(0).toLongLong();
                previous = QString::fromLatin1(parts.at(1));
            }
        }
    }
    run.fromSeq = afterSeq + 1;
    if (afterSeq > 0) {
        Statement row =
            database.statement(QStringLiteral("SELECT %1 FROM audit_log WHERE seq = ?").arg(kColumns));
        row->addBindValue(afterSeq);
        if (!row->exec() || !row->next()) {
            run.verification = brokenAt(
                afterSeq, AuditLog::tr("row %1, the last one verified before, is gone").arg(afterSeq));
            return run;
        }
        const AuditEntry entry = auditrow::entryFrom(*row);
        if (entry.hash != previous || AuditLog::computeHash(entry) != entry.hash) {
            run.verification =
                brokenAt(afterSeq, AuditLog::tr("row %1 was changed after it was verified").arg(afterSeq));
            return run;
        }
    }
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? ORDER BY seq").arg(kColumns));
    query.addBindValue(afterSeq);
    if (!query.exec()) {
        run.verification = brokenAt(0, sqlError(AuditLog::tr("Reading the audit trail"), query));
        return run;
    }
    qint64 expectedSeq = afterSeq + 1;
    while (query.next()) {
        const AuditEntry entry = auditrow::entryFrom(query);
        ++run.verification.rows;
        QString broken;
        if (entry.seq != expectedSeq)
            broken = AuditLog::tr("row %1 follows row %2: rows in between were deleted")
                         .arg(entry.seq)
                         .arg(expectedSeq - 1);
        else if (entry.prevHash != previous)
            broken = AuditLog::tr("row %1 does not link to the row before it").arg(entry.seq);
        else if (AuditLog::computeHash(entry) != entry.hash)
            broken = AuditLog::tr("row %1 was changed after it was written").arg(entry.seq);
        if (!broken.isEmpty()) {
            const qint64 rows = run.verification.rows;
            run.verification = brokenAt(entry.seq, broken);
            run.verification.rows = rows;
            return run;
        }
        previous = entry.hash;
        expectedSeq = entry.seq + 1;
    }
    query.finish();
    if (expectedSeq - 1 > afterSeq) {
        const QByteArray sealed = database.sealer().seal(
            QByteArray::number(expectedSeq - 1) + ' ' + previous.toLatin1(), kCheckpointId);
        // A checkpoint is only a shortcut: when it cannot be saved, the next check starts from the
        // previous one and reads a few more rows, so the failure is logged and the run stands.
        const core::Status saved = database.transaction([&]() -> core::Status {
            Statement write =
                database.statement(QStringLiteral("INSERT INTO audit_checkpoint(id, sealed) VALUES(1, ?) "
                                                  "ON CONFLICT(id) DO UPDATE SET sealed = excluded.sealed"));
            write->addBindValue(sealed);
            return write->exec()
                       ? core::Status()
                       : core::Status::failure(sqlError(AuditLog::tr("Saving the checkpoint"), *write));
        });
        if (!saved)
            qWarning().noquote() << saved.error();
    }
    return run;
}

QMap<QString, qint64> rowCountsCheaply(Database &database)
{
    QMap<QString, qint64> counts;
    for (const char *table : {"venues", "lanes", "batches", "cases", "case_transitions", "experts", "rooms",
                              "tickets", "walk_ins", "accounts"})
        counts.insert(QString::fromLatin1(table),
                      scalar(database, QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table)));
    counts.insert(QStringLiteral("outbox"),
                  scalar(database, QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM outbox_tally")));
    counts.insert(QStringLiteral("audit_log"),
                  scalar(database, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_log")));
    return counts;
}

} // namespace store
