// Schema steps 1-12: the station as first built (see migrationsteps.h).
#include "migrationsteps.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace store::steps {

QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE venues (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            address TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE lanes (
            key TEXT PRIMARY KEY,
            prefix TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            sort_order INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE batches (
            id TEXT PRIMARY KEY,
            venue_id TEXT NOT NULL REFERENCES venues(id),
            day TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE cases (
            acceptance_no TEXT PRIMARY KEY,
            batch_id TEXT NOT NULL REFERENCES batches(id),
            id_number TEXT NOT NULL,
            name TEXT NOT NULL,
            gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
            birth_date TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            employer TEXT NOT NULL DEFAULT '',
            appraisal_type TEXT NOT NULL,
            specialty TEXT NOT NULL,
            lane TEXT NOT NULL REFERENCES lanes(key),
            materials TEXT NOT NULL DEFAULT '[]',
            state TEXT NOT NULL DEFAULT 'registered',
            version INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX cases_by_id_number ON cases(id_number)"),
        QStringLiteral("CREATE INDEX cases_by_batch ON cases(batch_id)"),
        QStringLiteral(R"(CREATE TABLE case_transitions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            acceptance_no TEXT NOT NULL REFERENCES cases(acceptance_no),
            from_state TEXT NOT NULL,
            to_state TEXT NOT NULL,
            at TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            actor TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX transitions_by_case ON case_transitions(acceptance_no)"),
        QStringLiteral(R"(CREATE TABLE experts (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            specialties TEXT NOT NULL,
            employer TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            on_duty INTEGER NOT NULL DEFAULT 0,
            may_review INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE rooms (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            specialties TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE accounts (
            username TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL,
            expert_id TEXT REFERENCES experts(id),
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        // Every domain write appends one row here in the same transaction; the sync uploader
        // reads it in seq order (causal order) and marks rows sent.
        QStringLiteral(R"(CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            record_id TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            entity_key TEXT NOT NULL,
            version INTEGER NOT NULL,
            predecessor TEXT,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            sync_state TEXT NOT NULL DEFAULT 'pending'
                CHECK (sync_state IN ('pending', 'sent', 'quarantined')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX outbox_pending ON outbox(sync_state, seq)"),
        QStringLiteral("CREATE INDEX outbox_by_entity ON outbox(type, entity_key, version)"),
    };
}

// Tamper-evident audit trail: each row carries the SHA-256 of its content and of the row before.
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT '{}',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE))"),
        QStringLiteral("CREATE INDEX audit_by_actor ON audit_log(actor, at)"),
        QStringLiteral("CREATE INDEX audit_by_action ON audit_log(action, at)"),
    };
}

// Login lockout: consecutive failures and the time a lock ends (ISO time, empty when unlocked).
QStringList version3()
{
    return {
        QStringLiteral("ALTER TABLE accounts ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE accounts ADD COLUMN locked_until TEXT NOT NULL DEFAULT ''"),
    };
}

// Encrypts existing personal data and outbox payloads in place.
static QString sealExistingRows(QSqlDatabase &db, const Sealer &sealer)
{
    QSqlQuery cases(db);
    if (!cases.exec(QStringLiteral("SELECT acceptance_no, id_number, name, phone, address FROM cases")))
        return cases.lastError().text();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE cases SET id_index = ?, personal = ? WHERE acceptance_no = ?"));
    while (cases.next()) {
        const QString acceptanceNo = cases.value(0).toString();
        const QJsonObject personal{{QStringLiteral("id_number"), cases.value(1).toString()},
                                   {QStringLiteral("name"), cases.value(2).toString()},
                                   {QStringLiteral("phone"), cases.value(3).toString()},
                                   {QStringLiteral("address"), cases.value(4).toString()}};
        update.addBindValue(sealer.idIndex(cases.value(1).toString()));
        update.addBindValue(
            sealer.seal(QJsonDocument(personal).toJson(QJsonDocument::Compact), acceptanceNo));
        update.addBindValue(acceptanceNo);
        if (!update.exec())
            return update.lastError().text();
    }
    QSqlQuery outbox(db);
    if (!outbox.exec(QStringLiteral("SELECT record_id, payload FROM outbox")))
        return outbox.lastError().text();
    QSqlQuery sealPayload(db);
    sealPayload.prepare(QStringLiteral("UPDATE outbox SET sealed_payload = ? WHERE record_id = ?"));
    while (outbox.next()) {
        const QString recordId = outbox.value(0).toString();
        sealPayload.addBindValue(sealer.seal(outbox.value(1).toString().toUtf8(), recordId));
        sealPayload.addBindValue(recordId);
        if (!sealPayload.exec())
            return sealPayload.lastError().text();
    }
    return {};
}

// Personal data at rest is encrypted: name, ID number, phone and address of a case live in one
// sealed column, found by ID number only through a keyed blind index; outbox payloads are sealed.
Migration version4()
{
    return {
        {
            QStringLiteral("ALTER TABLE cases ADD COLUMN id_index TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE cases ADD COLUMN personal BLOB"),
            QStringLiteral("DROP INDEX cases_by_id_number"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN sealed_payload BLOB"),
        },
        sealExistingRows,
        {
            QStringLiteral("ALTER TABLE cases DROP COLUMN id_number"),
            QStringLiteral("ALTER TABLE cases DROP COLUMN name"),
            QStringLiteral("ALTER TABLE cases DROP COLUMN phone"),
            QStringLiteral("ALTER TABLE cases DROP COLUMN address"),
            QStringLiteral("ALTER TABLE outbox DROP COLUMN payload"),
            QStringLiteral("CREATE INDEX cases_by_id_index ON cases(id_index)"),
        },
    };
}

// Front desk: queue tickets (numbered per service day and lane, never reused), walk-ins waiting
// for a supervisor, and the share of calls each non-green lane gets.
QStringList version5()
{
    return {
        QStringLiteral("ALTER TABLE lanes ADD COLUMN ratio INTEGER NOT NULL DEFAULT 1 CHECK (ratio >= 1)"),
        QStringLiteral(R"(CREATE TABLE tickets (
            id TEXT PRIMARY KEY,
            service_day TEXT NOT NULL,
            lane TEXT NOT NULL REFERENCES lanes(key),
            number INTEGER NOT NULL CHECK (number >= 1),
            label TEXT NOT NULL,
            acceptance_no TEXT NOT NULL REFERENCES cases(acceptance_no),
            issued_at TEXT NOT NULL,
            issued_by TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'waiting'
                CHECK (state IN ('waiting', 'called', 'in_exam', 'done', 'signed_out')),
            called_at TEXT NOT NULL DEFAULT '',
            signed_out_at TEXT NOT NULL DEFAULT '',
            prints INTEGER NOT NULL DEFAULT 0,
            UNIQUE (service_day, lane, number),
            UNIQUE (service_day, acceptance_no)))"),
        QStringLiteral("CREATE INDEX tickets_by_state ON tickets(service_day, state, lane, number)"),
        QStringLiteral(R"(CREATE TABLE walk_ins (
            id TEXT PRIMARY KEY,
            id_index TEXT NOT NULL,
            personal BLOB NOT NULL,
            requested_at TEXT NOT NULL,
            requested_by TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected')),
            decided_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''))"),
    };
}

// One version per entity in the outbox, enforced by the database: a record that claims to be the
// first of a new entity cannot silently become a second "version 1".
QStringList version6()
{
    return {
        QStringLiteral("DROP INDEX outbox_by_entity"),
        QStringLiteral("CREATE UNIQUE INDEX outbox_by_entity ON outbox(type, entity_key, version)"),
    };
}

// Routing and calling: the expert each room hosts, declared conflicts, every draw with its
// candidates, exclusions and random values, the current assignments, and the call events the hall
// display replays from.
QStringList version7()
{
    return {
        QStringLiteral("ALTER TABLE experts ADD COLUMN room_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE rooms ADD COLUMN paused_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(R"(CREATE TABLE expert_conflicts (
            expert_id TEXT NOT NULL REFERENCES experts(id),
            kind TEXT NOT NULL CHECK (kind IN ('person', 'employer')),
            subject TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (expert_id, kind, subject)))"),
        QStringLiteral(R"(CREATE TABLE draws (
            id TEXT PRIMARY KEY,
            acceptance_no TEXT NOT NULL REFERENCES cases(acceptance_no),
            drawn_at TEXT NOT NULL,
            operator TEXT NOT NULL,
            panel_size INTEGER NOT NULL,
            record TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            replaced_by TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX draws_by_case ON draws(acceptance_no, drawn_at)"),
        QStringLiteral(R"(CREATE TABLE assignments (
            acceptance_no TEXT NOT NULL REFERENCES cases(acceptance_no),
            role TEXT NOT NULL CHECK (role IN ('exam1', 'exam2', 'exam3', 'exam4', 'review')),
            expert_id TEXT NOT NULL REFERENCES experts(id),
            draw_id TEXT NOT NULL REFERENCES draws(id),
            drawn_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'called', 'in_exam', 'done', 'parked')),
            calls INTEGER NOT NULL DEFAULT 0,
            last_call_at TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (acceptance_no, role)))"),
        QStringLiteral("CREATE INDEX assignments_by_expert ON assignments(expert_id, state)"),
        QStringLiteral(R"(CREATE TABLE call_events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            room_id TEXT NOT NULL,
            action TEXT NOT NULL,
            ticket_id TEXT NOT NULL DEFAULT '',
            ticket_label TEXT NOT NULL DEFAULT '',
            lane TEXT NOT NULL DEFAULT '',
            masked_name TEXT NOT NULL DEFAULT '',
            actor TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''))"),
    };
}

// The clause catalog (grading basis): reference data, searchable by words of the text. FTS5 with the
// trigram tokenizer matches Chinese by substring; triggers keep the index in step with the table.
QStringList version8()
{
    return {
        QStringLiteral(R"(CREATE TABLE clauses (
            clause TEXT PRIMARY KEY,
            grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 10),
            grp TEXT NOT NULL,
            text TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE VIRTUAL TABLE clauses_fts USING fts5(clause, text, content='clauses', "
                       "content_rowid='rowid', tokenize='trigram')"),
        QStringLiteral(
            "CREATE TRIGGER clauses_ai AFTER INSERT ON clauses BEGIN INSERT INTO clauses_fts(rowid, "
            "clause, text) VALUES (new.rowid, new.clause, new.text); END"),
        QStringLiteral(
            "CREATE TRIGGER clauses_ad AFTER DELETE ON clauses BEGIN INSERT INTO clauses_fts(clauses_fts, "
            "rowid, clause, text) VALUES ('delete', old.rowid, old.clause, old.text); END"),
        QStringLiteral(
            "CREATE TRIGGER clauses_au AFTER UPDATE ON clauses BEGIN INSERT INTO clauses_fts(clauses_fts, "
            "rowid, clause, text) VALUES ('delete', old.rowid, old.clause, old.text); INSERT INTO "
            "clauses_fts(rowid, clause, text) VALUES (new.rowid, new.clause, new.text); END"),
    };
}

// Expert opinions: the findings of one examination, sealed (they are medical data), versioned —
// a submitted opinion is locked; a change is a new version naming its predecessor and a reason.
QStringList version9()
{
    return {
        QStringLiteral(R"(CREATE TABLE opinions (
            id TEXT PRIMARY KEY,
            acceptance_no TEXT NOT NULL REFERENCES cases(acceptance_no),
            role TEXT NOT NULL,
            expert_id TEXT NOT NULL REFERENCES experts(id),
            template_id TEXT NOT NULL,
            template_version INTEGER NOT NULL,
            version INTEGER NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'superseded')),
            sealed_content BLOB NOT NULL,
            predecessor TEXT NOT NULL DEFAULT '',
            change_reason TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            submitted_at TEXT NOT NULL DEFAULT '',
            UNIQUE (acceptance_no, role, version)))"),
    };
}

// Signatures: what was signed is bound by its SHA-256; strokes and image are sealed.
QStringList version10()
{
    return {
        QStringLiteral(R"(CREATE TABLE signatures (
            subject TEXT PRIMARY KEY,
            signer TEXT NOT NULL,
            signed_at TEXT NOT NULL,
            sealed_strokes BLOB NOT NULL,
            sealed_image BLOB NOT NULL,
            content_sha256 TEXT NOT NULL))"),
    };
}

// Conclusions: one per case, sealed, made by the assigned reviewer (signature in `signatures`).
QStringList version11()
{
    return {
        QStringLiteral(R"(CREATE TABLE conclusions (
            acceptance_no TEXT PRIMARY KEY REFERENCES cases(acceptance_no),
            reviewer TEXT NOT NULL,
            concluded_at TEXT NOT NULL,
            sealed_content BLOB NOT NULL))"),
    };
}

// Legal time limits (管理办法 art. 10, 17): the date each case was accepted, extensions of the 60 days
// with their reasons, and deliveries of the conclusion.
QStringList version12()
{
    return {
        QStringLiteral("ALTER TABLE cases ADD COLUMN accepted_on TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(R"(CREATE TABLE case_extensions (
            acceptance_no TEXT PRIMARY KEY REFERENCES cases(acceptance_no),
            days INTEGER NOT NULL CHECK (days > 0),
            reason TEXT NOT NULL CHECK (reason <> ''),
            actor TEXT NOT NULL,
            at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE deliveries (
            acceptance_no TEXT PRIMARY KEY REFERENCES cases(acceptance_no),
            delivered_on TEXT NOT NULL,
            method TEXT NOT NULL,
            tracking_no TEXT NOT NULL DEFAULT '',
            actor TEXT NOT NULL,
            at TEXT NOT NULL))"),
    };
}

} // namespace store::steps
