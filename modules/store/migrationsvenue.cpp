// Schema steps 13-19: materials, sync with the centre, the venue hub (see migrationsteps.h).
#include "migrationsteps.h"

#include <QSqlError>
#include <QSqlQuery>

namespace store::steps {

// Medical materials (PDF and images) of a case, sealed like every medical record; a file is stored
// once per case however often it is added.
QStringList version13()
{
    return {
        QStringLiteral(R"(CREATE TABLE material_files (
            id TEXT PRIMARY KEY,
            acceptance_no TEXT NOT NULL REFERENCES cases(acceptance_no),
            name TEXT NOT NULL,
            media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('roster', 'desk')),
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL,
            sealed_content BLOB NOT NULL,
            UNIQUE (acceptance_no, sha256)))"),
    };
}

// The station's sync runs: what went up and how each ended (an operational log, not synced).
QStringList version14()
{
    return {
        QStringLiteral(R"(CREATE TABLE sync_runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            finished_at TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('online', 'offline', 'error')),
            uploaded INTEGER NOT NULL,
            duplicates INTEGER NOT NULL,
            rejected INTEGER NOT NULL,
            pending INTEGER NOT NULL,
            error TEXT NOT NULL DEFAULT ''))"),
    };
}

// Where the station stands in each kind of reference data from the central server.
QStringList version15()
{
    return {
        QStringLiteral(R"(CREATE TABLE reference_cursors (
            kind TEXT PRIMARY KEY,
            cursor TEXT NOT NULL,
            etag TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL))"),
    };
}

// Exam templates published by the central system (reference kind "templates"), beside the ones
// built into the program.
QStringList version16()
{
    return {
        QStringLiteral(R"(CREATE TABLE exam_templates (
            id TEXT PRIMARY KEY,
            grp TEXT NOT NULL,
            version INTEGER NOT NULL,
            json TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
    };
}

// The venue hub (modules/venue): its numbered event stream, the commands it acted on (by
// idempotency key, with their results), enrolled stations (token hashes) and one-time codes.
QStringList version17()
{
    return {
        QStringLiteral(R"(CREATE TABLE hub_events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            data TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE hub_commands (
            key TEXT PRIMARY KEY,
            station TEXT NOT NULL,
            name TEXT NOT NULL,
            result TEXT NOT NULL,
            at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE hub_stations (
            token_sha256 TEXT PRIMARY KEY,
            station TEXT NOT NULL,
            role TEXT NOT NULL,
            enrolled_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE hub_codes (
            code_sha256 TEXT PRIMARY KEY,
            expires_at TEXT NOT NULL,
            used_by TEXT NOT NULL DEFAULT ''))"),
    };
}

// A venue station's commands to its hub that have no answer yet, in the order given: kept on disk
// so a command made while the hub or the LAN is down survives a restart of the station and is
// sent again, with the same idempotency key, when the hub is back. At the hub, the outbox also
// holds the records its stations forward for upstream (origin: the station; '' for its own), so
// one version per entity holds per origin.
QStringList version18()
{
    return {
        QStringLiteral("ALTER TABLE outbox ADD COLUMN origin TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("DROP INDEX outbox_by_entity"),
        QStringLiteral("CREATE UNIQUE INDEX outbox_by_entity ON outbox(origin, type, entity_key, version)"),
        QStringLiteral(R"(CREATE TABLE hub_pending (
            position INTEGER PRIMARY KEY AUTOINCREMENT,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            args TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            queued_at TEXT NOT NULL))"),
    };
}

// Venue administration (issue 18): the committee printed on conclusions becomes part of the venue
// (it was the setting committee.name); lanes get a colour, strict priority (the green channel keeps
// it) and a retired flag, rooms a retired flag: a lane or room in use is retired, never deleted.
// A walk-in keeps the desk's note apart from the decision's reason and names the case it became.
QStringList version19()
{
    return {
        QStringLiteral("ALTER TABLE venues ADD COLUMN committee TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE venues SET committee = COALESCE((SELECT value FROM settings "
                       "WHERE key = 'committee.name'), '')"),
        QStringLiteral("DELETE FROM settings WHERE key = 'committee.name'"),
        QStringLiteral("ALTER TABLE lanes ADD COLUMN colour TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE lanes ADD COLUMN strict INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE lanes ADD COLUMN retired INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE lanes SET strict = 1 WHERE key = 'green'"),
        QStringLiteral("ALTER TABLE rooms ADD COLUMN retired INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE walk_ins ADD COLUMN decision_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE walk_ins ADD COLUMN acceptance_no TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace store::steps
