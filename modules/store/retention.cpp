#include "retention.h"

#include "auditlog.h"
#include "materialfiles.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimer>

namespace store {

namespace {

// The outbox rows that belong to a case: keyed by its acceptance number (case, conclusion,
// delivery, extension), its transitions ("<no>#<n>"), or the id of one of its tickets, draws,
// opinions or materials. The acceptance number is `k.a`, from "WITH k(a) AS (SELECT ?)".
const QString kCaseOutboxRows =
    QStringLiteral("(o.entity_key = k.a OR substr(o.entity_key, 1, length(k.a) + 1) = k.a || '#' "
                   "OR o.entity_key IN (SELECT id FROM material_files WHERE acceptance_no = k.a) "
                   "OR o.entity_key IN (SELECT id FROM opinions WHERE acceptance_no = k.a) "
                   "OR o.entity_key IN (SELECT id FROM draws WHERE acceptance_no = k.a) "
                   "OR o.entity_key IN (SELECT id FROM tickets WHERE acceptance_no = k.a))");

QString materialsFolder(const Database &database)
{
    return MaterialFiles::folderIn(QFileInfo(database.path()).absolutePath());
}

} // namespace

Retention::Retention(Database &database) : m_database(database) {}

QStringList Retention::eligible(int limit) const
{
    QStringList cases;
    const int days = m_database.settingNumber(settings::RetentionArchiveAfterDays);
    if (days <= 0)
        return cases;
    const QString cutoff = m_database.clock().today().addDays(-days).toString(Qt::ISODate);
    // Candidates by delivery date; each is then checked against the outbox on its own, so the
    // query stays simple and the check exact.
    QSqlQuery candidates(m_database.connection());
    candidates.prepare(QStringLiteral(
        "SELECT c.acceptance_no FROM deliveries d JOIN cases c ON c.acceptance_no = d.acceptance_no "
        "WHERE d.delivered_on <= ? AND c.state IN ('concluded', 'signed_out') "
        "AND NOT EXISTS (SELECT 1 FROM archived_cases a WHERE a.acceptance_no = c.acceptance_no) "
        "ORDER BY d.delivered_on, c.acceptance_no"));
    candidates.addBindValue(cutoff);
    if (!candidates.exec())
        return cases;
    QSqlQuery confirmed(m_database.connection());
    confirmed.prepare(
        QStringLiteral(
            "WITH k(a) AS (SELECT ?) SELECT "
            "EXISTS (SELECT 1 FROM outbox o, k WHERE o.type = 'conclusion' AND o.entity_key = k.a "
            "AND o.sync_state = 'sent') "
            "AND EXISTS (SELECT 1 FROM outbox o, k WHERE o.type = 'delivery' AND o.entity_key = k.a "
            "AND o.sync_state = 'sent') "
            "AND NOT EXISTS (SELECT 1 FROM outbox o, k WHERE o.sync_state IN ('pending', 'quarantined') "
            "AND %1)")
            .arg(kCaseOutboxRows));
    while (candidates.next() && (limit < 0 || cases.size() < limit)) {
        const QString acceptanceNo = candidates.value(0).toString();
        confirmed.bindValue(0, acceptanceNo);
        if (confirmed.exec() && confirmed.next() && confirmed.value(0).toBool())
            cases << acceptanceNo;
        confirmed.finish();
    }
    return cases;
}

core::Result<RetentionReport> Retention::run(bool dryRun, const QString &actor, int limit)
{
    RetentionReport report;
    report.dryRun = dryRun;
    report.archiveAfterDays = m_database.settingNumber(settings::RetentionArchiveAfterDays);
    const QStringList cases = eligible(limit < 0 ? -1 : limit + 1);
    report.more = limit >= 0 && cases.size() > limit;
    const QStringList batch = report.more ? cases.mid(0, limit) : cases;
    if (dryRun) {
        report.cases = batch;
        return report;
    }
    const MaterialFiles files(QFileInfo(m_database.path()).absolutePath(), m_database.sealer());
    for (const QString &acceptanceNo : batch) {
        QStringList released;
        if (const core::Status archived = archive(acceptanceNo, actor, report, released); !archived)
            return core::Result<RetentionReport>::failure(archived.error());
        report.cases << acceptanceNo;
        // After the commit: a file goes once no row (of this or another case) names it.
        for (const QString &sha256 : std::as_const(released)) {
            QSqlQuery named(m_database.connection());
            named.prepare(QStringLiteral("SELECT 1 FROM material_files WHERE sha256 = ? LIMIT 1"));
            named.addBindValue(sha256);
            if (!named.exec() || named.next())
                continue;
            if (files.remove(sha256))
                ++report.materialFilesRemoved;
        }
    }
    return report;
}

core::Status Retention::archive(const QString &acceptanceNo, const QString &actor, RetentionReport &report,
                                QStringList &releasedFiles)
{
    return m_database.transaction([&]() -> core::Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT DISTINCT sha256 FROM material_files WHERE acceptance_no = ?"));
        query.addBindValue(acceptanceNo);
        if (!query.exec())
            return core::Status::failure(sqlError(tr("Archiving case %1").arg(acceptanceNo), query));
        while (query.next())
            releasedFiles << query.value(0).toString();
        // Only confirmed rows exist for an eligible case; the condition says so again.
        QSqlQuery outbox(m_database.connection());
        outbox.prepare(QStringLiteral("WITH k(a) AS (SELECT ?) DELETE FROM outbox WHERE sync_state = 'sent' "
                                      "AND seq IN (SELECT o.seq FROM outbox o, k WHERE %1)")
                           .arg(kCaseOutboxRows));
        outbox.bindValue(0, acceptanceNo);
        if (!outbox.exec())
            return core::Status::failure(sqlError(tr("Archiving case %1").arg(acceptanceNo), outbox));
        const int outboxRows = outbox.numRowsAffected();
        QSqlQuery materials(m_database.connection());
        materials.prepare(QStringLiteral("DELETE FROM material_files WHERE acceptance_no = ?"));
        materials.addBindValue(acceptanceNo);
        if (!materials.exec())
            return core::Status::failure(sqlError(tr("Archiving case %1").arg(acceptanceNo), materials));
        const int materialRows = materials.numRowsAffected();
        // The sealed personal data is replaced by a sealed empty record, so every reader of cases
        // keeps working and shows an empty name; the ID index goes, so the number no longer finds it.
        const QJsonObject emptied{{QStringLiteral("id_number"), QString()},
                                  {QStringLiteral("name"), QString()},
                                  {QStringLiteral("phone"), QString()},
                                  {QStringLiteral("address"), QString()}};
        QSqlQuery person(m_database.connection());
        person.prepare(QStringLiteral(
            "UPDATE cases SET personal = ?, id_index = '', employer = '' WHERE acceptance_no = ?"));
        person.addBindValue(
            m_database.sealer().seal(QJsonDocument(emptied).toJson(QJsonDocument::Compact), acceptanceNo));
        person.addBindValue(acceptanceNo);
        if (!person.exec())
            return core::Status::failure(sqlError(tr("Archiving case %1").arg(acceptanceNo), person));
        QSqlQuery marker(m_database.connection());
        marker.prepare(QStringLiteral("INSERT INTO archived_cases(acceptance_no, archived_at, material_rows, "
                                      "outbox_rows) VALUES(?, ?, ?, ?)"));
        bindAll(marker, {acceptanceNo, m_database.clock().now().toString(Qt::ISODateWithMs), materialRows,
                         outboxRows});
        if (!marker.exec())
            return core::Status::failure(sqlError(tr("Archiving case %1").arg(acceptanceNo), marker));
        report.materialRows += materialRows;
        report.outboxRowsRemoved += outboxRows;
        return AuditLog(m_database)
            .append(actor, QStringLiteral("case.archive"), acceptanceNo,
                    QJsonObject{{QStringLiteral("materials"), materialRows},
                                {QStringLiteral("outbox_rows"), outboxRows},
                                {QStringLiteral("after_days"),
                                 m_database.settingNumber(settings::RetentionArchiveAfterDays)}});
    });
}

int Retention::removeUnreferencedFiles() const
{
    const MaterialFiles files(QFileInfo(m_database.path()).absolutePath(), m_database.sealer());
    files.removeLeftovers();
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-3600);
    int removed = 0;
    QSqlQuery named(m_database.connection());
    named.prepare(QStringLiteral("SELECT 1 FROM material_files WHERE sha256 = ? LIMIT 1"));
    QDirIterator all(materialsFolder(m_database), QDir::Files, QDirIterator::Subdirectories);
    while (all.hasNext()) {
        const QFileInfo file(all.next());
        if (!MaterialFiles::isContentName(file.fileName()) || file.lastModified().toUTC() >= cutoff)
            continue;
        named.bindValue(0, file.fileName());
        if (!named.exec())
            continue;
        const bool referenced = named.next();
        named.finish();
        if (!referenced && files.remove(file.fileName()))
            ++removed;
    }
    return removed;
}

RetentionScheduler::RetentionScheduler(Database &database, QObject *parent)
    : QObject(parent), m_database(database), m_timer(new QTimer(this))
{
    m_timer->setInterval(60 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &RetentionScheduler::checkNow);
}

void RetentionScheduler::start()
{
    m_timer->start();
    QTimer::singleShot(60 * 1000, this, &RetentionScheduler::checkNow);
}

void RetentionScheduler::checkNow()
{
    const QString today = m_database.clock().today().toString(Qt::ISODate);
    if (m_running || m_database.setting(settings::RetentionLastRun) == today)
        return;
    m_running = true;
    runBatch();
}

void RetentionScheduler::runBatch()
{
    Retention retention(m_database);
    const auto report = retention.run(false, QStringLiteral("system"), kBatchCases);
    if (!report) {
        m_running = false;
        emit failed(report.error());
        return; // tried again at the next hourly check
    }
    if (!report->cases.isEmpty())
        emit archived(report->cases);
    if (report->more) {
        QTimer::singleShot(0, this, &RetentionScheduler::runBatch);
        return;
    }
    retention.removeUnreferencedFiles();
    m_running = false;
    if (const core::Status marked = m_database.setSetting(settings::RetentionLastRun,
                                                          m_database.clock().today().toString(Qt::ISODate));
        !marked)
        emit failed(marked.error());
}

} // namespace store
