// Schema steps 20-28: a year of history (see migrationsteps.h).
#include "migrationsteps.h"

#include "materialfiles.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace store::steps {

// A year of history (issue 21). Outbox counts in constant time: the status bar asks every minute and the sync
// page on every visit, and the outbox is never trimmed while records wait, so counting its rows grew with
// history. Triggers keep one row per (type, state) in the same transaction as the change, so the
// tally cannot drift from the rows, whatever crashes: both commit or neither does.
QStringList version20()
{
    return {
        QStringLiteral(R"(CREATE TABLE outbox_tally (
            type TEXT NOT NULL,
            sync_state TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (type, sync_state)) WITHOUT ROWID)"),
        QStringLiteral("INSERT INTO outbox_tally(type, sync_state, n) "
                       "SELECT type, sync_state, COUNT(*) FROM outbox GROUP BY type, sync_state"),
        QStringLiteral(R"(CREATE TRIGGER outbox_tally_insert AFTER INSERT ON outbox BEGIN
            INSERT INTO outbox_tally(type, sync_state, n) VALUES (NEW.type, NEW.sync_state, 1)
                ON CONFLICT(type, sync_state) DO UPDATE SET n = n + 1;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER outbox_tally_delete AFTER DELETE ON outbox BEGIN
            UPDATE outbox_tally SET n = n - 1 WHERE type = OLD.type AND sync_state = OLD.sync_state;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER outbox_tally_update AFTER UPDATE OF type, sync_state ON outbox
            WHEN OLD.type IS NOT NEW.type OR OLD.sync_state IS NOT NEW.sync_state BEGIN
            UPDATE outbox_tally SET n = n - 1 WHERE type = OLD.type AND sync_state = OLD.sync_state;
            INSERT INTO outbox_tally(type, sync_state, n) VALUES (NEW.type, NEW.sync_state, 1)
                ON CONFLICT(type, sync_state) DO UPDATE SET n = n + 1;
            END)"),
        // The calling page counts a room's calls of the day, and a starting hall display looks for
        // the first call of the day: both by time, neither over a year of calls.
        QStringLiteral("CREATE INDEX call_events_by_room_time ON call_events(room_id, at)"),
        QStringLiteral("CREATE INDEX call_events_by_time ON call_events(at)"),
        // The last audit row verified, sealed (AuditLog::verifyIncrementally).
        QStringLiteral(
            "CREATE TABLE audit_checkpoint (id INTEGER PRIMARY KEY CHECK (id = 1), sealed BLOB NOT NULL)"),
    };
}

// Station health (issue 23): what the health checks observed and keep between evaluations (the
// clock offset read from a server's Date header, the last level of each check so that only a change
// is audited), and at a venue hub the last health report of each enrolled station.
QStringList version21()
{
    return {
        QStringLiteral(R"(CREATE TABLE health_observations (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            at TEXT NOT NULL) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE hub_station_health (
            station TEXT PRIMARY KEY,
            role TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('ok', 'warning', 'critical')),
            checks TEXT NOT NULL,
            received_at TEXT NOT NULL) WITHOUT ROWID)"),
    };
}

// Statistics (issue 23). The dashboard and `appraisal-admin stats` aggregate grades in SQL, but the
// grades live inside the sealed opinions and conclusions. Each submitted opinion and each conclusion
// now also keeps its grade (and a conclusion its self-care level) in a plain column: the person's name
// and ID number stay sealed, and the audit trail already records these grades in plain words. Existing
// rows are filled from their sealed content. The indexes let a month or a year of work be counted by
// time without reading the rest of the history.
static QString fillPlainGrades(QSqlDatabase &db, const Sealer &sealer)
{
    QSqlQuery opinions(db);
    if (!opinions.exec(QStringLiteral("SELECT id, sealed_content FROM opinions WHERE state != 'draft'")))
        return opinions.lastError().text();
    QSqlQuery setOpinion(db);
    setOpinion.prepare(QStringLiteral("UPDATE opinions SET grade = ? WHERE id = ?"));
    while (opinions.next()) {
        const QString id = opinions.value(0).toString();
        const auto content = sealer.open(opinions.value(1).toByteArray(), id);
        if (!content)
            continue; // unreadable: it stays out of the statistics rather than counted wrongly
        const QJsonObject json = QJsonDocument::fromJson(*content).object();
        const int override = json.value(QStringLiteral("override_grade")).toInt();
        setOpinion.addBindValue(override > 0 ? override : json.value(QStringLiteral("grade")).toInt());
        setOpinion.addBindValue(id);
        if (!setOpinion.exec())
            return setOpinion.lastError().text();
    }
    QSqlQuery conclusions(db);
    if (!conclusions.exec(QStringLiteral("SELECT acceptance_no, sealed_content FROM conclusions")))
        return conclusions.lastError().text();
    QSqlQuery setConclusion(db);
    setConclusion.prepare(
        QStringLiteral("UPDATE conclusions SET grade = ?, self_care = ? WHERE acceptance_no = ?"));
    while (conclusions.next()) {
        const QString acceptanceNo = conclusions.value(0).toString();
        const auto content = sealer.open(conclusions.value(1).toByteArray(), acceptanceNo);
        if (!content)
            continue;
        const QJsonObject json = QJsonDocument::fromJson(*content).object();
        setConclusion.addBindValue(json.value(QStringLiteral("grade")).toInt());
        setConclusion.addBindValue(json.value(QStringLiteral("self_care")).toString());
        setConclusion.addBindValue(acceptanceNo);
        if (!setConclusion.exec())
            return setConclusion.lastError().text();
    }
    return {};
}

Migration version22()
{
    return {
        {
            // NULL: a draft (no grade yet); 0: submitted without reaching a grade.
            QStringLiteral("ALTER TABLE opinions ADD COLUMN grade INTEGER"),
            QStringLiteral("ALTER TABLE conclusions ADD COLUMN grade INTEGER"),
            QStringLiteral("ALTER TABLE conclusions ADD COLUMN self_care TEXT NOT NULL DEFAULT ''"),
        },
        fillPlainGrades,
        {
            QStringLiteral("CREATE INDEX conclusions_by_time ON conclusions(concluded_at)"),
            QStringLiteral("CREATE INDEX opinions_by_submitted ON opinions(submitted_at)"),
            QStringLiteral("CREATE INDEX transitions_by_state_time ON case_transitions(to_state, at)"),
            // Check-in to first call, and start to finish of an examination, per ticket.
            QStringLiteral("CREATE INDEX call_events_by_ticket ON call_events(ticket_id, action, at)"),
            QStringLiteral("CREATE INDEX walk_ins_by_time ON walk_ins(requested_at)"),
        },
    };
}

// A lane's own daily reset time ("HH:mm"; empty: the venue's queue.reset_time).
QStringList version23()
{
    return {
        QStringLiteral("ALTER TABLE lanes ADD COLUMN reset_time TEXT NOT NULL DEFAULT ''"),
    };
}

// Medical materials leave station.db (issue 21, schema 24): each becomes a sealed, content-addressed file in
// <data dir>/materials (store/materialfiles.h) and the row keeps only its reference (the SHA-256 it
// already had, size, type). A year of scans made the database gigabytes that every backup copied
// again; files named by content are copied once.
//
// The move runs in batches, each committed: a batch writes its files (flushed to the disk) and
// only then empties the rows' sealed_content in one transaction. Killed at any point, a new start
// sees the rows still full and writes their files again under the same names, so nothing is lost
// and nothing is left twice. Then the schema step checks that every row has its file and drops
// the column. The pre-upgrade backup (Backups::beforeUpgrade) still holds the old layout.
static QString moveMaterialsToFiles(QSqlDatabase &db, const Sealer &sealer)
{
    const QString dataDir = QFileInfo(db.databaseName()).absolutePath();
    const MaterialFiles files(dataDir, sealer);
    files.removeLeftovers();
    constexpr qint64 kBatchBytes = 32 * 1024 * 1024;
    constexpr int kBatchRows = 64;
    qint64 lastRowid = 0;
    bool movedAny = false;
    for (;;) {
        QSqlQuery select(db);
        select.prepare(
            QStringLiteral("SELECT rowid, id, sha256, sealed_content FROM material_files "
                           "WHERE rowid > ? AND length(sealed_content) > 0 ORDER BY rowid LIMIT ?"));
        select.addBindValue(lastRowid);
        select.addBindValue(kBatchRows);
        if (!select.exec())
            return select.lastError().text();
        QStringList batch;
        qint64 batchBytes = 0;
        while (batchBytes < kBatchBytes && select.next()) {
            lastRowid = select.value(0).toLongLong();
            const QString id = select.value(1).toString();
            const QString sha256 = select.value(2).toString();
            const QByteArray sealed = select.value(3).toByteArray();
            const auto plaintext = sealer.open(sealed, id);
            if (!plaintext)
                return QStringLiteral("material %1 does not open with this station's key").arg(id);
            if (QString::fromLatin1(
                    QCryptographicHash::hash(*plaintext, QCryptographicHash::Sha256).toHex()) != sha256)
                return QStringLiteral("material %1 does not match its checksum").arg(id);
            if (const core::Status stored = files.store(*plaintext, sha256); !stored)
                return stored.error();
            batch << id;
            batchBytes += sealed.size();
        }
        select.finish();
        if (batch.isEmpty())
            break;
        QSqlQuery statement(db);
        if (!statement.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return statement.lastError().text();
        statement.prepare(QStringLiteral("UPDATE material_files SET sealed_content = X'' WHERE id = ?"));
        for (const QString &id : std::as_const(batch)) {
            statement.addBindValue(id);
            if (!statement.exec()) {
                const QString error = statement.lastError().text();
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return error;
            }
        }
        if (!statement.exec(QStringLiteral("COMMIT"))) {
            const QString error = statement.lastError().text();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return error;
        }
        movedAny = true;
    }
    if (movedAny) {
        // The emptied pages would otherwise stay in the file (and in every backup copy of it).
        // VACUUM rewrites only what is left, which is small once the materials are out.
        QSqlQuery vacuum(db);
        if (!vacuum.exec(QStringLiteral("VACUUM")))
            return vacuum.lastError().text();
    }
    return {};
}

// Inside the step's transaction: every row's content is out and its file is there.
static QString checkMaterialsMoved(QSqlDatabase &db, const Sealer &sealer)
{
    const MaterialFiles files(QFileInfo(db.databaseName()).absolutePath(), sealer);
    QSqlQuery rows(db);
    if (!rows.exec(QStringLiteral("SELECT id, sha256, length(sealed_content) FROM material_files")))
        return rows.lastError().text();
    while (rows.next()) {
        if (rows.value(2).toLongLong() > 0)
            return QStringLiteral("material %1 is still inside the database").arg(rows.value(0).toString());
        if (!files.contains(rows.value(1).toString()))
            return QStringLiteral("the file of material %1 is missing").arg(rows.value(0).toString());
    }
    return {};
}

Migration version24()
{
    Migration step;
    step.resumable = moveMaterialsToFiles;
    step.rewrite = checkMaterialsMoved;
    step.after = {
        QStringLiteral("ALTER TABLE material_files DROP COLUMN sealed_content"),
        // The retention policy (store/retention.h): the cases whose materials and personal data
        // left the station once the central server had confirmed them.
        QStringLiteral(R"(CREATE TABLE archived_cases (
            acceptance_no TEXT PRIMARY KEY REFERENCES cases(acceptance_no),
            archived_at TEXT NOT NULL,
            material_rows INTEGER NOT NULL,
            outbox_rows INTEGER NOT NULL))"),
    };
    return step;
}

// The clerk's deadline list in the cost of the open work (issue 21): the cases still waiting for
// their conclusion or its delivery, kept in a table of their own by triggers, so each change of a
// case's state, each conclusion, delivery or archiving updates it in the same transaction (a
// crash keeps both or neither). The list reads these rows instead of joining a year of cases.
// A case is open while it is not delivered, not archived and not ended without a conclusion.
QStringList version25()
{
    const QString openCase = QStringLiteral(
        "NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.acceptance_no = c.acceptance_no) "
        "AND NOT EXISTS (SELECT 1 FROM archived_cases a WHERE a.acceptance_no = c.acceptance_no) "
        "AND (EXISTS (SELECT 1 FROM conclusions k WHERE k.acceptance_no = c.acceptance_no) "
        "OR c.state NOT IN ('no_show', 'withdrawn', 'terminated'))");
    // Recomputes one case's row: `%1` names the case.
    const QString refresh =
        QStringLiteral("DELETE FROM open_deadlines WHERE acceptance_no = %1; "
                       "INSERT INTO open_deadlines(acceptance_no) SELECT c.acceptance_no FROM cases c "
                       "WHERE c.acceptance_no = %1 AND ") +
        openCase + QStringLiteral(";");
    const auto trigger = [&](const QString &name, const QString &event, const QString &key) {
        return QStringLiteral("CREATE TRIGGER %1 AFTER %2 BEGIN %3 END").arg(name, event, refresh.arg(key));
    };
    return {
        QStringLiteral("CREATE TABLE open_deadlines (acceptance_no TEXT PRIMARY KEY) WITHOUT ROWID"),
        QStringLiteral(
            "INSERT INTO open_deadlines(acceptance_no) SELECT c.acceptance_no FROM cases c WHERE ") +
            openCase,
        trigger(QStringLiteral("open_deadlines_case_insert"), QStringLiteral("INSERT ON cases"),
                QStringLiteral("NEW.acceptance_no")),
        trigger(QStringLiteral("open_deadlines_case_state"), QStringLiteral("UPDATE OF state ON cases"),
                QStringLiteral("NEW.acceptance_no")),
        QStringLiteral("CREATE TRIGGER open_deadlines_case_delete AFTER DELETE ON cases BEGIN "
                       "DELETE FROM open_deadlines WHERE acceptance_no = OLD.acceptance_no; END"),
        trigger(QStringLiteral("open_deadlines_conclusion_insert"), QStringLiteral("INSERT ON conclusions"),
                QStringLiteral("NEW.acceptance_no")),
        trigger(QStringLiteral("open_deadlines_conclusion_delete"), QStringLiteral("DELETE ON conclusions"),
                QStringLiteral("OLD.acceptance_no")),
        trigger(QStringLiteral("open_deadlines_delivery_insert"), QStringLiteral("INSERT ON deliveries"),
                QStringLiteral("NEW.acceptance_no")),
        trigger(QStringLiteral("open_deadlines_delivery_delete"), QStringLiteral("DELETE ON deliveries"),
                QStringLiteral("OLD.acceptance_no")),
        trigger(QStringLiteral("open_deadlines_archive_insert"), QStringLiteral("INSERT ON archived_cases"),
                QStringLiteral("NEW.acceptance_no")),
        trigger(QStringLiteral("open_deadlines_archive_delete"), QStringLiteral("DELETE ON archived_cases"),
                QStringLiteral("OLD.acceptance_no")),
    };
}

// The clerk's page in the cost of the rows it shows (issue 21): open_deadlines also keeps each open
// case's stage and the last day allowed (`due`, what deadlines::standing computes: the conclusion
// + 15 days once concluded, art. 17; else the acceptance + 60 days + the extension, at most 30,
// art. 10; NULL with `undated` = 1 when the acceptance date is unknown or not a real YYYY-MM-DD date,
// which deadlines::standing does not read either). The most urgent first is
// then the order of an index, so the page reads its rows (kListPageRows) and stops; `due` does not depend on
// today, which only moves the bounds of the overdue and due-soon ranges. The number of open cases
// per stage is kept in open_deadline_counts by triggers on open_deadlines, in the same
// transaction. The triggers of schema 25 are replaced by ones that compute the new columns, and
// extensions and changes of the acceptance date or the conclusion time now refresh the row too.
QStringList version26()
{
    const QString openCase = QStringLiteral(
        "NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.acceptance_no = c.acceptance_no) "
        "AND NOT EXISTS (SELECT 1 FROM archived_cases a WHERE a.acceptance_no = c.acceptance_no) "
        "AND (k.acceptance_no IS NOT NULL OR c.state NOT IN ('no_show', 'withdrawn', 'terminated'))");
    const QString due = QStringLiteral(
        "(CASE WHEN k.acceptance_no IS NOT NULL THEN date(substr(k.concluded_at, 1, 10), '+15 days') "
        "WHEN date(c.accepted_on) = c.accepted_on "
        "THEN date(c.accepted_on, '+' || (60 + min(max(coalesce(e.days, 0), 0), 30)) || ' days') END)");
    const QString rows =
        QStringLiteral("SELECT c.acceptance_no, CASE WHEN k.acceptance_no IS NOT NULL THEN 'delivery' ELSE "
                       "'conclusion' END, ") +
        due + QStringLiteral(" IS NULL, ") + due +
        QStringLiteral(" FROM cases c LEFT JOIN conclusions k ON k.acceptance_no = c.acceptance_no "
                       "LEFT JOIN case_extensions e ON e.acceptance_no = c.acceptance_no WHERE ");
    const QString insert = QStringLiteral("INSERT INTO open_deadlines(acceptance_no, stage, undated, due) ");
    // Recomputes one case's row: `%1` names the case.
    const QString refresh = QStringLiteral("DELETE FROM open_deadlines WHERE acceptance_no = %1; ") + insert +
                            rows + QStringLiteral("c.acceptance_no = %1 AND ") + openCase +
                            QStringLiteral(";");
    const auto trigger = [&](const QString &name, const QString &event, const QString &key) {
        return QStringLiteral("CREATE TRIGGER %1 AFTER %2 BEGIN %3 END").arg(name, event, refresh.arg(key));
    };
    QStringList steps;
    for (const char *old :
         {"open_deadlines_case_insert", "open_deadlines_case_state", "open_deadlines_case_delete",
          "open_deadlines_conclusion_insert", "open_deadlines_conclusion_delete",
          "open_deadlines_delivery_insert", "open_deadlines_delivery_delete", "open_deadlines_archive_insert",
          "open_deadlines_archive_delete"})
        steps << QStringLiteral("DROP TRIGGER IF EXISTS ") + QLatin1String(old);
    steps << QStringLiteral("DROP TABLE open_deadlines")
          << QStringLiteral(R"(CREATE TABLE open_deadlines (
            acceptance_no TEXT PRIMARY KEY,
            stage TEXT NOT NULL CHECK (stage IN ('conclusion', 'delivery')),
            undated INTEGER NOT NULL,
            due TEXT) WITHOUT ROWID)")
          // Most urgent first: dated before undated, then the last day allowed, then the number (the
          // list's order); the stage makes it cover the due-soon count.
          << QStringLiteral("CREATE INDEX open_deadlines_by_urgency ON open_deadlines(undated, due, "
                            "acceptance_no, stage)")
          << QStringLiteral(R"(CREATE TABLE open_deadline_counts (
            stage TEXT PRIMARY KEY,
            cases INTEGER NOT NULL) WITHOUT ROWID)")
          << QStringLiteral("INSERT INTO open_deadline_counts(stage, cases) VALUES('conclusion', 0), "
                            "('delivery', 0)")
          << QStringLiteral("CREATE TRIGGER open_deadline_counts_insert AFTER INSERT ON open_deadlines BEGIN "
                            "UPDATE open_deadline_counts SET cases = cases + 1 WHERE stage = NEW.stage; END")
          << QStringLiteral("CREATE TRIGGER open_deadline_counts_delete AFTER DELETE ON open_deadlines BEGIN "
                            "UPDATE open_deadline_counts SET cases = cases - 1 WHERE stage = OLD.stage; END")
          << insert + rows + openCase
          << trigger(QStringLiteral("open_deadlines_case_insert"), QStringLiteral("INSERT ON cases"),
                     QStringLiteral("NEW.acceptance_no"))
          << trigger(QStringLiteral("open_deadlines_case_update"),
                     QStringLiteral("UPDATE OF state, accepted_on ON cases"),
                     QStringLiteral("NEW.acceptance_no"))
          << QStringLiteral("CREATE TRIGGER open_deadlines_case_delete AFTER DELETE ON cases BEGIN "
                            "DELETE FROM open_deadlines WHERE acceptance_no = OLD.acceptance_no; END");
    const QList<std::pair<QString, QString>> tables{
        {QStringLiteral("conclusion"), QStringLiteral("conclusions")},
        {QStringLiteral("extension"), QStringLiteral("case_extensions")},
        {QStringLiteral("delivery"), QStringLiteral("deliveries")},
        {QStringLiteral("archive"), QStringLiteral("archived_cases")}};
    for (const auto &[name, table] : tables) {
        steps << trigger(QStringLiteral("open_deadlines_%1_insert").arg(name),
                         QStringLiteral("INSERT ON ") + table, QStringLiteral("NEW.acceptance_no"))
              << trigger(QStringLiteral("open_deadlines_%1_delete").arg(name),
                         QStringLiteral("DELETE ON ") + table, QStringLiteral("OLD.acceptance_no"));
    }
    steps << trigger(QStringLiteral("open_deadlines_conclusion_update"),
                     QStringLiteral("UPDATE OF concluded_at ON conclusions"),
                     QStringLiteral("NEW.acceptance_no"))
          << trigger(QStringLiteral("open_deadlines_extension_update"),
                     QStringLiteral("UPDATE OF days ON case_extensions"),
                     QStringLiteral("NEW.acceptance_no"));
    return steps;
}

// Backups of the medical materials in the cost of the changes since the previous copy (issue 21):
// each material reference added or removed (a case's file, retention's archiving, any other DELETE
// or change of the content name) writes the content name into material_journal by triggers, in the
// same transaction as the change, so a backup reads the names touched since the previous copy (its
// manifest keeps the journal's position) instead of every row of material_files. `seq` is
// AUTOINCREMENT, never reused, so a position names one point of this database's history; the
// backup deletes the rows up to the position of its newest copy. The index on sha256 answers "does
// a row still name this file" for the backup and for retention without a scan of the table.
QStringList version27()
{
    const auto journal = [](const char *row) {
        return QStringLiteral("INSERT INTO material_journal(sha256) VALUES(%1.sha256);")
            .arg(QLatin1String(row));
    };
    return {
        QStringLiteral("CREATE TABLE material_journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "sha256 TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX material_files_by_sha256 ON material_files(sha256)"),
        QStringLiteral("CREATE TRIGGER material_journal_insert AFTER INSERT ON material_files BEGIN %1 END")
            .arg(journal("NEW")),
        QStringLiteral("CREATE TRIGGER material_journal_delete AFTER DELETE ON material_files BEGIN %1 END")
            .arg(journal("OLD")),
        QStringLiteral("CREATE TRIGGER material_journal_update AFTER UPDATE OF sha256 ON material_files "
                       "BEGIN %1 %2 END")
            .arg(journal("OLD"), journal("NEW")),
    };
}

// An expert's worklist in the cost of today's work (issue 21): the exam and review lists start from
// the cases in progress (by state), today's tickets and the expert's drafts, and find a person's
// newest ticket by case, instead of reading every assignment and opinion the expert ever had.
QStringList version28()
{
    return {
        QStringLiteral("CREATE INDEX cases_by_state ON cases(state)"),
        QStringLiteral("CREATE INDEX tickets_by_case ON tickets(acceptance_no, service_day)"),
        QStringLiteral("CREATE INDEX opinions_by_expert ON opinions(expert_id, state)"),
    };
}

} // namespace store::steps
