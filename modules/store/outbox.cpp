#include "outbox.h"

#include "core/ids.h"
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace store {

Outbox::Outbox(Database &database) : m_database(database) {}

core::Status Outbox::append(const QString &type, const QString &entityKey, const QJsonObject &payload,
                            Versioning versioning)
{
    if (!m_database.inTransaction())
        return core::Status::failure(tr("Internal error: an outbox row must be written in the same "
                                        "transaction as its record."));
    QVariant predecessor; // SQL NULL for the first version
    int version = 1;
    if (versioning == Versioning::Next) {
        Statement last =
            m_database.statement(QStringLiteral("SELECT record_id, version FROM outbox WHERE origin = '' AND "
                                                "type = ? AND entity_key = ? ORDER BY version DESC LIMIT 1"));
        bindAll(*last, {type, entityKey});
        if (!last->exec())
            return core::Status::failure(sqlError(tr("Reading the outbox"), *last));
        if (last->next()) {
            predecessor = last->value(0).toString();
            version = last->value(1).toInt() + 1;
        }
    }

    Statement insert =
        m_database.statement(QStringLiteral("INSERT INTO outbox(record_id, type, entity_key, version, "
                                            "predecessor, sealed_payload, created_at) "
                                            "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    const QString recordId = core::timeOrderedId(m_database.clock().now());
    bindAll(*insert,
            {recordId, type, entityKey, version, predecessor,
             m_database.sealer().seal(QJsonDocument(payload).toJson(QJsonDocument::Compact), recordId),
             m_database.clock().now().toString(Qt::ISODateWithMs)});
    if (!insert->exec())
        return core::Status::failure(sqlError(tr("Writing the outbox"), *insert));
    return {};
}

core::Result<Outbox::Relayed> Outbox::relay(const QString &origin, const QString &recordId,
                                            const QString &type, const QString &entityKey, int version,
                                            const QString &predecessor, const QByteArray &payloadJson,
                                            QString *why)
{
    using R = core::Result<Relayed>;
    if (!m_database.inTransaction())
        return R::failure(tr("Internal error: a forwarded record must be kept in a transaction."));
    Statement known = m_database.statement(QStringLiteral(
        "SELECT record_id, sealed_payload FROM outbox WHERE record_id = ? OR (origin = ? AND type = ? AND "
        "entity_key = ? AND version = ?)"));
    bindAll(*known, {recordId, origin, type, entityKey, version});
    if (!known->exec())
        return R::failure(sqlError(tr("Reading the outbox"), *known));
    if (known->next()) {
        const QString storedId = known->value(0).toString();
        if (storedId != recordId) {
            *why = QStringLiteral("version %1 of %2 %3 from %4 is here already as record %5")
                       .arg(version)
                       .arg(type, entityKey, origin, storedId);
            return Relayed::Conflict;
        }
        const auto opened = m_database.sealer().open(known->value(1).toByteArray(), recordId);
        if (opened && *opened == payloadJson)
            return Relayed::Duplicate;
        *why = QStringLiteral("a record with this id and other content is here already");
        return Relayed::Conflict;
    }
    Statement insert = m_database.statement(
        QStringLiteral("INSERT INTO outbox(record_id, origin, type, entity_key, version, predecessor, "
                       "sealed_payload, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(*insert, {recordId, origin, type, entityKey, version,
                      predecessor.isEmpty() ? QVariant() : QVariant(predecessor),
                      m_database.sealer().seal(payloadJson, recordId),
                      m_database.clock().now().toString(Qt::ISODateWithMs)});
    if (!insert->exec())
        return R::failure(sqlError(tr("Keeping the forwarded record"), *insert));
    return Relayed::Stored;
}

OutboxCounts Outbox::counts() const
{
    // From the tally the triggers keep (migration 19): a handful of rows, whatever the history.
    OutboxCounts counts;
    Statement query = m_database.statement(QStringLiteral(
        "SELECT COALESCE(SUM(n), 0), "
        "COALESCE(SUM(CASE WHEN sync_state = 'pending' THEN n END), 0), "
        "COALESCE(SUM(CASE WHEN sync_state = 'quarantined' THEN n END), 0) FROM outbox_tally"));
    if (query->exec() && query->next()) {
        counts.total = query->value(0).toLongLong();
        counts.pending = query->value(1).toLongLong();
        counts.quarantined = query->value(2).toLongLong();
    }
    return counts;
}

QList<OutboxRecord> Outbox::pending(int limit, bool parsePayload, qint64 afterSeq) const
{
    QList<OutboxRecord> records;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT seq, record_id, type, entity_key, version, predecessor, "
                       "sealed_payload, created_at FROM outbox WHERE sync_state = 'pending' AND seq > ? "
                       "ORDER BY seq LIMIT ?"));
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    if (!query.exec())
        return records;
    while (query.next()) {
        OutboxRecord record;
        record.seq = query.value(0).toLongLong();
        record.recordId = query.value(1).toString();
        record.type = query.value(2).toString();
        record.entityKey = query.value(3).toString();
        record.version = query.value(4).toInt();
        record.predecessor = query.value(5).toString();
        const auto payload = m_database.sealer().open(query.value(6).toByteArray(), record.recordId);
        if (!payload) {
            record.unreadable = true; // kept in the queue; the uploader reports it
        } else {
            record.payloadJson = *payload;
            if (parsePayload)
                record.payload = QJsonDocument::fromJson(*payload).object();
        }
        if (parsePayload) // the uploader needs neither
            record.createdAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        records << record;
    }
    return records;
}

core::Status Outbox::markSent(const QList<qint64> &seqs)
{
    if (seqs.isEmpty())
        return {};
    // One statement for the batch; the list holds numbers only.
    QStringList list;
    list.reserve(seqs.size());
    for (const qint64 seq : seqs)
        list << QString::number(seq);
    // Lost in a power cut, the rows are sent again and the server answers "duplicate".
    return m_database.transactionWithoutFsync([&]() -> core::Status {
        QSqlQuery update(m_database.connection());
        if (!update.exec(
                QStringLiteral("UPDATE outbox SET sync_state = 'sent', last_error = '' WHERE seq IN (%1)")
                    .arg(list.join(QLatin1Char(',')))))
            return core::Status::failure(sqlError(tr("Marking outbox rows sent"), update));
        return {};
    });
}

core::Status Outbox::quarantine(qint64 seq, const QString &reason)
{
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery update(m_database.connection());
        update.prepare(QStringLiteral("UPDATE outbox SET sync_state = 'quarantined', last_error = ?, "
                                      "attempts = attempts + 1 WHERE seq = ?"));
        bindAll(update, {reason, seq});
        if (!update.exec())
            return core::Status::failure(sqlError(tr("Quarantining an outbox row"), update));
        return {};
    });
}

core::Status Outbox::noteFailedAttempt(const QList<qint64> &seqs, const QString &error)
{
    return m_database.transaction([&]() -> core::Status {
        Statement update = m_database.statement(
            QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?"));
        for (const qint64 seq : seqs) {
            bindAll(*update, {error, seq});
            if (!update->exec())
                return core::Status::failure(sqlError(tr("Recording a failed upload"), *update));
        }
        return {};
    });
}

QList<Outbox::Quarantined> Outbox::quarantined(int limit) const
{
    QList<Quarantined> rows;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT seq, record_id, type, entity_key, last_error FROM outbox "
                                 "WHERE sync_state = 'quarantined' ORDER BY seq LIMIT ?"));
    query.addBindValue(limit);
    if (query.exec())
        while (query.next())
            rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toString()});
    return rows;
}

QList<QPair<QString, QString>> Outbox::recordKeys() const
{
    QList<QPair<QString, QString>> keys;
    Statement query =
        m_database.statement(QStringLiteral("SELECT record_id, entity_key FROM outbox ORDER BY seq"));
    if (query->exec())
        while (query->next())
            keys.append({query->value(0).toString(), query->value(1).toString()});
    return keys;
}

QList<QPair<QString, qint64>> Outbox::pendingByType() const
{
    QList<QPair<QString, qint64>> rows;
    Statement query = m_database.statement(QStringLiteral(
        "SELECT type, n FROM outbox_tally WHERE sync_state = 'pending' AND n > 0 ORDER BY type"));
    if (query->exec())
        while (query->next())
            rows.append({query->value(0).toString(), query->value(1).toLongLong()});
    return rows;
}

bool Outbox::waitsToUpload(const QString &type, const QString &entityKey) const
{
    Statement query = m_database.statement(QStringLiteral(
        "SELECT 1 FROM outbox WHERE type = ? AND entity_key = ? AND sync_state = 'pending' LIMIT 1"));
    bindAll(*query, {type, entityKey});
    return query->exec() && query->next();
}

} // namespace store
