#include "backupsummary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <optional>

#include <sqlite3.h>

namespace store {

namespace {

// 2: pieces are counted (`refs`, how many times the newest copy names each) so that a copy is added
// by its difference from the previous one; a summary of version 1 is counted again.
constexpr qint64 kVersion = 2;

// One prepared statement, finalized however the function using it returns.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_s, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_s); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    explicit operator bool() const { return m_ok; }
    Statement &bind(int index, const QString &text)
    {
        const QByteArray bytes = text.toUtf8();
        sqlite3_bind_text(m_s, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &bind(int index, qint64 value)
    {
        sqlite3_bind_int64(m_s, index, value);
        return *this;
    }
    bool row()
    {
        m_last = sqlite3_step(m_s);
        return m_last == SQLITE_ROW;
    }
    // Runs a statement that returns no row; true when it ran.
    bool run()
    {
        m_last = sqlite3_step(m_s);
        sqlite3_reset(m_s);
        sqlite3_clear_bindings(m_s);
        return m_last == SQLITE_DONE;
    }
    bool done() const { return m_last == SQLITE_DONE; }
    void reset()
    {
        sqlite3_reset(m_s);
        sqlite3_clear_bindings(m_s);
    }
    QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_s, column)),
                                 sqlite3_column_bytes(m_s, column));
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_s, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_s, column) == SQLITE_NULL; }

private:
    sqlite3_stmt *m_s = nullptr;
    bool m_ok = false;
    int m_last = SQLITE_OK;
};

const char *const kSchema =
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);"
    "CREATE TABLE copies (seq INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, bytes INTEGER NOT NULL);"
    "CREATE TABLE pieces (hash TEXT PRIMARY KEY, bytes INTEGER NOT NULL, "
    "names INTEGER NOT NULL, bucket TEXT NOT NULL, last INTEGER, refs INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX pieces_by_last ON pieces(last);"
    "CREATE INDEX name_pieces_by_bucket ON pieces(bucket) WHERE names = 1;"
    "INSERT INTO meta(key, value) VALUES('version', 2), ('stored_bytes', 0);";

// The number of the oldest counted copy, as SQL; a huge number when none is left (every piece unneeded).
const char *const kOldest = "coalesce((SELECT min(seq) FROM copies), 9223372036854775807)";

} // namespace

BackupSummary::BackupSummary(QString backupsFolder)
    : m_folder(std::move(backupsFolder)), m_path(QDir(m_folder).filePath(fileName()))
{
}

BackupSummary::~BackupSummary()
{
    sqlite3_close(m_db);
}

QString BackupSummary::fileName()
{
    return QStringLiteral("summary.db");
}

bool BackupSummary::exec(const char *sql) const
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

qint64 BackupSummary::number(const char *sql) const
{
    Statement statement(m_db, sql);
    return statement && statement.row() && !statement.isNull(0) ? statement.integer(0) : -1;
}

QString BackupSummary::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("the summary is not open");
}

bool BackupSummary::open(const QStringList &manifests, QString *whyNot)
{
    sqlite3_close(m_db);
    m_db = nullptr;
    const bool fresh = !QFileInfo::exists(m_path);
    if (fresh && !manifests.isEmpty()) {
        *whyNot = QStringLiteral("there is no summary of the kept copies");
        return false;
    }
    if (fresh)
        return rebuild({}).ok();
    if (sqlite3_open_v2(QFile::encodeName(m_path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        *whyNot = QStringLiteral("the summary does not open: ") + error();
        return false;
    }
    sqlite3_busy_timeout(m_db, 2000);
    if (number("SELECT value FROM meta WHERE key = 'version'") != kVersion) {
        *whyNot = QStringLiteral("the summary is unreadable or of another version: ") + error();
        return false;
    }
    QStringList counted;
    Statement copies(m_db, "SELECT name FROM copies ORDER BY seq");
    while (copies && copies.row())
        counted << copies.text(0);
    if (!copies || !copies.done()) {
        *whyNot = QStringLiteral("the summary's copies are unreadable: ") + error();
        return false;
    }
    // The counted copies must be the oldest manifests, in the same order; newer ones are added.
    if (counted != manifests.mid(0, counted.size())) {
        *whyNot = QStringLiteral("the summary counts other copies than the folder holds");
        return false;
    }
    // Each newer copy is counted by what differs from the newest counted one (read for that).
    std::optional<ChunkManifest> previous;
    const qsizetype from =
        counted.size() < manifests.size() ? std::max<qsizetype>(counted.size() - 1, 0) : manifests.size();
    for (qsizetype i = from; i < manifests.size(); ++i) {
        const auto manifest = ChunkManifest::read(QDir(m_folder).filePath(manifests.at(i)));
        if (!manifest) {
            *whyNot =
                QStringLiteral("the manifest %1 is unreadable: %2").arg(manifests.at(i), manifest.error());
            return false;
        }
        if (i >= counted.size())
            if (const core::Status added =
                    add(manifests.at(i), manifest.value(), previous ? &*previous : nullptr);
                !added) {
                *whyNot = added.error();
                return false;
            }
        previous = manifest.value();
    }
    return true;
}

core::Status BackupSummary::rebuild(const QStringList &manifests)
{
    sqlite3_close(m_db);
    m_db = nullptr;
    for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal")})
        QFile::remove(m_path + suffix);
    if (sqlite3_open_v2(QFile::encodeName(m_path).constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK ||
        !exec("PRAGMA synchronous = FULL") || !exec("BEGIN") || !exec(kSchema) || !exec("COMMIT")) {
        const QString why = error();
        sqlite3_close(m_db);
        m_db = nullptr;
        QFile::remove(m_path);
        return core::Status::failure(why);
    }
    std::optional<ChunkManifest> previous;
    for (const QString &name : manifests) {
        const auto manifest = ChunkManifest::read(QDir(m_folder).filePath(name));
        core::Status added = manifest ? add(name, manifest.value(), previous ? &*previous : nullptr)
                                      : core::Status::failure(manifest.error());
        if (manifest)
            previous = manifest.value();
        if (!added) {
            sqlite3_close(m_db);
            m_db = nullptr;
            QFile::remove(m_path); // never a half count
            return core::Status::failure(QStringLiteral("%1: %2").arg(name, added.error()));
        }
    }
    return {};
}

namespace {

// How a copy's pieces differ from the previous newest copy's: +n for a piece named n more times, -n
// for one named n fewer times. Parts named by both are the same list (content addressing), so only
// the parts that differ are read, and the pieces they list join the difference.
struct Difference {
    struct Entry {
        qint64 bytes = 0;
        bool names = false;
        bool part = false;
        QString bucket;
        qint64 count = 0;
    };
    QHash<QString, Entry> entries;

    void tally(const ChunkManifest &manifest, qint64 sign)
    {
        const bool partitioned = manifest.format == ChunkManifest::kPartsFormat;
        for (const ChunkManifest::Piece &piece : partitioned ? manifest.parts : manifest.chunks)
            tally(piece, false, partitioned, sign);
        for (const ChunkManifest::Piece &piece : manifest.materials)
            tally(piece, true, false, sign);
    }
    void tally(const ChunkManifest::Piece &piece, bool names, bool part, qint64 sign)
    {
        Entry &entry = entries[piece.hash];
        entry.bytes = piece.bytes;
        entry.names = names;
        entry.part = entry.part || part;
        entry.bucket = piece.bucket;
        entry.count += sign;
    }
    // The pieces of the parts that differ; an error when one does not read.
    QString expandParts(const ChunkStore &chunks)
    {
        QList<QPair<ChunkManifest::Piece, qint64>> parts;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            if (it->part && it->count != 0)
                parts << qMakePair(ChunkManifest::Piece{it.key(), {}, it->bytes, {}}, it->count);
        for (const auto &[part, count] : std::as_const(parts)) {
            const auto pieces = ChunkManifest::readPart(part, chunks);
            if (!pieces)
                return pieces.error();
            for (const ChunkManifest::Piece &piece : pieces.value())
                tally(piece, false, false, count);
        }
        return {};
    }
};

} // namespace

core::Status BackupSummary::add(const QString &name, const ChunkManifest &manifest,
                                const ChunkManifest *previous)
{
    Difference difference;
    if (previous)
        difference.tally(*previous, -1);
    difference.tally(manifest, +1);
    if (const QString error =
            difference.expandParts(ChunkStore(QDir(m_folder).filePath(QStringLiteral("chunks"))));
        !error.isEmpty())
        return core::Status::failure(error);
    if (!m_db || !exec("BEGIN IMMEDIATE"))
        return core::Status::failure(error());
    auto failed = [this](const QString &why) {
        exec("ROLLBACK");
        return core::Status::failure(why);
    };
    const qint64 newest = number("SELECT max(seq) FROM copies"); // -1: none
    if ((newest >= 0) != (previous != nullptr))
        return failed(QStringLiteral("the copy %1 is not counted against the newest counted copy").arg(name));
    const qint64 seq = std::max<qint64>(newest, 0) + 1;
    // The new copy's bytes (each piece once): the previous newest copy's, changed by the difference.
    qint64 copyBytes = newest >= 0 ? number("SELECT bytes FROM copies ORDER BY seq DESC LIMIT 1") : 0;
    if (!Statement(m_db, "INSERT INTO copies(seq, name, bytes) VALUES(?1, ?2, 0)")
             .bind(1, seq)
             .bind(2, name)
             .run())
        return failed(error());
    const qint64 oldest = number("SELECT min(seq) FROM copies");
    qint64 stored = 0;
    Statement known(m_db, "SELECT last, refs FROM pieces WHERE hash = ?1");
    Statement count(m_db, "UPDATE pieces SET refs = ?2 WHERE hash = ?1");
    // Named no more by the newest copy: needed while the previous newest one is kept.
    Statement close(m_db, "UPDATE pieces SET last = ?2, refs = 0 WHERE hash = ?1");
    Statement reopen(m_db, "UPDATE pieces SET last = NULL, refs = ?2 WHERE hash = ?1");
    Statement insert(
        m_db, "INSERT INTO pieces(hash, bytes, names, bucket, last, refs) VALUES(?1, ?2, ?3, ?4, NULL, ?5)");
    const auto inconsistent = [&](const QString &hash) {
        return failed(
            QStringLiteral("the summary does not count the piece %1 as the newest copy names it").arg(hash));
    };
    for (auto it = difference.entries.cbegin(); it != difference.entries.cend(); ++it) {
        if (it->count == 0)
            continue;
        known.reset();
        known.bind(1, it.key());
        if (known.row()) {
            const bool open = known.isNull(0);
            const qint64 last = known.integer(0);
            const qint64 refs = known.integer(1);
            known.reset();
            if (open) {
                const qint64 now = refs + it->count;
                if (now < 0)
                    return inconsistent(it.key());
                if (now == 0)
                    copyBytes -= it->bytes;
                if (!(now == 0 ? close.bind(1, it.key()).bind(2, newest).run()
                               : count.bind(1, it.key()).bind(2, now).run()))
                    return failed(error());
            } else {
                if (it->count < 0)
                    return inconsistent(it.key());
                // Kept by an older copy (counted already) or left unneeded (counted again).
                if (last < oldest)
                    stored += it->bytes;
                copyBytes += it->bytes;
                if (!reopen.bind(1, it.key()).bind(2, it->count).run())
                    return failed(error());
            }
        } else {
            if (!known.done())
                return failed(error());
            if (it->count < 0)
                return inconsistent(it.key());
            stored += it->bytes;
            copyBytes += it->bytes;
            if (!insert.bind(1, it.key())
                     .bind(2, it->bytes)
                     .bind(3, qint64(it->names ? 1 : 0))
                     .bind(4, it->bucket)
                     .bind(5, it->count)
                     .run())
                return failed(error());
        }
    }
    if (!Statement(m_db, "UPDATE copies SET bytes = ?2 WHERE seq = ?1")
             .bind(1, seq)
             .bind(2, copyBytes)
             .run() ||
        !Statement(m_db, "UPDATE meta SET value = value + ?1 WHERE key = 'stored_bytes'")
             .bind(1, stored)
             .run() ||
        !exec("COMMIT"))
        return failed(error());
    return {};
}

core::Result<qint64> BackupSummary::removeOldest(const QString &name)
{
    using R = core::Result<qint64>;
    if (!m_db || !exec("BEGIN IMMEDIATE"))
        return R::failure(error());
    auto failed = [this](const QString &why) {
        exec("ROLLBACK");
        return R::failure(why);
    };
    Statement oldest(m_db,
                     "SELECT seq, name, (SELECT count(*) FROM copies) FROM copies ORDER BY seq LIMIT 1");
    if (!oldest || !oldest.row() || oldest.text(1) != name)
        return failed(QStringLiteral("%1 is not the oldest copy the summary counts").arg(name));
    const qint64 seq = oldest.integer(0);
    const bool last = oldest.integer(2) == 1;
    oldest.reset();
    // The last counted copy going: the pieces it shares with nothing newer are all of its own.
    if (last &&
        !Statement(m_db, "UPDATE pieces SET last = ?1, refs = 0 WHERE last IS NULL").bind(1, seq).run())
        return failed(error());
    Statement freed(m_db, "SELECT coalesce(sum(bytes), 0) FROM pieces WHERE last = ?1");
    if (!freed || !freed.bind(1, seq).row())
        return failed(error());
    const qint64 bytes = freed.integer(0);
    freed.reset();
    if (!Statement(m_db, "DELETE FROM copies WHERE seq = ?1").bind(1, seq).run() ||
        !Statement(m_db, "UPDATE meta SET value = value - ?1 WHERE key = 'stored_bytes'")
             .bind(1, bytes)
             .run() ||
        !exec("COMMIT"))
        return failed(error());
    return bytes;
}

qint64 BackupSummary::newestCopyBytes() const
{
    return m_db ? number("SELECT bytes FROM copies ORDER BY seq DESC LIMIT 1") : -1;
}

qint64 BackupSummary::storedBytes() const
{
    return m_db ? std::max<qint64>(number("SELECT value FROM meta WHERE key = 'stored_bytes'"), 0) : 0;
}

QList<BackupSummary::Piece> BackupSummary::unneeded() const
{
    QList<Piece> pieces;
    if (!m_db)
        return pieces;
    const QByteArray sql =
        QByteArrayLiteral("SELECT hash, names, bucket FROM pieces WHERE last < ") + kOldest;
    Statement all(m_db, sql.constData());
    while (all && all.row())
        pieces << Piece{all.text(0), all.integer(1) != 0, all.text(2)};
    return pieces;
}

QStringList BackupSummary::neededNamePieces(const QString &bucket) const
{
    QStringList hashes;
    if (!m_db)
        return hashes;
    const QByteArray sql = QByteArrayLiteral("SELECT hash FROM pieces WHERE names = 1 AND bucket IN (?1, '') "
                                             "AND (last IS NULL OR last >= ") +
                           kOldest + ')';
    Statement all(m_db, sql.constData());
    all.bind(1, bucket);
    while (all && all.row())
        hashes << all.text(0);
    return hashes;
}

QStringList BackupSummary::needed() const
{
    QStringList hashes;
    if (!m_db)
        return hashes;
    const QByteArray sql =
        QByteArrayLiteral("SELECT hash FROM pieces WHERE last IS NULL OR last >= ") + kOldest;
    Statement all(m_db, sql.constData());
    while (all && all.row())
        hashes << all.text(0);
    return hashes;
}

core::Status BackupSummary::forget(const QStringList &hashes)
{
    if (!m_db || !exec("BEGIN IMMEDIATE"))
        return core::Status::failure(error());
    const QByteArray sql = QByteArrayLiteral("DELETE FROM pieces WHERE hash = ?1 AND last < ") + kOldest;
    Statement remove(m_db, sql.constData());
    for (const QString &hash : hashes)
        if (!remove.bind(1, hash).run()) {
            const QString why = error();
            exec("ROLLBACK");
            return core::Status::failure(why);
        }
    return exec("COMMIT") ? core::Status() : core::Status::failure(error());
}

} // namespace store
