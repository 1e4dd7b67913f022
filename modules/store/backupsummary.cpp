#include "backupsummary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

namespace store {

namespace {

constexpr qint64 kVersion = 1;

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
    "names INTEGER NOT NULL, bucket TEXT NOT NULL, last INTEGER);"
    "CREATE INDEX pieces_by_last ON pieces(last);"
    "CREATE INDEX name_pieces_by_bucket ON pieces(bucket) WHERE names = 1;"
    "INSERT INTO meta(key, value) VALUES('version', 1), ('stored_bytes', 0);";

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
    for (qsizetype i = counted.size(); i < manifests.size(); ++i) {
        const auto manifest = ChunkManifest::read(QDir(m_folder).filePath(manifests.at(i)));
        if (!manifest) {
            *whyNot =
                QStringLiteral("the manifest %1 is unreadable: %2").arg(manifests.at(i), manifest.error());
            return false;
        }
        if (const core::Status added = add(manifests.at(i), manifest.value()); !added) {
            *whyNot = added.error();
            return false;
        }
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
    for (const QString &name : manifests) {
        const auto manifest = ChunkManifest::read(QDir(m_folder).filePath(name));
        core::Status added = manifest ? add(name, manifest.value()) : core::Status::failure(manifest.error());
        if (!added) {
            sqlite3_close(m_db);
            m_db = nullptr;
            QFile::remove(m_path); // never a half count
            return core::Status::failure(QStringLiteral("%1: %2").arg(name, added.error()));
        }
    }
    return {};
}

core::Status BackupSummary::add(const QString &name, const ChunkManifest &manifest)
{
    if (!m_db || !exec("BEGIN IMMEDIATE"))
        return core::Status::failure(error());
    auto failed = [this]() {
        const QString why = error();
        exec("ROLLBACK");
        return core::Status::failure(why);
    };
    const qint64 newest = number("SELECT max(seq) FROM copies"); // -1: none
    const qint64 seq = std::max<qint64>(newest, 0) + 1;
    if (!Statement(m_db, "INSERT INTO copies(seq, name, bytes) VALUES(?1, ?2, ?3)")
             .bind(1, seq)
             .bind(2, name)
             .bind(3, manifest.storedBytes())
             .run())
        return failed();
    const qint64 oldest = number("SELECT min(seq) FROM copies");
    // The copy's pieces, each once.
    QHash<QString, const ChunkManifest::Piece *> pieces;
    QSet<QString> names;
    for (const ChunkManifest::Piece &piece : manifest.chunks)
        pieces.insert(piece.hash, &piece);
    for (const ChunkManifest::Piece &piece : manifest.materials) {
        pieces.insert(piece.hash, &piece);
        names.insert(piece.hash);
    }
    // The previous newest copy's pieces: those it alone among the newest had are closed at its
    // number; those the new copy adds are opened. Shared ones are not touched.
    QSet<QString> open;
    {
        Statement all(m_db, "SELECT hash FROM pieces WHERE last IS NULL");
        while (all && all.row())
            open.insert(all.text(0));
        if (!all || !all.done())
            return failed();
    }
    qint64 stored = 0;
    Statement close(m_db, "UPDATE pieces SET last = ?1 WHERE hash = ?2");
    for (const QString &hash : std::as_const(open))
        if (!pieces.contains(hash) && !close.bind(1, newest).bind(2, hash).run())
            return failed();
    Statement known(m_db, "SELECT last FROM pieces WHERE hash = ?1");
    Statement reopen(m_db, "UPDATE pieces SET last = NULL WHERE hash = ?1");
    Statement insert(m_db,
                     "INSERT INTO pieces(hash, bytes, names, bucket, last) VALUES(?1, ?2, ?3, ?4, NULL)");
    for (auto it = pieces.cbegin(); it != pieces.cend(); ++it) {
        if (open.contains(it.key()))
            continue;
        known.reset();
        known.bind(1, it.key());
        if (known.row()) {
            // Kept by an older copy (counted already) or left unneeded (counted again).
            if (known.integer(0) < oldest)
                stored += it.value()->bytes;
            known.reset();
            if (!reopen.bind(1, it.key()).run())
                return failed();
        } else {
            if (!known.done())
                return failed();
            stored += it.value()->bytes;
            if (!insert.bind(1, it.key())
                     .bind(2, it.value()->bytes)
                     .bind(3, qint64(names.contains(it.key()) ? 1 : 0))
                     .bind(4, it.value()->bucket)
                     .run())
                return failed();
        }
    }
    if (!Statement(m_db, "UPDATE meta SET value = value + ?1 WHERE key = 'stored_bytes'")
             .bind(1, stored)
             .run() ||
        !exec("COMMIT"))
        return failed();
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
    if (last && !Statement(m_db, "UPDATE pieces SET last = ?1 WHERE last IS NULL").bind(1, seq).run())
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
