#include "backupchunks.h"

#include "backupmaterials.h"
#include "changetracking.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUuid>

#include <algorithm>

#include <sodium.h>
#include <sqlite3.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <fcntl.h>
#include <unistd.h>

namespace store {

namespace {

const QString kPieceSuffix = QStringLiteral(".partial");
// How often a snapshot is tried before the copy falls back to reading through SQLite's pages.
constexpr int kSnapshotAttempts = 8;

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

qint64 pragmaNumber(sqlite3 *db, const char *sql)
{
    qint64 value = -1;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

QString walPath(const QString &databaseFile)
{
    return databaseFile + QStringLiteral("-wal");
}

// The previous copy's entry for each piece of the database: a format-1 manifest lists them all; a
// format-2 manifest's parts are read when one of their pieces is asked for, in order, each once.
// A part that does not read gives no entries: its pieces are then read and hashed again.
class PreviousPieces
{
public:
    PreviousPieces(const ChunkManifest *previous, const ChunkStore &chunks)
        : m_previous(previous), m_chunks(chunks)
    {
    }
    const ChunkManifest::Piece *at(qsizetype index)
    {
        if (!m_previous)
            return nullptr;
        if (m_previous->format != ChunkManifest::kPartsFormat)
            return index < m_previous->chunks.size() ? &m_previous->chunks.at(index) : nullptr;
        const qsizetype part = index / ChunkManifest::kChunksPerPart;
        if (part >= m_previous->parts.size())
            return nullptr;
        if (part != m_loaded) {
            m_loaded = part;
            const auto pieces = ChunkManifest::readPart(m_previous->parts.at(part), m_chunks);
            m_pieces = pieces ? pieces.value() : QList<ChunkManifest::Piece>();
        }
        const qsizetype within = index % ChunkManifest::kChunksPerPart;
        return within < m_pieces.size() ? &m_pieces.at(within) : nullptr;
    }

private:
    const ChunkManifest *m_previous;
    const ChunkStore &m_chunks;
    qsizetype m_loaded = -1;
    QList<ChunkManifest::Piece> m_pieces;
};

} // namespace

ChunkStore::ChunkStore(QString folder) : m_folder(std::move(folder)) {}

QString ChunkStore::pathOf(const QString &hash) const
{
    return m_folder + QLatin1Char('/') + hash.left(2) + QLatin1Char('/') + hash;
}

QString ChunkStore::incomingFolder() const
{
    return m_folder + QStringLiteral("/incoming");
}

bool ChunkStore::has(const QString &hash) const
{
    return QFileInfo(pathOf(hash)).isFile();
}

core::Result<QByteArray> ChunkStore::get(const QString &hash) const
{
    using R = core::Result<QByteArray>;
    QFile file(pathOf(hash));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("the piece %1 is missing (%2)").arg(hash, file.errorString()));
    QByteArray bytes = file.readAll();
    if (hashOf(bytes) != hash)
        return R::failure(tr("the piece %1 is damaged (its content does not match its name)").arg(hash));
    return bytes;
}

int ChunkStore::removeExcept(const QSet<QString> &kept) const
{
    int removed = 0;
    QDirIterator files(m_folder, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QFileInfo file(files.next());
        const QByteArray name = file.fileName().toLatin1();
        if (isLowerHex(name, 64) && !kept.contains(file.fileName()) && QFile::remove(file.filePath()))
            ++removed;
        else if (name.endsWith(kPieceSuffix.toLatin1())) // killed copies of older releases
            QFile::remove(file.filePath());
    }
    return removed;
}

QString ChunkStore::hashOf(const QByteArray &bytes)
{
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       quint64(bytes.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

QString ChunkStore::fingerprintOf(const QByteArray &bytes)
{
    const XXH128_hash_t hash = XXH3_128bits(bytes.constData(), size_t(bytes.size()));
    return QString::asprintf("%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                             static_cast<unsigned long long>(hash.low64));
}

bool ChunkStore::syncFolders(const QSet<QString> &folders)
{
    for (const QString &folder : folders) {
        const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0)
            return false;
        const bool synced = ::fsync(fd) == 0;
        ::close(fd);
        if (!synced)
            return false;
    }
    return true;
}

PieceBatch::PieceBatch(const ChunkStore &store) : m_store(store) {}

PieceBatch::~PieceBatch()
{
    for (const QString &file : std::as_const(m_pending))
        QFile::remove(file);
}

bool PieceBatch::has(const QString &hash) const
{
    return m_pending.contains(hash) || m_store.has(hash);
}

core::Status PieceBatch::put(const QString &hash, const QByteArray &bytes)
{
    if (has(hash))
        return {};
    // Written in one flat folder first, so that what a killed copy leaves is found by listing
    // that folder, not by walking every piece of every kept copy.
    const QString incoming = m_store.incomingFolder();
    if (!QDir().mkpath(incoming))
        return core::Status::failure(
            ChunkStore::tr("Cannot create the folder %1. Check that the disk is writable.").arg(incoming));
    const QString temporary = incoming + QLatin1Char('/') + hash + QLatin1Char('.') +
                              QUuid::createUuid().toString(QUuid::Id128).left(12) + kPieceSuffix;
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() ||
        !file.flush()) {
        const QString why = file.errorString();
        file.close();
        QFile::remove(temporary);
        return core::Status::failure(ChunkStore::tr("Cannot write %1: %2").arg(m_store.pathOf(hash), why));
    }
    m_pending.insert(hash, temporary);
    return {};
}

namespace {

// Makes everything written to the file system holding `folder` durable. One call for a whole batch:
// on Linux syncfs(), one journal commit; elsewhere each of `files` and then `folder` is flushed.
bool syncFileSystem(const QString &folder, const QStringList &files)
{
#ifdef __linux__
    Q_UNUSED(files)
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::syncfs(fd) == 0;
    ::close(fd);
    return synced;
#else
    for (const QString &path : files) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        const bool synced = fd >= 0 && ::fsync(fd) == 0;
        if (fd >= 0)
            ::close(fd);
        if (!synced)
            return false;
    }
    return ChunkStore::syncFolders({folder});
#endif
}

} // namespace

core::Status PieceBatch::commit()
{
    if (m_pending.isEmpty())
        return {};
    const QStringList written = m_pending.values();
    if (!syncFileSystem(m_store.incomingFolder(), written))
        return core::Status::failure(ChunkStore::tr("the disk did not confirm the backup's pieces"));
    QSet<QString> folders{m_store.folder(), m_store.incomingFolder()};
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        const QString path = m_store.pathOf(it.key());
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder))
            return core::Status::failure(
                ChunkStore::tr("Cannot create the folder %1. Check that the disk is writable.").arg(folder));
        if (::rename(QFile::encodeName(it.value()).constData(), QFile::encodeName(path).constData()) != 0)
            return core::Status::failure(
                ChunkStore::tr("Cannot write %1: %2")
                    .arg(path, ChunkStore::tr("the file could not be renamed into place")));
        folders.insert(folder);
        it = m_pending.erase(it);
    }
    // The names (and any new folder) as durable as the contents, before a manifest names them.
#ifdef __linux__
    const bool named = syncFileSystem(m_store.folder(), {});
#else
    const bool named = ChunkStore::syncFolders(folders);
#endif
    if (!named)
        return core::Status::failure(ChunkStore::tr("the disk did not confirm the backup's pieces"));
    return {};
}

QString storePiece(const QByteArray &bytes, const ChunkManifest::Piece *before, PieceBatch &batch,
                   QList<ChunkManifest::Piece> *pieces, ChunkedCopy *copy)
{
    ChunkManifest::Piece piece;
    piece.bytes = bytes.size();
    piece.fingerprint = ChunkStore::fingerprintOf(bytes);
    if (before && before->fingerprint == piece.fingerprint && before->bytes == piece.bytes &&
        batch.has(before->hash)) {
        piece.hash = before->hash;
    } else {
        piece.hash = ChunkStore::hashOf(bytes);
        if (!batch.has(piece.hash)) {
            if (const core::Status written = batch.put(piece.hash, bytes); !written)
                return written.error();
            ++copy->chunksWritten;
            copy->bytesWritten += bytes.size();
        }
    }
    *pieces << piece;
    return {};
}

core::Result<ChunkedCopy> writeChunkedSnapshot(const QString &databaseFile, const ChunkStore &chunks,
                                               const ChunkManifest *previous, const std::atomic_bool *cancel,
                                               bool *noQuietMoment, const QString &previousName,
                                               const QString &name)
{
    using R = core::Result<ChunkedCopy>;
    changetracking::install();
    sqlite3 *db = nullptr;
    auto fail = [&db](const QString &why) {
        if (db) {
            exec(db, "ROLLBACK");
            sqlite3_close(db);
        }
        return R::failure(why);
    };
    if (sqlite3_open_v2(QFile::encodeName(databaseFile).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    // Short: a checkpoint waiting for a long reader is tried again, then the copy falls back.
    sqlite3_busy_timeout(db, 2000);
    // The snapshot is the database file itself, read under one read transaction that started
    // while the write-ahead log was empty. Such a reader reads the file alone (WAL read lock 0),
    // and no checkpoint may copy pages into the file while a reader holds that lock, so the file
    // does not change under the copy while the station keeps committing into the log. The log is
    // emptied just before (TRUNCATE checkpoint: the pages committed since the last checkpoint,
    // the station's own auto-checkpoint would have written them soon anyway); a commit between
    // the checkpoint and the read transaction leaves a log, and the attempt is made again.
    bool stable = false;
    for (int attempt = 0; attempt < kSnapshotAttempts && !stable; ++attempt) {
        if (cancel && cancel->load())
            return fail(ChunkStore::tr("cancelled"));
        if (attempt > 0)
            QThread::msleep(5 * attempt);
        int logFrames = 0;
        int checkpointed = 0;
        const int rc =
            sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            return fail(QString::fromUtf8(sqlite3_errmsg(db)));
        if (!exec(db, "BEGIN") || pragmaNumber(db, "SELECT COUNT(*) FROM sqlite_schema") < 0)
            return fail(QString::fromUtf8(sqlite3_errmsg(db)));
        // No log after the read transaction began: it began without one (a log cannot be
        // truncated while a reader uses it, and a reader of the file alone blocks checkpoints).
        stable = QFileInfo(walPath(databaseFile)).size() == 0;
        if (!stable)
            exec(db, "ROLLBACK");
    }
    if (!stable) {
        if (noQuietMoment)
            *noQuietMoment = true;
        return fail(ChunkStore::tr("the station kept writing; no quiet moment for a consistent copy"));
    }
    const qint64 pageSize = pragmaNumber(db, "PRAGMA page_size");
    const qint64 pageCount = pragmaNumber(db, "PRAGMA page_count");
    if (pageSize <= 0 || pageCount < 0)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    // Read through SQLite's own file handle: opening and closing a second descriptor of the
    // database file would drop the process's POSIX locks on it (SQLite's "how to corrupt", 2.2).
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods)
        return fail(ChunkStore::tr("the database file cannot be read"));
    ChunkedCopy copy;
    copy.manifest.databaseBytes = pageSize * pageCount;
    // Which pieces changed since `previous`: read inside this read transaction, so no checkpoint
    // writes the file between the log and the pieces.
    changetracking::ChangedPieces changed;
    if (!previous || previousName.isEmpty())
        changed.whyNot = QStringLiteral("no earlier backup to start from");
    else
        changed = changetracking::read(databaseFile, previousName);
    copy.fullScanReason = changed.trusted ? QString() : changed.whyNot;
    PieceBatch batch(chunks);
    PreviousPieces before(previous, chunks);
    constexpr qsizetype kPerPart = ChunkManifest::kChunksPerPart;
    const qsizetype count = ChunkManifest::chunkCount(copy.manifest.databaseBytes);
    const bool partsBefore = previous && previous->format == ChunkManifest::kPartsFormat;
    const qsizetype countBefore = previous ? ChunkManifest::chunkCount(previous->databaseBytes) : 0;
    QSet<qsizetype> changedParts;
    for (const qint64 index : std::as_const(changed.pieces))
        changedParts.insert(qsizetype(index / kPerPart));
    QByteArray buffer;
    QList<ChunkManifest::Piece> partPieces;
    for (qsizetype part = 0; part < ChunkManifest::partCount(copy.manifest.databaseBytes); ++part) {
        const qsizetype first = part * kPerPart;
        // None of its pieces changed by the log's word, over the same whole pieces as before: the
        // previous copy's part as it was (kept with that manifest, so in the store), unread.
        if (changed.trusted && partsBefore && part < previous->parts.size() && !changedParts.contains(part) &&
            (previous->databaseBytes == copy.manifest.databaseBytes ||
             (first + kPerPart < count && first + kPerPart < countBefore))) {
            copy.manifest.parts << previous->parts.at(part);
            continue;
        }
        partPieces.clear();
        for (qsizetype index = first; index < std::min(first + kPerPart, count); ++index) {
            if (cancel && cancel->load())
                return fail(ChunkStore::tr("cancelled"));
            const qint64 offset = qint64(index) * ChunkStore::kChunkBytes;
            const qint64 length =
                std::min<qint64>(ChunkStore::kChunkBytes, copy.manifest.databaseBytes - offset);
            const ChunkManifest::Piece *entry = before.at(index);
            // Unchanged by the log's word, and of the same length before: its entry as it was.
            if (changed.trusted && entry && !changed.pieces.contains(index) && entry->bytes == length) {
                partPieces << *entry;
                continue;
            }
            ++copy.piecesRead;
            buffer.resize(length);
            if (file->pMethods->xRead(file, buffer.data(), int(length), offset) != SQLITE_OK)
                return fail(ChunkStore::tr("reading the database file failed at byte %1").arg(offset));
            if (const QString error = storePiece(buffer, entry, batch, &partPieces, &copy); !error.isEmpty())
                return fail(error);
        }
        const ChunkManifest::Piece *partBefore =
            partsBefore && part < previous->parts.size() ? &previous->parts.at(part) : nullptr;
        if (const QString error = storePiece(ChunkManifest::serializePart(partPieces), partBefore, batch,
                                             &copy.manifest.parts, &copy);
            !error.isEmpty())
            return fail(error);
    }
    // The material names of the same snapshot: from the journal when it continues the previous
    // copy's list (the change log vouching for the database in between), else from every row.
    const backupmaterials::Pending materials = backupmaterials::read(db, previous, changed.trusted, chunks);
    if (!materials.error.isEmpty())
        return fail(materials.error);
    // The log starts again for this copy while the snapshot still holds the file still. Not for a
    // copy of another file (the fallback's still copy): the log then stays with the older copy,
    // which is not the newest once this one is written, so the next backup scans in full.
    if (!name.isEmpty())
        changetracking::restart(databaseFile, name);
    exec(db, "COMMIT");
    sqlite3_close(db);
    db = nullptr;
    if (const QString error = backupmaterials::write(materials, previous, batch, &copy); !error.isEmpty())
        return R::failure(error);
    if (const core::Status committed = batch.commit(); !committed)
        return R::failure(committed.error());
    return copy;
}

core::Result<QStringList> materialNames(const ChunkManifest &manifest, const ChunkStore &chunks)
{
    QStringList names;
    for (const ChunkManifest::Piece &piece : manifest.materials) {
        const auto bytes = chunks.get(piece.hash);
        if (!bytes)
            return core::Result<QStringList>::failure(bytes.error());
        for (const QByteArray &name : bytes->split('\n'))
            if (!name.isEmpty())
                names << QString::fromLatin1(name);
    }
    return names;
}

QString reassemble(const ChunkManifest &manifest, const ChunkStore &chunks, const QString &target)
{
    ChunkManifest whole = manifest;
    if (whole.chunks.isEmpty())
        if (const core::Status loaded = whole.loadChunks(chunks); !loaded)
            return loaded.error();
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return out.errorString();
    for (const ChunkManifest::Piece &piece : std::as_const(whole.chunks)) {
        const auto bytes = chunks.get(piece.hash);
        if (!bytes)
            return bytes.error();
        if (bytes->size() != piece.bytes)
            return ChunkStore::tr("the piece %1 has the wrong size").arg(piece.hash);
        if (out.write(bytes.value()) != bytes->size())
            return out.errorString();
    }
    if (!out.flush() || ::fsync(out.handle()) != 0)
        return ChunkStore::tr("the disk did not confirm the write");
    return {};
}

bool isLowerHex(QByteArrayView text, int length)
{
    if (text.size() != length)
        return false;
    for (const char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

} // namespace store
