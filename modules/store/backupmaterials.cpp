#include "backupmaterials.h"

#include <QFile>

#include <sqlite3.h>

#include <algorithm>
#include <set>

namespace store::backupmaterials {

namespace {

// One prepared statement, finalized however the function using it returns.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    explicit operator bool() const { return m_statement != nullptr; }
    sqlite3_stmt *get() const { return m_statement; }
    bool row()
    {
        m_last = sqlite3_step(m_statement);
        return m_last == SQLITE_ROW;
    }
    // After the last row: true when the statement ended, not failed.
    bool done() const { return m_last == SQLITE_DONE; }
    QByteArray text(int column) const
    {
        return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_last = SQLITE_OK;
};

// The journal's position: the last seq ever given (AUTOINCREMENT keeps it in sqlite_sequence, so
// trimmed rows do not lower it); 0 before the first row; -1 without a journal.
qint64 journalPosition(sqlite3 *db)
{
    Statement table(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'material_journal'");
    if (!table || !table.row())
        return -1;
    Statement sequence(db, "SELECT seq FROM sqlite_sequence WHERE name = 'material_journal'");
    if (!sequence)
        return -1;
    return sequence.row() ? sqlite3_column_int64(sequence.get(), 0) : 0;
}

// True when every journal row after `from` is still there (rows are numbered without gaps; only
// trimJournal deletes, and only up to a named copy's position).
bool journalComplete(sqlite3 *db, qint64 from, qint64 position)
{
    Statement first(db, "SELECT min(seq) FROM material_journal");
    if (!first || !first.row())
        return false;
    if (sqlite3_column_type(first.get(), 0) == SQLITE_NULL)
        return position == from;
    return sqlite3_column_int64(first.get(), 0) <= from + 1;
}

QList<QByteArray> sorted(const QSet<QByteArray> &names)
{
    QList<QByteArray> list(names.cbegin(), names.cend());
    std::sort(list.begin(), list.end());
    return list;
}

// The previous list changed by the names the journal touched since its position. False (with the
// reason) when that cannot be done exactly.
bool readChanges(sqlite3 *db, const ChunkManifest &previous, qint64 position, const ChunkStore &chunks,
                 Pending *pending, QString *why)
{
    Statement touched(db, "SELECT DISTINCT sha256 FROM material_journal WHERE seq > ?1 AND seq <= ?2");
    Statement named(db, "SELECT 1 FROM material_files WHERE sha256 = ?1 LIMIT 1");
    if (!touched || !named) {
        *why = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    sqlite3_bind_int64(touched.get(), 1, previous.materialJournal);
    sqlite3_bind_int64(touched.get(), 2, position);
    QMap<QString, QList<std::pair<QByteArray, bool>>> changes;
    while (touched.row()) {
        const QByteArray name = touched.text(0);
        if (!isContentName(name))
            continue; // never listed (the full scan skips it too)
        sqlite3_reset(named.get());
        sqlite3_bind_text(named.get(), 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        const bool present = named.row();
        if (!present && !named.done()) {
            *why = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        changes[bucketOf(name)].append({name, present});
    }
    if (!touched.done()) {
        *why = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    QMap<QString, const ChunkManifest::Piece *> before;
    for (const ChunkManifest::Piece &piece : previous.materials)
        before.insert(piece.bucket, &piece);
    for (auto bucket = changes.cbegin(); bucket != changes.cend(); ++bucket) {
        QSet<QByteArray> names;
        if (const ChunkManifest::Piece *piece = before.value(bucket.key())) {
            const auto bytes = chunks.get(piece->hash);
            if (!bytes) {
                *why = QStringLiteral("a piece of the previous copy's material list does not read back: ") +
                       bytes.error();
                return false;
            }
            for (const QByteArray &name : bytes->split('\n'))
                if (!name.isEmpty())
                    names.insert(name);
        }
        for (const auto &[name, present] : bucket.value()) {
            if (!present)
                names.remove(name);
            else if (!names.contains(name)) {
                names.insert(name);
                pending->added << name;
            }
        }
        pending->buckets.insert(bucket.key(), sorted(names));
    }
    return true;
}

} // namespace

QString bucketOf(const QByteArray &name)
{
    return QString::fromLatin1(name.left(2));
}

bool isContentName(const QByteArray &name)
{
    if (name.size() != 64)
        return false;
    return std::all_of(name.cbegin(), name.cend(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

Pending read(sqlite3 *db, const ChunkManifest *previous, bool continuous, const ChunkStore &chunks)
{
    Pending pending;
    pending.journal = journalPosition(db);
    QString why;
    if (pending.journal < 0)
        why = QStringLiteral("the database has no material journal (schema before 27)");
    else if (!previous)
        why = QStringLiteral("no earlier backup to start from");
    else if (previous->materialJournal < 0)
        why = QStringLiteral("the previous copy's material list was not made from the journal");
    else if (!continuous)
        why = QStringLiteral("the change log does not vouch for the database since the previous copy");
    else if (pending.journal < previous->materialJournal ||
             !journalComplete(db, previous->materialJournal, pending.journal))
        why = QStringLiteral("the material journal does not continue the previous copy's position");
    if (why.isEmpty() && readChanges(db, *previous, pending.journal, chunks, &pending, &why)) {
        pending.incremental = true;
        return pending;
    }
    pending.fullScanReason = why;
    pending.buckets.clear();
    pending.added.clear();
    // A database at the old layout (materials inside it, before schema 24) names no files.
    Statement all(db, "SELECT DISTINCT sha256 FROM material_files WHERE NOT EXISTS "
                      "(SELECT 1 FROM pragma_table_info('material_files') WHERE name = 'sealed_content')");
    if (!all) {
        pending.error = QString::fromUtf8(sqlite3_errmsg(db));
        return pending;
    }
    while (all.row()) {
        const QByteArray name = all.text(0);
        if (isContentName(name))
            pending.buckets[bucketOf(name)].append(name);
    }
    if (!all.done()) // a list cut short would let pruning delete files a copy needs
        pending.error = QString::fromUtf8(sqlite3_errmsg(db));
    for (QList<QByteArray> &names : pending.buckets)
        std::sort(names.begin(), names.end());
    return pending;
}

QString write(const Pending &pending, const ChunkManifest *previous, PieceBatch &batch, ChunkedCopy *copy)
{
    QMap<QString, const ChunkManifest::Piece *> before;
    QSet<QString> previousPieces;
    if (previous)
        for (const ChunkManifest::Piece &piece : previous->materials) {
            previousPieces.insert(piece.hash);
            if (!piece.bucket.isEmpty())
                before.insert(piece.bucket, &piece);
        }
    std::set<QString> keys(pending.buckets.keyBegin(), pending.buckets.keyEnd());
    if (pending.incremental)
        keys.insert(before.keyBegin(), before.keyEnd());
    QList<ChunkManifest::Piece> &list = copy->manifest.materials;
    for (const QString &key : keys) {
        const auto changed = pending.buckets.constFind(key);
        if (changed == pending.buckets.cend()) { // untouched since the previous copy
            list << *before.value(key);
            continue;
        }
        if (changed->isEmpty())
            continue; // its last name left
        const QByteArray bytes = changed->join('\n') + '\n';
        if (const QString error = storePiece(bytes, before.value(key), batch, &list, copy); !error.isEmpty())
            return error;
        list.last().bucket = key;
        // Listed in full: the names of a piece the previous copy did not have are looked for.
        if (!pending.incremental && !previousPieces.contains(list.last().hash))
            for (const QByteArray &name : *changed)
                copy->newMaterials << QString::fromLatin1(name);
    }
    for (const QByteArray &name : pending.added)
        copy->newMaterials << QString::fromLatin1(name);
    copy->manifest.materialJournal = pending.journal;
    copy->materialsFullScanReason = pending.incremental ? QString() : pending.fullScanReason;
    return {};
}

void trimJournal(const QString &databaseFile, qint64 position)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(databaseFile).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
        SQLITE_OK) {
        sqlite3_busy_timeout(db, 1000);
        sqlite3_stmt *trim = nullptr;
        if (sqlite3_prepare_v2(db, "DELETE FROM material_journal WHERE seq <= ?1", -1, &trim, nullptr) ==
            SQLITE_OK) {
            sqlite3_bind_int64(trim, 1, position);
            sqlite3_step(trim);
        }
        sqlite3_finalize(trim);
    }
    sqlite3_close(db);
}

} // namespace store::backupmaterials
